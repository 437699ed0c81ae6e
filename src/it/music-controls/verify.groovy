import javax.sound.midi.*

// Every bar must voice the asked chord's root, third and seventh (written out here by hand, not by the plugin).
def guideTones = [
    'Dm9'  : [2, 5, 0],   // D F C
    'G13'  : [7, 11, 5],  // G B F
    'Cmaj9': [0, 4, 11],  // C E B
    'A7b9' : [9, 1, 7],   // A C# G
]
def progression = ['Dm9', 'G13', 'Cmaj9', 'A7b9']
def log = new File(basedir, 'build.log').text
assert log.contains('Composing key D minor, progression Dm9 G13 Cmaj9 A7b9, form AABA')
assert log =~ /Track 1: D minor, form AA over 4-bar loops, chords Dm9 G13 Cmaj9 A7b9 Dm9 G13 Cmaj9 A7b9/
assert log =~ /Corpus: \d+ distinct piece\(s\) in \d+ file\(s\)/

(1..2).each { t ->
    def sequence = MidiSystem.getSequence(new File(basedir, "target/immersic/tracks/track-${t}.mid"))
    int ppq = sequence.resolution
    def notes = []   // [tick, pitch, velocity, endTick]
    // The keys' track: the part the model wrote (the drums are humanized afresh on every pass).
    def keys = sequence.tracks.findAll { track ->
        (0..<track.size()).any { n -> def m = track.get(n).message; m instanceof MetaMessage && m.type == 0x03 && new String(m.data, 'US-ASCII') == 'Keys' }
    }
    assert keys.size() == 1 : "track $t has one Keys track"
    keys.each { track ->
        def open = [:].withDefault { [] }   // per key, its sounding notes, first struck first released
        (0..<track.size()).each { n ->
            def event = track.get(n)
            def m = event.message
            if (m instanceof ShortMessage && m.command == ShortMessage.NOTE_ON && m.data2 > 0) {
                open[m.data1] << [event.tick, m.data2]
            } else if (m instanceof ShortMessage && (m.command == ShortMessage.NOTE_OFF || m.command == ShortMessage.NOTE_ON)) {
                if (!open[m.data1].isEmpty()) {
                    def on = open[m.data1].remove(0)
                    notes << [on[0], m.data1, on[1], event.tick]
                }
            }
        }
    }
    assert notes.min { it[0] }[0] == 0 : "track $t starts with a silence"
    assert notes.collect { it[2] }.toSet().size() >= 3 : "track $t plays fewer than 3 velocity levels"
    assert notes.collect { [it[0], it[1]] }.toSet().size() == notes.size() : "track $t strikes one key twice at once"
    int barTicks = 4 * ppq
    int voiced = 0
    (0..<8).each { bar ->
        def sounding = notes.findAll { it[0] < (bar + 1) * barTicks && it[3] > bar * barTicks }.collect { it[1] % 12 }.toSet()
        if (sounding.containsAll(guideTones[progression[bar % 4]])) voiced++
    }
    assert voiced >= 7 : "track $t voices the asked chord in only $voiced of 8 bars"
    // The loop is played again note for note: AABA in 8 bars is two 4-bar sections, so bars 1-3 come back as bars
    // 5-7 (the last bar of each section may be varied). Velocities are humanized, so only onsets and keys compare.
    def barNotes = { bar -> notes.findAll { it[0] >= bar * barTicks && it[0] < (bar + 1) * barTicks }
            .collect { [it[0] - bar * barTicks, it[1]] }.toSet() }
    (0..<3).each { bar ->
        assert barNotes(bar) == barNotes(bar + 4) : "track $t: bar ${bar + 1} is not played again in bar ${bar + 5}"
    }
}
def evaluation = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/immersic/evaluation.json'))
assert evaluation.music.generated.plannedChordShare >= 0.85
assert evaluation.music.heldOutHuman != null && evaluation.music.training != null
assert evaluation.humanOverlap.pitchRange != null
['rhythmRecurrence2', 'exactRecurrence4', 'onsetsPerBar', 'beat1Share', 'rootLowestShare', 'velocityJumpShare',
 'tempoBpm'].each { assert evaluation.music.generated.containsKey(it) : "music.generated.$it" }
assert evaluation.music.generated.tempoBpm == 80 : 'the asked tempo'
['generatedVsHeldOut', 'generatedVsTraining', 'heldOutVsTraining'].each {
    assert evaluation.classifier[it].containsKey('aucLogistic') && evaluation.classifier[it].containsKey('aucTrees')
}
assert log =~ /classifier +generatedVsTraining: classifier two-sample AUC/
// The sample corpus holds out a few pieces: the goal says how little their windows can tell, once, and so does the report.
def heldOutWindows = evaluation.classifier.generatedVsHeldOut.windowsA
assert heldOutWindows < 30 : "the sample corpus's held-out pieces give $heldOutWindows windows"
def caution = "only $heldOutWindows held-out window(s): the AUC against them may be off by 0.1 or more either way"
assert log.count(caution) == 1 : 'the caution, logged once'
assert new File(basedir, 'target/immersic/report.html').text.contains('O' + caution.substring(1))
def analysis = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/immersic/analysis.json'))
assert analysis.pieces > 0 && analysis.pieces <= analysis.files
assert analysis.chordQualities.size() > 0
assert analysis.tempo.filesStating == analysis.files : 'every file of the sample corpus states its tempo'
assert log =~ /Corpus tempo: \d+ BPM, the median of the \d+ of \d+ file\(s\) that state a tempo/
return true
