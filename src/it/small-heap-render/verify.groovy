import javax.sound.midi.*

// Under -Xmx256m, 200 bars with stems: the WAV lasts as long as the MIDI (no bar cut for memory), and every stem is
// as long as the mix. Only the WAVs' headers are read: the files are tens of megabytes each.
long dataBytes(File wav) {
    new RandomAccessFile(wav, 'r').withCloseable { file ->
        byte[] header = new byte[4]
        long at = 12
        while (at + 8 <= file.length()) {
            file.seek(at)
            file.readFully(header)
            long size = Integer.reverseBytes(file.readInt()) & 0xFFFFFFFFL
            if (new String(header, 'US-ASCII') == 'data') return size
            at += 8 + size + (size & 1)
        }
        return -1L
    }
}

def tracks = new File(basedir, 'target/immersic/tracks')
def sequence = MidiSystem.getSequence(new File(tracks, 'track-1.mid'))
def conductor = (0..<sequence.tracks[0].size()).collect { sequence.tracks[0].get(it).message }
def tempo = conductor.find { it instanceof MetaMessage && it.type == 0x51 }.data
def metre = conductor.find { it instanceof MetaMessage && it.type == 0x58 }
int beatsPerBar = metre == null ? 4 : metre.data[0]
double secondsPerBeat = (((tempo[0] & 0xFF) << 16) | ((tempo[1] & 0xFF) << 8) | (tempo[2] & 0xFF)) / 1e6
double midiBeats = sequence.tickLength / sequence.resolution
assert midiBeats >= 200 * beatsPerBar : "the MIDI has ${midiBeats / beatsPerBar} bars, not 200"

long mixBytes = dataBytes(new File(tracks, 'track-1.wav'))
double wavSeconds = mixBytes / 4 / 44100.0
double midiSeconds = midiBeats * secondsPerBeat
assert Math.abs(wavSeconds - midiSeconds) <= secondsPerBeat + 3.0 : "WAV lasts ${wavSeconds} s, MIDI ${midiSeconds} s"
['keys', 'bass', 'melody', 'drums', 'texture'].each {
    assert dataBytes(new File(tracks, "track-1-${it}.wav")) == mixBytes : "the ${it} stem is as long as the mix"
}

def log = new File(basedir, 'build.log').text
assert !log.contains('bars instead') : 'the length was cut'
assert log =~ /Rendered track-1: [0-9.]+ s of audio/
return true
