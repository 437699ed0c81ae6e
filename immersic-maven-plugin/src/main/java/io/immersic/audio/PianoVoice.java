package io.immersic.audio;

import java.util.SplittableRandom;

/**
 * An additive acoustic piano. Partials are stretched the way stiff strings stretch them (f_n = n·f·√(1 + B·n²)),
 * upper partials fade faster than the fundamental, harder strikes bring out more of them, each note has a two-stage
 * decay (a quick drop, then a long ring) and a short seeded noise burst for the hammer. Low notes sit a little left,
 * high notes a little right, as seen from the player's bench.
 */
final class PianoVoice implements Voice {

    private static final double INHARMONICITY = 0.0004;
    private static final double RELEASE_SECONDS = 0.35;
    private static final int MAX_PARTIALS = 10;

    private final long seed;

    PianoVoice(long seed) {
        this.seed = seed;
    }

    private final DryNoteCache cache = new DryNoteCache(PianoVoice::dry);

    @Override
    public void render(int pitch, int velocity, int startFrame, int heldFrames, long noteIndex, StereoBuffer out) {
        int releaseFrames = StereoBuffer.frames(RELEASE_SECONDS * 4);
        int end = Math.min(out.frames(), startFrame + heldFrames + releaseFrames);
        int length = end - startFrame;
        if (length <= 0) {
            return;
        }
        float[] dry = cache.get(pitch, velocity, length);
        double[] hammer = hammer(velocity / 127.0, noteIndex, length);
        double release = StrictMath.exp(-1.0 / StereoBuffer.SAMPLE_RATE / RELEASE_SECONDS);
        double releaseEnvelope = 1;
        double amplitude = 0.16 * (0.2 + 0.8 * velocity / 127.0);
        double pan = RhodesVoice.clamp((pitch - 64) / 40.0, -0.6, 0.6);
        double leftGain = amplitude * (1 - pan * 0.5);
        double rightGain = amplitude * (1 + pan * 0.5);
        for (int k = 0; k < length; k++) {
            if (k >= heldFrames) {
                releaseEnvelope *= release;
            }
            double sample = (dry[k] + (k < hammer.length ? hammer[k] : 0)) * releaseEnvelope;
            out.left[startFrame + k] += (float) (sample * leftGain);
            out.right[startFrame + k] += (float) (sample * rightGain);
        }
    }

    /** The strings' sound, held: stretched partials, brighter when struck harder, each with its own decay. */
    private static float[] dry(int pitch, int velocity, int frames) {
        double f = Voice.frequency(pitch);
        double v = velocity / 127.0;
        double longDecay = RhodesVoice.clamp(3.5 * StrictMath.pow(261.6 / f, 0.6), 0.5, 8.0);
        double brightness = 1.6 - 0.9 * v; // partial n has weight 1/n^brightness
        double[] note = new double[frames];
        for (int n = 1; n <= MAX_PARTIALS; n++) {
            double fn = n * f * StrictMath.sqrt(1 + INHARMONICITY * n * n);
            if (fn > 16_000) {
                break;
            }
            addPartial(note, fn, StrictMath.pow(n, -brightness), longDecay / (1 + 0.35 * (n - 1)));
        }
        float[] out = new float[frames];
        for (int k = 0; k < frames; k++) {
            out[k] = (float) note[k];
        }
        return out;
    }

    /**
     * A decaying sine by the recurrence s[k] = 2·cos(w)·s[k-1] − s[k-2] (two operations a sample, no sin call),
     * with a two-stage envelope: 60 % falls fast, 40 % rings with the long decay.
     */
    private static void addPartial(double[] note, double frequency, double weight, double decaySeconds) {
        double w = 2 * StrictMath.PI * frequency / StereoBuffer.SAMPLE_RATE;
        double coefficient = 2 * StrictMath.cos(w);
        double previous = StrictMath.sin(-w);
        double beforePrevious = StrictMath.sin(-2 * w);
        double dt = 1.0 / StereoBuffer.SAMPLE_RATE;
        double slow = StrictMath.exp(-dt / decaySeconds);
        double fast = StrictMath.exp(-dt / (decaySeconds * 0.15));
        double slowEnvelope = 0.4 * weight;
        double fastEnvelope = 0.6 * weight;
        int attackFrames = StereoBuffer.frames(0.001);
        for (int k = 0; k < note.length; k++) {
            double s = coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = s;
            double attack = k < attackFrames ? (double) k / attackFrames : 1;
            note[k] += s * (slowEnvelope + fastEnvelope) * attack;
            slowEnvelope *= slow;
            fastEnvelope *= fast;
            if (slowEnvelope + fastEnvelope < 1e-4 * weight) {
                break; // 80 dB below where this partial started
            }
        }
    }

    /** A few milliseconds of low-passed noise: the felt hammer hitting the string, louder when struck harder. */
    private double[] hammer(double velocity, long noteIndex, int length) {
        SplittableRandom random = new SplittableRandom(seed * 31 + noteIndex);
        double[] hammer = new double[Math.min(length, StereoBuffer.frames(0.012))];
        double level = 0.25 * velocity;
        double lowPassed = 0;
        for (int k = 0; k < hammer.length; k++) {
            lowPassed += 0.35 * ((random.nextDouble() * 2 - 1) - lowPassed);
            hammer[k] = level * lowPassed * (1 - (double) k / hammer.length);
        }
        return hammer;
    }
}
