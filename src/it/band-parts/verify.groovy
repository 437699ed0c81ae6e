import javax.sound.midi.*

// A band, not a solo keyboard: the MIDI has a named track per part on its own channel, the stems line up with the
// mix and sum to it, and the mix is loudness-normalised.
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
short[] samples(File file) {
    byte[] wav = file.bytes
    int data = chunk(wav, 'data')
    int count = int32(wav, data - 4) / 2
    short[] out = new short[count]
    for (int i = 0; i < count; i++) out[i] = (short) ((wav[data + 2 * i] & 0xFF) | (wav[data + 2 * i + 1] << 8))
    return out
}

def tracks = new File(basedir, 'target/immersic/tracks')
def sequence = MidiSystem.getSequence(new File(tracks, 'track-1.mid'))
assert MidiSystem.getMidiFileFormat(new File(tracks, 'track-1.mid')).type == 1
def names = [:]
sequence.tracks.eachWithIndex { track, index ->
    def events = (0..<track.size()).collect { track.get(it).message }
    def name = events.find { it instanceof MetaMessage && it.type == 0x03 }
    def notes = events.findAll { it instanceof ShortMessage && it.command == ShortMessage.NOTE_ON && it.data2 > 0 }
    if (index > 0) names[new String(name.data, 'US-ASCII')] = notes
}
assert names.keySet() as List == ['Keys', 'Bass', 'Melody', 'Drums'] : "tracks ${names.keySet()}"
assert names.values().every { !it.isEmpty() } : 'every part plays'
assert names['Drums'].every { it.channel == 9 } : 'drums on the General MIDI drum channel'
assert names['Bass'].every { it.channel == 1 } && names['Melody'].every { it.channel == 2 }
assert names['Bass'].collect { it.data1 }.min() < 48 : 'the bass goes below C3'
def conductor = (0..<sequence.tracks[0].size()).collect { sequence.tracks[0].get(it).message }
assert conductor.any { it instanceof MetaMessage && it.type == 0x06 } : 'section markers'

def mix = samples(new File(tracks, 'track-1.wav'))
def stems = ['keys', 'bass', 'melody', 'drums', 'texture'].collect { samples(new File(tracks, "track-1-${it}.wav")) }
stems.each { assert it.length == mix.length : 'stems are sample-aligned with the mix and as long' }
double signal = 0, residual = 0
for (int i = 0; i < mix.length; i++) {
    double sum = 0
    for (short[] stem : stems) sum += stem[i]
    signal += (double) mix[i] * mix[i]
    residual += (sum - mix[i]) * (sum - mix[i])
}
double residualDb = 10 * Math.log10(residual / signal)
assert residualDb < -50 : "stems sum to the mix within ${residualDb} dB"
assert mix[mix.length - 1] != 0 || mix[mix.length - 2] != 0 : 'a noise floor, not digital silence, at the end'

def log = new File(basedir, 'build.log').text
def loudness = (log =~ /Rendered track-1: .*, (-?[0-9.]+) LUFS, true peak (-?[0-9.]+) dBTP/)
assert loudness.find() : 'loudness in the log'
assert Math.abs(Double.parseDouble(loudness.group(1)) + 14) <= 1 : "integrated ${loudness.group(1)} LUFS"
assert Double.parseDouble(loudness.group(2)) <= -1 : "true peak ${loudness.group(2)} dBTP"
return true
