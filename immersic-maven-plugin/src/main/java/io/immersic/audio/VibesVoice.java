package io.immersic.audio;

/**
 * A soft vibraphone-like lead: a sine bar with a short, bright partial at four times the fundamental (a struck bar's
 * second mode) for the mallet, a long decay, and the motor's gentle amplitude tremolo, which runs on the piece's clock
 * so every note pulses together. Placed a little right of centre, off the keys' middle.
 */
final class VibesVoice implements Voice {

    static final double PAN = 0.25;
    private static final double TREMOLO_HZ = 5.5;
    private static final double TREMOLO_DEPTH = 0.2;
    private static final double RELEASE_SECONDS = 0.25;

    private static final int RELEASE_FRAMES = StereoBuffer.frames(RELEASE_SECONDS * 8);
    private static final double RELEASE = StrictMath.exp(-1.0 / StereoBuffer.SAMPLE_RATE / RELEASE_SECONDS);
    private static final double TREMOLO_STEP = TREMOLO_HZ / StereoBuffer.SAMPLE_RATE;

    private final DryNoteCache cache = new DryNoteCache(VibesVoice::dry);

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
                    // The motor's tremolo is a function of the frame: every note pulses together.
                    double tremolo = 1 - TREMOLO_DEPTH * (0.5 + 0.5 * SineTable.sinCycles(frame * TREMOLO_STEP));
                    double level = dry[k] * gain * tremolo;
                    block.left[frame - blockStart] += (float) (level * (1 - PAN));
                    block.right[frame - blockStart] += (float) (level * (1 + PAN));
                }
                releaseGain = gain;
            }
        };
    }

    /** The struck bar, held: fundamental, the decaying 4× partial, the attack and the natural decay. */
    private static float[] dry(int pitch, int velocity, int frames) {
        double f = Voice.frequency(pitch);
        double v = velocity / 127.0;
        double dt = 1.0 / StereoBuffer.SAMPLE_RATE;
        double decay = StrictMath.exp(-dt / RhodesVoice.clamp(2.5 * StrictMath.pow(523.3 / f, 0.5), 0.8, 4.0));
        double partialDecay = StrictMath.exp(-dt / 0.06);
        int attackFrames = StereoBuffer.frames(0.002);
        double gain = 0.2 * (0.3 + 0.7 * v);
        double partial = f * 4 < 18_000 ? 0.35 * v : 0;
        double phase = 0;
        double partialPhase = 0;
        float[] out = new float[frames];
        for (int k = 0; k < frames && gain >= 3e-5; k++) {
            double sample = SineTable.sinWrapped(phase) + partial * SineTable.sinWrapped(partialPhase);
            out[k] = (float) ((k < attackFrames ? (double) k / attackFrames : 1) * gain * sample);
            gain *= decay;
            partial *= partialDecay;
            phase += f * dt;
            phase -= (int) phase;
            partialPhase += 4 * f * dt;
            partialPhase -= (int) partialPhase;
        }
        return out;
    }
}
