package io.immersic.audio;

/**
 * A fingered electric bass: a sine fundamental with a little second and third harmonic that fade faster than it (the
 * pluck's brightness), a 4 ms attack, a decay that is longer for lower strings, a quick damp when the finger lifts,
 * and two one-pole low-passes at 300 Hz, so it is round and sits under the keys. Mono, in the centre, as basses are
 * mixed.
 */
final class BassVoice implements Voice {

    static final double LOW_PASS_HZ = 300;
    private static final double RELEASE_SECONDS = 0.06;

    private static final int RELEASE_FRAMES = StereoBuffer.frames(RELEASE_SECONDS * 8);
    private static final double RELEASE = StrictMath.exp(-1.0 / StereoBuffer.SAMPLE_RATE / RELEASE_SECONDS);

    private final DryNoteCache cache = new DryNoteCache(BassVoice::dry);

    @Override
    public Strike strike(int pitch, int velocity, int startFrame, int heldFrames, long noteIndex, int trackFrames) {
        int end = Math.min(trackFrames, startFrame + heldFrames + RELEASE_FRAMES);
        if (end <= startFrame) {
            return null;
        }
        float[] dry = cache.get(pitch, velocity, end - startFrame);
        return new Strike(startFrame, end) {
            private double releaseGain = 1;

            @Override
            void addTo(StereoBuffer block, int blockStart, int from, int to) {
                double gain = releaseGain; // a local: the recurrence stays in a register
                for (int frame = from; frame < to; frame++) {
                    int k = frame - start;
                    if (k >= heldFrames) {
                        gain *= RELEASE;
                    }
                    float level = (float) (dry[k] * gain);
                    block.left[frame - blockStart] += level;
                    block.right[frame - blockStart] += level;
                }
                releaseGain = gain;
            }
        };
    }

    /** The plucked string, held and low-passed. */
    private static float[] dry(int pitch, int velocity, int frames) {
        double f = Voice.frequency(pitch);
        double v = velocity / 127.0;
        double dt = 1.0 / StereoBuffer.SAMPLE_RATE;
        double decay = StrictMath.exp(-dt / RhodesVoice.clamp(2.2 * StrictMath.pow(55.0 / f, 0.5), 0.6, 3.0));
        double pluckDecay = StrictMath.exp(-dt / 0.18);
        int attackFrames = StereoBuffer.frames(0.004);
        double gain = 0.45 * (0.3 + 0.7 * v);
        double pluck = 0.5 + 0.5 * v; // harder plucks are brighter
        double phase = 0;
        float[] out = new float[frames];
        for (int k = 0; k < frames && gain >= 3e-5; k++) {
            double sample = SineTable.sinWrapped(phase)
                    + pluck * (0.3 * SineTable.sinCycles(2 * phase) + 0.12 * SineTable.sinCycles(3 * phase));
            out[k] = (float) ((k < attackFrames ? (double) k / attackFrames : 1) * gain * sample);
            gain *= decay;
            pluck *= pluckDecay;
            phase += f * dt;
            phase -= (int) phase;
        }
        Filters.lowPass(out, LOW_PASS_HZ);
        Filters.lowPass(out, LOW_PASS_HZ);
        return out;
    }
}
