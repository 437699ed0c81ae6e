package io.immersic.audio;

/** Measurements on rendered audio for the tests. */
final class Signals {

    private Signals() {}

    /**
     * The strongest frequency between {@code lowHz} and {@code highHz}, from a Hann-windowed Fourier sum evaluated
     * every 0.05 Hz (finer than any bin), so it resolves well under 1 Hz.
     */
    static double peakFrequency(float[] x, int from, int to, double lowHz, double highHz) {
        int n = to - from;
        double[] windowed = new double[n];
        for (int i = 0; i < n; i++) {
            windowed[i] = x[from + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1)));
        }
        double best = lowHz;
        double bestPower = -1;
        for (double f = lowHz; f <= highHz; f += 0.05) {
            double w = 2 * Math.PI * f / StereoBuffer.SAMPLE_RATE;
            double cos = Math.cos(w);
            double sin = Math.sin(w);
            double re = 0;
            double im = 0;
            double c = 1;
            double s = 0;
            for (int i = 0; i < n; i++) {
                re += windowed[i] * c;
                im -= windowed[i] * s;
                double nextC = c * cos - s * sin;
                s = s * cos + c * sin;
                c = nextC;
            }
            double power = re * re + im * im;
            if (power > bestPower) {
                bestPower = power;
                best = f;
            }
        }
        return best;
    }

    /** The whole of {@code signal}, read into one buffer (the tests' tracks are short). */
    static StereoBuffer whole(Signal signal) throws java.io.IOException {
        StereoBuffer out = new StereoBuffer(signal.frames());
        signal.read(0, signal.frames(), out);
        return out;
    }

    /** The WAV of {@code signal} (no metadata, or a loop over the whole file), as bytes. */
    static byte[] wav(Signal signal, boolean loop) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        WavWriter.write(signal, loop ? new WavMetadata(true, java.util.List.of(), null) : WavMetadata.NONE, out);
        return out.toByteArray();
    }

    /** The FLAC of {@code signal}, as bytes. */
    static byte[] flac(Signal signal) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        FlacWriter.write(signal, out);
        return out.toByteArray();
    }

    /**
     * {@code notes} (their beats are seconds: 60 BPM) played by {@code voice} at level 1 over {@code seconds}, as the
     * renderer plays a part, in one block.
     */
    static StereoBuffer play(Voice voice, double seconds, io.immersic.midi.Note... notes) {
        StereoBuffer out = new StereoBuffer(StereoBuffer.frames(seconds));
        NotePlayer.of(voice, java.util.List.of(notes), 1.0, out.frames(), 1.0).render(out, 0, out.frames());
        return out;
    }

    /** The integrated loudness of {@code buffer}, LUFS. */
    static double lufs(StereoBuffer buffer) {
        Loudness.Meter meter = new Loudness.Meter();
        meter.add(buffer, buffer.frames());
        return meter.integrated();
    }

    /** The true peak of {@code buffer}, dBTP. */
    static double dbtp(StereoBuffer buffer) {
        TruePeak.Meter meter = new TruePeak.Meter(1, peak(buffer.left), peak(buffer.right));
        meter.add(buffer, buffer.frames());
        return meter.dbtp();
    }

    /** The largest |sample| of either channel. */
    static double peak(StereoBuffer buffer) {
        return Math.max(peak(buffer.left), peak(buffer.right));
    }

    private static double peak(float[] x) {
        double peak = 0;
        for (float sample : x) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }

    /** {@code a − b}, frame by frame. */
    static StereoBuffer difference(StereoBuffer a, StereoBuffer b) {
        StereoBuffer out = new StereoBuffer(a.frames());
        for (int i = 0; i < a.frames(); i++) {
            out.left[i] = a.left[i] - b.left[i];
            out.right[i] = a.right[i] - b.right[i];
        }
        return out;
    }

    static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    /** The 99th percentile of |x[i+1] − x[i]|. */
    static double step99(short[] channel) {
        int[] steps = new int[channel.length - 1];
        for (int i = 0; i + 1 < channel.length; i++) {
            steps[i] = Math.abs(channel[i + 1] - channel[i]);
        }
        java.util.Arrays.sort(steps);
        return steps[(int) (steps.length * 0.99)];
    }

    static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    /** The offset of a RIFF chunk's body, or -1. */
    static int chunk(byte[] wav, String id) {
        int at = 12;
        while (at + 8 <= wav.length) {
            String name = new String(wav, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = int32(wav, at + 4);
            if (name.equals(id)) {
                return at + 8;
            }
            at += 8 + size + (size & 1);
        }
        return -1;
    }
}
