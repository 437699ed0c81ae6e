import javax.sound.midi.*

def out = new File(basedir, 'target/immersic')
['corpus.json', 'notes.json', 'analysis.json', 'model/model.zip', 'model/model.json'].each {
    assert new File(out, it).isFile() : "missing target/immersic/$it"
}
def log = new File(basedir, 'build.log').text
assert log.contains('Preprocessed 24 file(s)')
assert log =~ /Epoch 1\/2: train loss [0-9.]+, validation loss [0-9.]+, [0-9,]+ tokens\/s/
assert log.contains('Backend: CPU')
assert !log.contains('org.nd4j') : 'nd4j logging should be kept at WARN'

(1..3).each { i ->
    def file = new File(out, "tracks/track-${i}.mid")
    assert file.isFile() : "missing $file"
    def sequence = MidiSystem.getSequence(file)
    assert sequence.divisionType == Sequence.PPQ
    def pitches = [] as Set
    def durations = [] as Set
    sequence.tracks.each { track ->
        def open = [:]
        (0..<track.size()).each { n ->
            def event = track.get(n)
            def message = event.message
            if (message instanceof ShortMessage) {
                if (message.command == ShortMessage.NOTE_ON && message.data2 > 0) {
                    open[message.data1] = event.tick
                } else if (message.command == ShortMessage.NOTE_OFF || message.command == ShortMessage.NOTE_ON) {
                    if (open.containsKey(message.data1)) {
                        pitches << message.data1
                        durations << event.tick - open.remove(message.data1)
                    }
                }
            }
        }
    }
    assert new File(out, "tracks/track-${i}.wav").isFile() : 'audio by default'
    assert pitches.size() > 1 : "track $i has ${pitches.size()} distinct pitch(es)"
    assert durations.size() > 1 : "track $i has ${durations.size()} distinct duration(s)"
}
return true
