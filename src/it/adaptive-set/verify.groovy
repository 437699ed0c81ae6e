import javax.sound.midi.*
import groovy.json.JsonSlurper

// An adaptive set for games: layers and levels of one length that add up, loop seamlessly and rise in intensity;
// WAV chunks (smpl, cue, acid) that agree with the sidecar; bar-exact section samples; all layers on the bar's chord.
int int32(byte[] b, int at) { (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24 }
int int16(byte[] b, int at) { (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 }
Map chunks(byte[] wav) {
    def found = [:]
    int at = 12
    while (at + 8 <= wav.length) {
        String id = new String(wav, at, 4, 'US-ASCII')
        int size = int32(wav, at + 4)
        found[id] = [at + 8, size]
        at += 8 + size + (size & 1)
    }
    assert at == wav.length : 'the chunk walk ends on the last byte'
    return found
}
double[] samples(byte[] wav) {
    def data = chunks(wav)['data']
    int count = data[1] / 2
    double[] out = new double[count]
    for (int i = 0; i < count; i++) out[i] = (short) ((wav[data[0] + 2 * i] & 0xFF) | (wav[data[0] + 2 * i + 1] << 8))
    return out
}
double rms(double[] x) { double s = 0; for (double v : x) s += v * v; Math.sqrt(s / x.length) }

def tracks = new File(basedir, 'target/immersic/tracks')
def sidecar = new JsonSlurper().parse(new File(tracks, 'track-1.json'))
assert sidecar.sampleRate == 44100 && sidecar.beatsPerBar == 4 && sidecar.bars == 16
assert sidecar.layers*.part == ['keys', 'bass', 'melody', 'drums', 'texture']
assert sidecar.intensities*.level == [1, 2, 3, 4]
assert sidecar.intensities[0].layers == ['keys', 'texture'] && sidecar.intensities[3].layers.size() == 5
assert sidecar.stingers*.name == ['ending', 'stinger'] && sidecar.transitions*.name == ['transition']

// Bar-exact positions at the track's tempo, and the loop over the whole file.
double framesPerBar = sidecar.beatsPerBar * 60 / sidecar.bpm * 44100
sidecar.barSamples.eachWithIndex { long sample, int bar -> assert sample == Math.round(bar * framesPerBar) : "bar $bar" }
sidecar.sections.each { assert it.sample == sidecar.barSamples[it.bar] }
assert sidecar.loop.startSample == 0 && sidecar.loop.endSample == sidecar.frames

// Every layer and level: the same length, a smpl loop over it, cue points at the sidecar's bar lines, ACID tempo.
def files = sidecar.layers*.file + sidecar.intensities*.file + [sidecar.file]
def audio = files.collectEntries { [(it): new File(tracks, it).bytes] }
audio.each { name, wav ->
    def c = chunks(wav)
    assert c['data'][1] / 4 == sidecar.frames : "$name has ${c['data'][1] / 4} frames"
    int smpl = c['smpl'][0]
    assert int32(wav, smpl + 28) == 1 && int32(wav, smpl + 40) == 0 : "$name: one forward loop"
    assert int32(wav, smpl + 44) == 0 && int32(wav, smpl + 48) == sidecar.frames - 1 : "$name: loop over the file"
    int cues = int32(wav, c['cue '][0])
    assert cues == sidecar.bars
    def positions = (0..<cues).collect { int32(wav, c['cue '][0] + 4 + 24 * it + 20) as long }
    assert positions == sidecar.barSamples : "$name cue points"
    def acid = c['acid'][0]
    assert Float.intBitsToFloat(int32(wav, acid + 20)) == (float) sidecar.bpm
    assert int32(wav, acid + 12) == sidecar.bars * 4 && int16(wav, acid + 18) == 4 && int16(wav, acid + 16) == 4
    assert (int32(wav, acid) & 1) == 0 : 'a loop, not a one-shot'
}

// The layers sum to the top level and to the mix; every level loops seamlessly; RMS rises with the level.
def layerSamples = sidecar.layers.collect { samples(audio[it.file]) }
def top = samples(audio[sidecar.intensities[3].file])
def mix = samples(audio[sidecar.file])
double signal = 0, residual = 0, residualMix = 0
for (int i = 0; i < top.length; i++) {
    double sum = 0
    for (double[] layer : layerSamples) sum += layer[i]
    signal += top[i] * top[i]
    residual += (sum - top[i]) * (sum - top[i])
    residualMix += (mix[i] - top[i]) * (mix[i] - top[i])
}
assert 10 * Math.log10(residual / signal) < -50 : 'the layers sum to the top level'
assert residualMix == 0 : 'the top level is the mix'
def levelRms = sidecar.intensities.collect { level ->
    double[] x = samples(audio[level.file])
    // the seam: the jump from the last frame to the first is no bigger than the music's own steps
    def steps = (2..<x.length).collect { Math.abs(x[it] - x[it - 2]) }.sort()
    double typical = steps[(int) (steps.size() * 0.999)]
    assert Math.abs(x[0] - x[x.length - 2]) <= typical && Math.abs(x[1] - x[x.length - 1]) <= typical : "level ${level.level} seam"
    rms(x)
}
assert levelRms == levelRms.sort(false) && levelRms.toSet().size() == levelRms.size() : "RMS rises: $levelRms"

// Onset density rises with the level (the parts each level brings in), and the bass plays each bar's chord root.
def sequence = MidiSystem.getSequence(new File(tracks, 'track-1.mid'))
def onsets = [:]
def bassDownbeats = [:]
int barTicks = 4 * sequence.resolution
sequence.tracks.each { track ->
    def events = (0..<track.size()).collect { track.get(it) }
    def name = events.collect { it.message }.find { it instanceof MetaMessage && it.type == 0x03 }
    String part = name == null ? '' : new String(name.data, 'US-ASCII').toLowerCase()
    def on = events.findAll { it.message instanceof ShortMessage && it.message.command == ShortMessage.NOTE_ON && it.message.data2 > 0 }
    onsets[part] = on*.tick.toSet().size()
    if (part == 'bass') on.each { if (it.tick % barTicks == 0) bassDownbeats[(int) (it.tick / barTicks)] = it.message.data1 % 12 }
}
def density = sidecar.intensities.collect { level -> level.layers.findAll { it != 'texture' }.sum { onsets[it] } }
assert density == density.sort(false) && density.toSet().size() == density.size() : "onsets rise: $density"
def roots = ['C': 0, 'D': 2, 'E': 4, 'F': 5, 'G': 7, 'A': 9, 'B': 11]
sidecar.chords.eachWithIndex { String symbol, int bar ->
    if (symbol) {
        int root = (roots[symbol[0]] + (symbol.length() > 1 && symbol[1] == '#' ? 1 : symbol.length() > 1 && symbol[1] == 'b' ? 11 : 0)) % 12
        assert bassDownbeats[bar] == root : "bar $bar: the bass plays $symbol's root"
    }
}

// The pieces: MIDI and a one-shot WAV each, at the track's tempo.
(sidecar.stingers + sidecar.transitions).each { piece ->
    byte[] wav = new File(tracks, piece.file).bytes
    def c = chunks(wav)
    assert c['smpl'] == null && (int32(wav, c['acid'][0]) & 1) == 1 : "${piece.name} is a one-shot"
    assert Float.intBitsToFloat(int32(wav, c['acid'][0] + 20)) == (float) sidecar.bpm
    assert new File(tracks, piece.file.replace('.wav', '.mid')).isFile()
}
def log = new File(basedir, 'build.log').text
assert log =~ /adaptive set: 5 layers, 4 intensity levels, ending, stinger, transition/
// The report: a player per level, labelled with the layers it mixes (the intensity table), and per piece.
def report = new File(basedir, 'target/immersic/report.html').text
assert report.contains('intensity 1 (keys + texture)') && report.contains('intensity 4 (keys + bass + drums + melody + texture)')
['track-1-intensity-2.wav', 'track-1-ending.wav', 'track-1-stinger.wav', 'track-1-transition.wav'].each {
    assert report.contains("src=\"tracks/$it\"") : "a player for $it"
}
return true
