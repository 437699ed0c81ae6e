package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoudnessTest {

    private static StereoBuffer sine(double hz, double amplitude, double seconds, double phase) {
        StereoBuffer out = new StereoBuffer(StereoBuffer.frames(seconds));
        for (int i = 0; i < out.frames(); i++) {
            float x = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / StereoBuffer.SAMPLE_RATE + phase));
            out.left[i] = x;
            out.right[i] = x;
        }
        return out;
    }

    @Test
    void aSineAt997HzInBothChannelsReadsItsAmplitudeInDb() {
        // BS.1770: a 0 dBFS 1 kHz sine in one channel reads −3.01 LKFS, so in both it reads 0, and A reads 20·log10 A.
        for (double amplitude : new double[] {1.0, 0.5, 0.1}) {
            double lufs = Signals.lufs(sine(997, amplitude, 5, 0));
            assertEquals(20 * Math.log10(amplitude), lufs, 0.1, "amplitude " + amplitude);
        }
    }

    @Test
    void silenceAndNoiseUnderTheAbsoluteGateHaveNoLoudness() {
        assertEquals(Double.NEGATIVE_INFINITY, Signals.lufs(new StereoBuffer(StereoBuffer.frames(3))));
        assertEquals(Double.NEGATIVE_INFINITY, Signals.lufs(sine(997, 1e-4, 3, 0))); // −80 LUFS
        assertEquals(Double.NEGATIVE_INFINITY, Signals.lufs(sine(997, 1, 0.3, 0)), "shorter than a block");
    }

    @Test
    void aNearlySilentHalfIsGatedOut() {
        // 5 s at −20 dB then 5 s at −60 dB: ungated the mean power would read 3 dB under the loud half; the relative
        // gate (−10 LU) drops every quiet block, and the blocks straddling the change weigh little.
        StereoBuffer loud = sine(997, 0.1, 10, 0);
        for (int i = loud.frames() / 2; i < loud.frames(); i++) {
            loud.left[i] *= 0.01f;
            loud.right[i] *= 0.01f;
        }
        assertEquals(-20, Signals.lufs(loud), 0.3);
    }

    @Test
    void theKWeightingLiftsTheTopAndCutsTheBottom() {
        // The shelf rises towards +4 dB at high frequencies (ffmpeg's ebur128 reads this 10 kHz sine within 0.1 LU);
        // the high-pass takes far more off at 20 Hz.
        double high = Signals.lufs(sine(10_000, 1, 5, 0));
        assertTrue(high > 3 && high < 4, "10 kHz: " + high);
        assertTrue(Signals.lufs(sine(20, 1, 5, 0)) < -10);
    }

    @Test
    void theTruePeakFindsTheOverBetweenSamples() {
        // A sine at fs/4 with a 45° phase: every sample is ±0.707·A, the waveform between them reaches A.
        StereoBuffer quarter = sine(StereoBuffer.SAMPLE_RATE / 4.0, 0.9, 1, Math.PI / 4);
        double samplePeak = 20 * Math.log10(Signals.peak(quarter));
        double truePeak = Signals.dbtp(quarter);
        assertEquals(20 * Math.log10(0.9 * Math.sqrt(0.5)), samplePeak, 0.01);
        assertEquals(20 * Math.log10(0.9), truePeak, 0.2);
        assertTrue(truePeak > samplePeak + 2.5, truePeak + " vs " + samplePeak);
        assertEquals(20 * Math.log10(0.5), Signals.dbtp(sine(997, 0.5, 1, 0)), 0.05, "a slow sine: no over");
    }

    @Test
    void theLimiterKeepsAMasteredTrackUnderMinus1DbtpAndAtMinus14Lufs(@TempDir Path scratch) throws Exception {
        // A quiet sine with loud clicks, four a second: bringing it to −14 LUFS puts the clicks over full scale.
        StereoBuffer spiky = sine(220, 0.1, 10, 0);
        for (int i = 1000; i < spiky.frames(); i += 11_025) {
            for (int k = 0; k < 200; k++) {
                float click = (float) (0.5 * Math.sin(2 * Math.PI * 3_000 * k / StereoBuffer.SAMPLE_RATE));
                spiky.left[i + k] += click;
                spiky.right[i + k] -= click;
            }
        }
        Tape mix = tape(scratch, "mix", spiky);
        Tape envelope = new Tape(scratch.resolve("envelope"), spiky.frames());
        Mastering.Result result = Mastering.apply(mix, envelope, 10_000);
        try (RenderedTrack track = new RenderedTrack(new Recording.Tapes(mix, Map.of("stem", tape(scratch, "stem",
                spiky))), envelope, result)) {
            Loudness loudness = track.loudness();
            assertTrue(result.limited(), "the clicks were limited");
            assertTrue(loudness.truePeakDbtp() <= -1, loudness.toString());
            assertEquals(-14, loudness.integratedLufs(), 1);
            StereoBuffer mastered = Signals.whole(track.mix());
            assertEquals(loudness.truePeakDbtp(), Signals.dbtp(mastered), 1e-9);
            assertEquals(loudness.integratedLufs(), Signals.lufs(mastered), 1e-9);
            assertEquals(0, Signals.peak(Signals.whole(track.stems().get("stem"))) - Signals.peak(mastered), 1e-6,
                    "the one stem got the mix's gains");
        }
    }

    /** {@code buffer} on a tape in {@code folder}. */
    static Tape tape(Path folder, String name, StereoBuffer buffer) throws Exception {
        Tape tape = new Tape(folder.resolve(name), buffer.frames());
        tape.write(0, buffer, buffer.frames());
        return tape;
    }

    @Test
    void theLimitersGainIsSmoothAndReachesEachPeakBeforeItArrives() {
        StereoBuffer impulse = new StereoBuffer(StereoBuffer.frames(1));
        impulse.left[20_000] = 2;
        float[] gain = PeakLimiterTest.envelope(impulse, 0.5);
        assertEquals(0.25, gain[20_000], 1e-6);
        assertEquals(1, gain[20_000 - StereoBuffer.frames(PeakLimiter.ATTACK_SECONDS) - 2], 0);
        for (int i = 1; i < gain.length; i++) {
            assertTrue(Math.abs(gain[i] - gain[i - 1]) < 0.01, "step at " + i);
        }
        double later = gain[20_000 + StereoBuffer.frames(PeakLimiter.RELEASE_SECONDS)];
        assertEquals(1 - 0.75 * Math.exp(-1), later, 0.02, "released with its time constant");
    }
}
