import javax.sound.sampled.*

def tracks = new File(basedir, 'target/immersic/tracks')
['track-1.wav', 'track-1-drums.wav', 'track-1-keys.wav'].each { assert new File(tracks, it).isFile() : "missing $it" }
// The drums stem is the user's loop, converted to 44.1 kHz stereo and audible.
def stream = AudioSystem.getAudioInputStream(new File(tracks, 'track-1-drums.wav'))
assert stream.format.sampleRate == 44100f && stream.format.channels == 2
byte[] bytes = stream.readAllBytes()
int loud = 0
for (int i = 0; i + 1 < bytes.length; i += 2) {
    if (Math.abs((short) ((bytes[i] & 0xFF) | (bytes[i + 1] << 8))) > 3000) loud++
}
assert loud > 1000 : 'the drum loop is heard'
assert !(new File(basedir, 'build.log').text =~ /(?m)^\s+at [\w$.]+\(/)
return true
