import java.security.MessageDigest
import java.util.concurrent.TimeUnit

// A real engine imports the loop: the mix and a stem go through Godot 3's WAV importer (headless) and come out as
// looping AudioStreamSamples with the file's own loop points. Without Godot 3 on the PATH the import check is skipped
// and only the files' own smpl chunks are checked.

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

// --- The files themselves: 44.1 kHz 16-bit stereo, all as long as the mix, one forward smpl loop over the whole file.
def tracks = new File(basedir, 'target/immersic/tracks')
def names = ['track-1.wav', 'track-1-keys.wav', 'track-1-bass.wav', 'track-1-melody.wav', 'track-1-drums.wav',
             'track-1-texture.wav']
def wavs = [:]      // name -> [frames, smpl end, SHA-256 of the sample data]
names.each { name ->
    def file = new File(tracks, name)
    assert file.isFile() : "missing $name"
    byte[] wav = file.bytes
    assert new String(wav, 0, 4, 'US-ASCII') == 'RIFF' && new String(wav, 8, 4, 'US-ASCII') == 'WAVE'
    int fmt = chunk(wav, 'fmt ')
    assert int16(wav, fmt) == 1 && int16(wav, fmt + 2) == 2 && int32(wav, fmt + 4) == 44100 && int16(wav, fmt + 14) == 16 :
            "$name is not 44.1 kHz 16-bit stereo PCM"
    int data = chunk(wav, 'data')
    int dataBytes = int32(wav, data - 4)
    int frames = dataBytes / 4
    int smpl = chunk(wav, 'smpl')
    assert smpl > 0 : "$name has no smpl chunk"
    assert int32(wav, smpl + 28) == 1 : "$name: one loop"
    assert int32(wav, smpl + 36 + 4) == 0 : "$name: a forward loop"
    assert int32(wav, smpl + 36 + 8) == 0 : "$name: the loop starts at the first frame"
    // WavWriter writes the smpl end as the spec has it: the last frame of the loop, inclusive.
    int end = int32(wav, smpl + 36 + 12)
    assert end == frames - 1 : "$name: the loop ends at the last frame (${frames - 1}), not ${end}"
    def sha = MessageDigest.getInstance('SHA-256')
    sha.update(wav, data, dataBytes)
    wavs[name] = [frames: frames, end: end, sha256: sha.digest().encodeHex().toString()]
}
int mixFrames = wavs['track-1.wav'].frames
names.each { assert wavs[it].frames == mixFrames : "$it has ${wavs[it].frames} frames, the mix ${mixFrames}" }
println "godot-import: ${names.size()} WAVs of ${mixFrames} frames, smpl forward loop 0..${mixFrames - 1}"

// --- Godot 3 on the PATH: godot3-server (headless by build), or godot3 / godot of version 3.x with --no-window.
List<String> godot = null
String godotVersion = null
def path = (System.getenv('PATH') ?: '').split(File.pathSeparator) as List
for (String candidate : ['godot3-server', 'godot3', 'godot']) {
    def exe = path.collect { new File(it, candidate) }.find { it.isFile() && it.canExecute() }
    if (exe == null) continue
    def command = [exe.path] + (candidate == 'godot3-server' ? [] : ['--no-window'])
    try {
        def process = new ProcessBuilder(command + ['--version']).redirectErrorStream(true).start()
        if (!process.waitFor(30, TimeUnit.SECONDS)) { process.destroyForcibly(); continue }
        def version = process.inputStream.text.readLines().find { it ==~ /^3\.\d+.*/ }
        if (version != null) { godot = command; godotVersion = version.trim(); break }
    } catch (IOException ignored) {
    }
}
if (godot == null) {
    println 'Godot 3 is not installed (apt-get install godot3-server): the import check is skipped'
    return true
}
println "godot-import: Godot ${godotVersion} (${godot.join(' ')})"

// --- A throw-away Godot 3 project: the mix and the keys stem, import settings written out (the 3.2.3 defaults, but
// the 3.0-era importer normalized and trimmed by default): no normalizing, trimming, resampling, mono or 8-bit;
// edit/loop off, which keeps the loop the importer reads from the smpl chunk (edit/loop only makes a whole-file loop
// for a WAV without one).
def project = new File(basedir, 'target/godot')
project.deleteDir()
project.mkdirs()
def home = new File(basedir, 'target/godot-home')      // the editor's settings and caches, not the user's
home.deleteDir()
home.mkdirs()
new File(project, 'project.godot').text = '''config_version=4

[application]

config/name="immersic-godot-import"
'''
def imported = ['loop.wav': 'track-1.wav', 'layer.wav': 'track-1-keys.wav']
imported.each { copy, source ->
    new File(project, copy).bytes = new File(tracks, source).bytes
    new File(project, copy + '.import').text = '''[remap]

importer="wav"
type="AudioStreamSample"

[params]

force/8_bit=false
force/mono=false
force/max_rate=false
force/max_rate_hz=44100
edit/trim=false
edit/normalize=false
edit/loop=false
compress/mode=0
'''
}
new File(project, 'check.gd').text = '''extends SceneTree

func _init():
	for path in ["res://loop.wav", "res://layer.wav"]:
		var s = load(path)
		if s == null:
			print("IMMERSIC ", path, " not loaded")
			continue
		var data = s.data
		var sha = HashingContext.new()
		sha.start(HashingContext.HASH_SHA256)
		sha.update(data)
		print("IMMERSIC ", path, " class=", s.get_class(), " mix_rate=", s.mix_rate, " loop_mode=", s.loop_mode,
			" loop_begin=", s.loop_begin, " loop_end=", s.loop_end, " stereo=", s.stereo, " format=", s.format,
			" frames=", data.size() / 4, " sha256=", sha.finish().hex_encode())
	quit()
'''

String godotRun(List<String> command, File project, File home) {
    def builder = new ProcessBuilder(command).directory(project).redirectErrorStream(true)
    builder.environment().putAll([HOME: home.path, XDG_CONFIG_HOME: home.path, XDG_DATA_HOME: home.path,
                                  XDG_CACHE_HOME: home.path, LANG: 'en_US.UTF-8'])
    def process = builder.start()
    def output = new StringBuffer()
    def reader = Thread.start { process.inputStream.eachLine { output << it << '\n' } }
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly()
        assert false : "${command.join(' ')} did not finish in 180 s:\n${output}"
    }
    reader.join(5000)
    println output.toString().readLines().collect { "  godot> $it" }.join('\n')
    assert process.exitValue() == 0 : "${command.join(' ')} exited with ${process.exitValue()}:\n${output}"
    return output.toString()
}

// Godot 3 imports a WAV only in the editor: open the project in the editor once, headless, and quit (--quit: after the
// first frame, by which time the file system scan has imported everything), then run the script on the imports.
godotRun(godot + ['--path', project.path, '--editor', '--quit'], project, home)
def samples = new File(project, '.import').listFiles()?.findAll { it.name.endsWith('.sample') } ?: []
assert samples.size() == 2 : "the editor did not import both WAVs into .import/: ${samples*.name}"
imported.keySet().each { copy ->
    def settings = new File(project, copy + '.import').text
    assert settings.contains('edit/normalize=false') && settings.contains('edit/loop=false') :
            "the editor changed the import settings of $copy:\n$settings"
}
def output = godotRun(godot + ['--path', project.path, '-s', 'check.gd'], project, home)

def streams = [:]
output.eachLine { line ->
    def m = line =~ /^IMMERSIC res:\/\/(\S+) (.*)$/
    if (m) streams[m[0][1]] = m[0][2].split(' ').collectEntries { it.split('=', 2) as List }
}
imported.each { copy, source ->
    def s = streams[copy]
    assert s != null : "Godot did not load $copy as a stream:\n$output"
    def wav = wavs[source]
    assert s['class'] == 'AudioStreamSample' : "$copy: ${s['class']}"
    assert s.mix_rate == '44100' : "$copy: mix_rate ${s.mix_rate}"
    assert s.stereo == 'True' : "$copy: stereo ${s.stereo}"
    assert s.format == '1' : "$copy: format ${s.format} (1 is FORMAT_16_BITS)"
    assert s.loop_mode == '1' : "$copy: loop_mode ${s.loop_mode} (1 is LOOP_FORWARD)"
    assert s.loop_begin == '0' : "$copy: loop_begin ${s.loop_begin}"
    assert (s.frames as int) == wav.frames : "$copy: ${s.frames} frames in Godot, ${wav.frames} in the WAV"
    // Godot takes the smpl end as it stands (resource_importer_wav.cpp: loop_end = the field). Its mixer treats
    // loop_end as exclusive (it wraps when the position reaches it), so with the spec's inclusive end Godot's loop is
    // one frame (23 µs) short of the file; a script can set loop_end = data.size() / 4 to play the last frame too.
    assert (s.loop_end as int) == wav.end : "$copy: loop_end ${s.loop_end}, the smpl chunk says ${wav.end}"
    assert s.sha256 == wav.sha256 : "$copy: Godot's samples are not the file's (normalized or converted on import)"
}
assert streams['layer.wav'].frames == streams['loop.wav'].frames : 'the layer is as long as the mix in Godot'
println "godot-import: Godot ${godotVersion} imported the loop and the keys layer: ${mixFrames} frames, forward loop " +
        "${streams['loop.wav'].loop_begin}..${streams['loop.wav'].loop_end}, the file's own samples"
return true
