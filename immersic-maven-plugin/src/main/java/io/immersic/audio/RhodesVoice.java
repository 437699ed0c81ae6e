package io.immersic.audio;

/**
 * An FM "tine" electric piano. A sine carrier is phase-modulated by a sine at the same frequency (the tine's warm
 * body) whose index decays after the strike and grows with velocity (harder = brighter, more bark); a quickly fading
 * partial near 14× the fundamental gives the bell attack; a slow stereo tremolo pans the sound as the amp's
 * vibrato did. The release is long and soft, like a held sustain pedal, so chords ring into each other.
 */
final class RhodesVoice implements Voice {

    private static final double TREMOLO_HZ = 4.2;
    private static final double TREMOLO_DEPTH = 0.35;
    private static final double RELEASE_SECONDS = 0.45;

    private static final int RELEASE_FRAMES = StereoBuffer.frames(RELEASE_SECONDS * 4);
    private static final double RELEASE = StrictMath.exp(-1.0 / StereoBuffer.SAMPLE_RATE / RELEASE_SECONDS);
    private static final double TREMOLO_STEP = TREMOLO_HZ / StereoBuffer.SAMPLE_RATE;

    private final DryNoteCache cache = new DryNoteCache(RhodesVoice::dry);
    /** The tremolo's pan position for each frame of the current block; every note pans with it. */
    private float[] pan = new float[0];
    /** The tremolo's phase at the current block's end: it runs on the piece's clock, from frame 0. */
    private double tremoloPhase;

    @Override
    public void beforeBlock(int from, int count) {
        if (pan.length < count) {
            pan = new float[count];
        }
        for (int i = 0; i < count; i++) {
            pan[i] = (float) (TREMOLO_DEPTH * SineTable.sinWrapped(tremoloPhase));
            tremoloPhase += TREMOLO_STEP;
            tremoloPhase -= (int) tremoloPhase;
        }
    }

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
                    double level = dry[k] * gain;
                    int b = frame - blockStart;
                    block.left[b] += (float) (level * (1 - pan[b]));
                    block.right[b] += (float) (level * (1 + pan[b]));
                }
                releaseGain = gain;
            }
        };
    }

    /** The struck tine, held: FM body with a decaying index, the bell partial, the attack and the natural decay. */
    private static float[] dry(int pitch, int velocity, int frames) {
        double f = Voice.frequency(pitch);
        double v = velocity / 127.0;
        double amplitude = 0.18 * (0.25 + 0.75 * v);
        double decaySeconds = clamp(2.8 * StrictMath.pow(261.6 / f, 0.5), 0.6, 6.0);
        double bellRatio = 14.0;
        double dt = 1.0 / StereoBuffer.SAMPLE_RATE;
        double decay = StrictMath.exp(-dt / decaySeconds);
        double indexDecay = StrictMath.exp(-dt / 0.35);
        double bellDecay = StrictMath.exp(-dt / 0.09);
        double phaseStep = f * dt;
        double bellStep = f * bellRatio * dt;
        int attackFrames = StereoBuffer.frames(0.002);
        double gain = amplitude;
        double index = (0.6 + 2.6 * v * v) / (2 * Math.PI); // peak modulation index, in cycles
        double bell = f * bellRatio < 18_000 ? 0.12 * v : 0;
        double phase = 0;
        double bellPhase = 0;
        float[] out = new float[frames];
        for (int k = 0; k < frames && gain >= 3e-5; k++) { // below -90 dBFS nothing is heard
            double modulator = SineTable.sinWrapped(phase);
            double sample = SineTable.sinCycles(phase + index * modulator);
            if (bell > 1e-4) {
                sample += bell * SineTable.sinWrapped(bellPhase);
                bell *= bellDecay;
            }
            out[k] = (float) ((k < attackFrames ? (double) k / attackFrames : 1) * gain * sample);
            gain *= decay;
            index *= indexDecay;
            phase += phaseStep;
            phase -= (int) phase;
            bellPhase += bellStep;
            bellPhase -= (int) bellPhase;
        }
        return out;
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
