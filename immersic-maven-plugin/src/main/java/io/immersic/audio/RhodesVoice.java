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

    @Override
    public void render(int pitch, int velocity, int startFrame, int heldFrames, long noteIndex, StereoBuffer out) {
        double f = Voice.frequency(pitch);
        double v = velocity / 127.0;
        double amplitude = 0.18 * (0.25 + 0.75 * v);
        double decaySeconds = clamp(2.8 * StrictMath.pow(261.6 / f, 0.5), 0.6, 6.0);
        double indexPeak = 0.6 + 2.6 * v * v;
        double bellRatio = 14.0;
        boolean bell = f * bellRatio < 18_000;
        double bellLevel = 0.12 * v;
        int releaseFrames = StereoBuffer.frames(RELEASE_SECONDS * 5);
        int end = Math.min(out.frames(), startFrame + heldFrames + releaseFrames);
        double dt = 1.0 / StereoBuffer.SAMPLE_RATE;
        double decay = StrictMath.exp(-dt / decaySeconds);
        double indexDecay = StrictMath.exp(-dt / 0.35);
        double bellDecay = StrictMath.exp(-dt / 0.09);
        double release = StrictMath.exp(-dt / RELEASE_SECONDS);
        int attackFrames = StereoBuffer.frames(0.002);
        double envelope = 1;
        double index = indexPeak;
        double bellEnvelope = 1;
        double releaseEnvelope = 1;
        for (int frame = startFrame; frame < end; frame++) {
            int k = frame - startFrame;
            double t = k * dt;
            double modulator = SineTable.sinCycles(f * t);
            double sample = SineTable.sinCycles(f * t + index * modulator / (2 * Math.PI));
            if (bell) {
                sample += bellLevel * bellEnvelope * SineTable.sinCycles(f * bellRatio * t);
            }
            double attack = k < attackFrames ? (double) k / attackFrames : 1;
            if (k >= heldFrames) {
                releaseEnvelope *= release;
            }
            double gain = amplitude * envelope * releaseEnvelope;
            if (gain < 1e-5) {
                break; // inaudible from here on (below -100 dBFS)
            }
            double level = gain * attack * sample;
            // The tremolo runs on the piece's clock, so every note pans together.
            double pan = TREMOLO_DEPTH * SineTable.sinCycles(TREMOLO_HZ * frame * dt);
            out.left[frame] += (float) (level * (1 - pan));
            out.right[frame] += (float) (level * (1 + pan));
            envelope *= decay;
            index *= indexDecay;
            bellEnvelope *= bellDecay;
        }
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
