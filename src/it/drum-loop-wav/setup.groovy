import javax.sound.sampled.*

// A user's drum loop: 48 kHz mono, 2.1 s, a thump every half second (about one 4/4 bar at the track's tempo).
int rate = 48000
int frames = (int) (2.1 * rate)
byte[] pcm = new byte[frames * 2]
for (double hit = 0; hit < 2.1; hit += 0.5) {
    int at = (int) Math.round(hit * rate)
    for (int k = 0; k < 2400 && at + k < frames; k++) {
        short v = (short) (16000 * Math.sin(2 * Math.PI * 60 * k / rate) * Math.exp(-k / 600.0))
        pcm[2 * (at + k)] = (byte) v
        pcm[2 * (at + k) + 1] = (byte) (v >> 8)
    }
}
def folder = new File(basedir, 'loops')
folder.mkdirs()
def format = new AudioFormat(rate, 16, 1, true, false)
AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, frames), AudioFileFormat.Type.WAVE,
        new File(folder, 'beat.wav'))
return true
