import javax.sound.midi.*

int int32(byte[] b, int at) { (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24 }
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
byte[] wav = new File(tracks, 'track-1.wav').bytes
int data = chunk(wav, 'data')
int frames = int32(wav, data - 4) / 4
int smpl = chunk(wav, 'smpl')
assert smpl > 0 : 'a loop-mode WAV carries a smpl chunk'
assert int32(wav, smpl + 28) == 1 : 'one loop'
assert int32(wav, smpl + 36 + 4) == 0 : 'forward loop'
assert int32(wav, smpl + 36 + 8) == 0 : 'from the first sample'
assert int32(wav, smpl + 36 + 12) == frames - 1 : 'to the last sample'

// Whole bars: 4 bars of 4 beats at the track's tempo, to the sample.
def sequence = MidiSystem.getSequence(new File(tracks, 'track-1.mid'))
def conductor = sequence.tracks[0]
def tempo = (0..<conductor.size()).collect { conductor.get(it).message }.find { it instanceof MetaMessage && it.type == 0x51 }.data
double secondsPerBeat = (((tempo[0] & 0xFF) << 16) | ((tempo[1] & 0xFF) << 8) | (tempo[2] & 0xFF)) / 1e6
assert Math.abs(frames - 16 * secondsPerBeat * 44100) <= 1 : "${frames} frames is not 4 bars"

def marker = sequence.tracks.collectMany { track -> (0..<track.size()).collect { track.get(it) } }.find {
    it.message instanceof ShortMessage && it.message.command == ShortMessage.CONTROL_CHANGE && it.message.data1 == 111
}
assert marker != null : 'the MIDI has a loop-start marker (controller 111)'
assert marker.tick == 0

// The MIDI ends exactly at the last bar line: no note sounds past it, every track ends there.
long loopEnd = 4L * 4 * sequence.resolution
sequence.tracks.each { track ->
    (0..<track.size()).each { n ->
        def event = track.get(n)
        assert event.tick <= loopEnd : "an event at tick ${event.tick} runs past the loop end ${loopEnd}"
    }
    def last = track.get(track.size() - 1)
    assert last.message instanceof MetaMessage && last.message.type == 0x2F && last.tick == loopEnd
}
def log = new File(basedir, 'build.log').text
assert log =~ /Track 1: \S+ (major|minor), form \S+ over \d-bar loops, chords /
return true
