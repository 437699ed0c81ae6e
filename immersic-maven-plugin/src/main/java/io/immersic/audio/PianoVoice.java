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

    private static final int RELEASE_FRAMES = StereoBuffer.frames(RELEASE_SECONDS * 4);
    private static final double RELEASE = StrictMath.exp(-1.0 / StereoBuffer.SAMPLE_RATE / RELEASE_SECONDS);

    private final DryNoteCache cache = new DryNoteCache(PianoVoice::dry);

    @Override
    public Strike strike(int pitch, int velocity, int startFrame, int heldFrames, long noteIndex, int trackFrames) {
        int end = Math.min(trackFrames, startFrame + heldFrames + RELEASE_FRAMES);
        int length = end - startFrame;
        if (length <= 0) {
            return null;
        }
        float[] dry = cache.get(pitch, velocity, length);
        double[] hammer = hammer(velocity / 127.0, noteIndex, length);
        double amplitude = 0.16 * (0.2 + 0.8 * velocity / 127.0);
        double pan = RhodesVoice.clamp((pitch - 64) / 40.0, -0.6, 0.6);
        double leftGain = amplitude * (1 - pan * 0.5);
        double rightGain = amplitude * (1 + pan * 0.5);
        return new Strike(startFrame, end) {
            private double releaseEnvelope = 1;

            @Override
            void addTo(StereoBuffer block, int blockStart, int from, int to) {
                double envelope = releaseEnvelope; // a local: the recurrence stays in a register
                for (int frame = from; frame < to; frame++) {
                    int k = frame - start;
                    if (k >= heldFrames) {
                        envelope *= RELEASE;
                    }
                    double sample = (dry[k] + (k < hammer.length ? hammer[k] : 0)) * envelope;
                    block.left[frame - blockStart] += (float) (sample * leftGain);
                    block.right[frame - blockStart] += (float) (sample * rightGain);
                }
                releaseEnvelope = envelope;
            }
        };
    }

    /** The strings' sound, held: stretched partials, brighter when struck harder, each with its own decay. */
    private static float[] dry(int pitch, int velocity, int frames) {
        double f = Voice.frequency(pitch);
        double v = velocity / 127.0;
        double longDecay = RhodesVoice.clamp(3.5 * StrictMath.pow(261.6 / f, 0.6), 0.5, 8.0);
        double brightness = 1.6 - 0.9 * v; // partial n has weight 1/n^brightness
        double[] note = new double[frames];
        java.util.List<Partial> partials = new java.util.ArrayList<>();
        for (int n = 1; n <= MAX_PARTIALS; n++) {
            double fn = n * f * StrictMath.sqrt(1 + INHARMONICITY * n * n);
            if (fn > 16_000) {
                break;
            }
            partials.add(new Partial(fn, StrictMath.pow(n, -brightness), longDecay / (1 + 0.35 * (n - 1))));
        }
        for (int i = 0; i < partials.size(); i += 2) {
            addPartials(note, partials.get(i), i + 1 < partials.size() ? partials.get(i + 1) : null);
        }
        float[] out = new float[frames];
        for (int k = 0; k < frames; k++) {
            out[k] = (float) note[k];
        }
        return out;
    }

    /**
     * One partial's constants and starting state: a decaying sine by the recurrence s[k] = 2·cos(w)·s[k-1] − s[k-2] (two operations a sample, no sin
     * call), with a two-stage envelope: 60 % falls fast, 40 % rings with the long decay.
     */
    private static final class Partial {
        final double coefficient;
        final double slow;
        final double fast;
        final double floor;
        final double previous;
        final double beforePrevious;
        final double slowEnvelope;
        final double fastEnvelope;

        Partial(double frequency, double weight, double decaySeconds) {
            double w = 2 * StrictMath.PI * frequency / StereoBuffer.SAMPLE_RATE;
            double dt = 1.0 / StereoBuffer.SAMPLE_RATE;
            coefficient = 2 * StrictMath.cos(w);
            previous = StrictMath.sin(-w);
            beforePrevious = StrictMath.sin(-2 * w);
            slow = StrictMath.exp(-dt / decaySeconds);
            fast = StrictMath.exp(-dt / (decaySeconds * 0.15));
            slowEnvelope = 0.4 * weight;
            fastEnvelope = 0.6 * weight;
            floor = 1e-4 * weight; // 80 dB below where the partial started
        }
    }

    /**
     * Adds two partials in one pass: their recurrences do not depend on each other, so the processor overlaps them,
     * and each sample receives them in the same order as one after the other would. The state lives in locals in
     * the loop (the JIT keeps them in registers); b may be null.
     */
    private static void addPartials(double[] note, Partial a, Partial b) {
        int attackFrames = StereoBuffer.frames(0.001);
        double ca = a.coefficient;
        double pa = a.previous;
        double ppa = a.beforePrevious;
        double sa = a.slowEnvelope;
        double fa = a.fastEnvelope;
        boolean aOn = true;
        boolean hasB = b != null;
        double cb = hasB ? b.coefficient : 0;
        double pb = hasB ? b.previous : 0;
        double ppb = hasB ? b.beforePrevious : 0;
        double sb = hasB ? b.slowEnvelope : 0;
        double fb = hasB ? b.fastEnvelope : 0;
        boolean bOn = hasB;
        for (int k = 0; k < note.length && (aOn || bOn); k++) {
            double attack = k < attackFrames ? (double) k / attackFrames : 1;
            if (aOn) {
                double x = ca * pa - ppa;
                ppa = pa;
                pa = x;
                note[k] += x * (sa + fa) * attack;
                sa *= a.slow;
                fa *= a.fast;
                aOn = sa + fa >= a.floor;
            }
            if (bOn) {
                double x = cb * pb - ppb;
                ppb = pb;
                pb = x;
                note[k] += x * (sb + fb) * attack;
                sb *= b.slow;
                fb *= b.fast;
                bOn = sb + fb >= b.floor;
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
