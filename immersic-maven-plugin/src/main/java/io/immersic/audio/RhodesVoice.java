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

    private final DryNoteCache cache = new DryNoteCache(RhodesVoice::dry);

    @Override
    public void render(int pitch, int velocity, int startFrame, int heldFrames, long noteIndex, StereoBuffer out) {
        int end = Math.min(out.frames(), startFrame + heldFrames + StereoBuffer.frames(RELEASE_SECONDS * 4));
        if (end <= startFrame) {
            return;
        }
        float[] dry = cache.get(pitch, velocity, end - startFrame);
        float[] pan = tremolo(out.frames());
        double release = StrictMath.exp(-1.0 / StereoBuffer.SAMPLE_RATE / RELEASE_SECONDS);
        double releaseGain = 1;
        for (int frame = startFrame; frame < end; frame++) {
            int k = frame - startFrame;
            if (k >= heldFrames) {
                releaseGain *= release;
            }
            double level = dry[k] * releaseGain;
            out.left[frame] += (float) (level * (1 - pan[frame]));
            out.right[frame] += (float) (level * (1 + pan[frame]));
        }
    }

    private float[] tremoloPan;

    /** The tremolo's pan position per frame: it runs on the piece's clock, so every note pans together. */
    private float[] tremolo(int frames) {
        if (tremoloPan == null || tremoloPan.length < frames) {
            tremoloPan = new float[frames];
            double step = TREMOLO_HZ / StereoBuffer.SAMPLE_RATE;
            double phase = 0;
            for (int i = 0; i < frames; i++) {
                tremoloPan[i] = (float) (TREMOLO_DEPTH * SineTable.sinWrapped(phase));
                phase += step;
                phase -= (int) phase;
            }
        }
        return tremoloPan;
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
