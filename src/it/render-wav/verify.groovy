import javax.sound.midi.*

int int32(byte[] b, int at) { (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24 }
int int16(byte[] b, int at) { (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 }
int chunk(byte[] wav, String id) {
    int at = 12
    while (at + 8 <= wav.length) {
        if (new String(wav, at, 4, 'US-ASCII') == id) return at + 8
        int size = int32(wav, at + 4)
        at += 8 + size + (size & 1)
    }
    return -1
}

def tracks = new File(basedir, 'target/immersic/tracks')
['track-1.mid', 'track-1.wav', 'track-1.flac', 'track-1-keys.wav', 'track-1-drums.wav', 'track-1-bass.wav',
 'track-1-melody.wav', 'track-1-keys.flac', 'track-1-drums.flac'].each { assert new File(tracks, it).isFile() : "missing $it" }

byte[] wav = new File(tracks, 'track-1.wav').bytes
assert new String(wav, 0, 4, 'US-ASCII') == 'RIFF' && new String(wav, 8, 4, 'US-ASCII') == 'WAVE'
int fmt = chunk(wav, 'fmt ')
assert int16(wav, fmt) == 1 : 'PCM'
assert int16(wav, fmt + 2) == 2 : 'stereo'
assert int32(wav, fmt + 4) == 44100 : '44.1 kHz'
assert int16(wav, fmt + 14) == 16 : '16-bit'
assert chunk(wav, 'smpl') == -1 : 'no loop points outside loop mode'
int data = chunk(wav, 'data')
double wavSeconds = int32(wav, data - 4) / 4 / 44100.0

// The MIDI's length: its end of track, at its tempo.
def sequence = MidiSystem.getSequence(new File(tracks, 'track-1.mid'))
def conductor = sequence.tracks[0]
def tempo = (0..<conductor.size()).collect { conductor.get(it).message }.find { it instanceof MetaMessage && it.type == 0x51 }.data
double secondsPerBeat = (((tempo[0] & 0xFF) << 16) | ((tempo[1] & 0xFF) << 8) | (tempo[2] & 0xFF)) / 1e6
double midiSeconds = sequence.tickLength / sequence.resolution * secondsPerBeat
double releaseTail = 3.0
assert Math.abs(wavSeconds - midiSeconds) <= secondsPerBeat + releaseTail :
        "WAV lasts ${wavSeconds} s, MIDI ${midiSeconds} s"

assert new String(new File(tracks, 'track-1.flac').bytes, 0, 4, 'US-ASCII') == 'fLaC'
def log = new File(basedir, 'build.log').text
assert log =~ /Rendered track-1: [0-9.]+ s of audio in [0-9.]+ s \([0-9]+x real time\)/
return true
