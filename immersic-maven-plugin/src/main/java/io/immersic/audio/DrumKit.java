package io.immersic.audio;

import java.util.SplittableRandom;

/**
 * Synthesized lo-fi drum sounds, each made once as a stereo sample: the piece placed where it stands in the kit (hats
 * right, ride and crash left, kick and snare in the middle, as seen from the desk) plus a touch of room (a few early
 * reflections, at other delays on the left than on the right). The noise comes from fixed seeds, so the kit is the
 * same in every build.
 */
final class DrumKit {

    enum Sound { KICK, SNARE, SIDE_STICK, CLOSED_HAT, OPEN_HAT, CRASH, RIDE }

    /** A sound's two channels. */
    record Sample(float[] left, float[] right) {}

    /** Half a millisecond of fade-in on every sound: no click when a hit starts on a loop's first sample. */
    private static final int DECLICK_FRAMES = 22;
    /** Early reflections of a small room: delay (ms) and level, left and right apart so the room is wide. */
    private static final double[] LEFT_MS = {7.3, 17.9, 29.3};
    private static final double[] RIGHT_MS = {11.1, 23.7, 34.1};
    private static final double[] REFLECTION = {0.5, 0.35, 0.22};

    private final Sample[] samples = new Sample[Sound.values().length];

    DrumKit() {
        // The kick carries most of the kit's energy: its room (reflections apart left and right) is what keeps the
        // drum stem's channels from moving as one (left/right correlation under 0.98 in the band's tracks).
        place(Sound.KICK, kick(), 0, 0.3);
        place(Sound.SNARE, snare(), -0.1, 0.5);
        place(Sound.SIDE_STICK, sideStick(), -0.1, 0.4);
        place(Sound.CLOSED_HAT, hat(0.025, 0x4a7), 0.5, 0.25);
        place(Sound.OPEN_HAT, hat(0.3, 0x4a8), 0.5, 0.3);
        place(Sound.CRASH, crash(), -0.5, 0.35);
        place(Sound.RIDE, ride(), -0.45, 0.3);
    }

    Sample sample(Sound sound) {
        return samples[sound.ordinal()];
    }

    /** The sound for a General MIDI drum key: the kit's own pieces, else the nearest kind (toms, claps, shakers). */
    static Sound forKey(int key) {
        return switch (key) {
            case 35, 36, 41, 43 -> Sound.KICK;             // bass drums; floor toms thump like a kick here
            case 37 -> Sound.SIDE_STICK;
            case 38, 39, 40, 45, 47, 48, 50 -> Sound.SNARE; // snares, clap, mid and high toms
            case 46 -> Sound.OPEN_HAT;
            case 49, 52, 55, 57 -> Sound.CRASH;            // crashes, china, splash
            case 51, 53, 59 -> Sound.RIDE;                 // rides and the ride bell
            default -> key < 35 ? Sound.KICK : Sound.CLOSED_HAT; // 42, 44 and the small percussion
        };
    }

    /** Velocity to gain, with the pedal hat (44) a little softer than a stick on the closed hat. */
    static double gain(int key, int velocity) {
        return velocity / 127.0 * (key == 44 ? 0.6 : 1);
    }

    /** A hit at {@code frame} with {@code gain}: the sound's sample, cut at the track's end; null past the end. */
    Strike hit(Sound sound, int frame, double gain, int trackFrames) {
        Sample sample = sample(sound);
        int end = frame + Math.min(sample.left.length, trackFrames - frame);
        if (end <= frame) {
            return null;
        }
        return new Strike(frame, end) {
            @Override
            void addTo(StereoBuffer block, int blockStart, int from, int to) {
                for (int i = from; i < to; i++) {
                    block.left[i - blockStart] += (float) (sample.left[i - start] * gain);
                    block.right[i - blockStart] += (float) (sample.right[i - start] * gain);
                }
            }
        };
    }

    /** Pans the mono sound (−1 left … 1 right) and adds its room, built from a duller copy (walls absorb the top). */
    private void place(Sound sound, float[] mono, double pan, double room) {
        for (int k = 0; k < Math.min(DECLICK_FRAMES, mono.length); k++) {
            mono[k] *= (float) k / DECLICK_FRAMES;
        }
        // Samples stop before a ring has fully died away (the kit plays them thousands of times): fade the last fifth.
        int fade = mono.length / 5;
        for (int k = 0; k < fade; k++) {
            mono[mono.length - 1 - k] *= (float) k / fade;
        }
        int tail = StereoBuffer.frames(RIGHT_MS[RIGHT_MS.length - 1] / 1000) + 1;
        float[] left = new float[mono.length + tail];
        float[] right = new float[mono.length + tail];
        float[] dull = mono.clone();
        Filters.lowPass(dull, 5_000);
        for (int k = 0; k < mono.length; k++) {
            left[k] += (float) (mono[k] * (1 - pan));
            right[k] += (float) (mono[k] * (1 + pan));
        }
        for (int r = 0; r < REFLECTION.length; r++) {
            reflect(dull, left, StereoBuffer.frames(LEFT_MS[r] / 1000), room * REFLECTION[r]);
            reflect(dull, right, StereoBuffer.frames(RIGHT_MS[r] / 1000), room * REFLECTION[r]);
        }
        samples[sound.ordinal()] = new Sample(left, right);
    }

    private static void reflect(float[] source, float[] into, int delay, double level) {
        for (int k = 0; k < source.length; k++) {
            into[k + delay] += (float) (source[k] * level);
        }
    }

    /** A sine sweeping down from 140 to 50 Hz with a click. */
    private static float[] kick() {
        float[] out = new float[StereoBuffer.frames(0.4)];
        double phase = 0;
        for (int k = 0; k < out.length; k++) {
            double t = (double) k / StereoBuffer.SAMPLE_RATE;
            double frequency = 50 + 90 * StrictMath.exp(-t / 0.035);
            phase += frequency / StereoBuffer.SAMPLE_RATE;
            double body = SineTable.sinCycles(phase) * StrictMath.exp(-t / 0.16);
            double click = k < 90 ? (1 - k / 90.0) * 0.3 : 0;
            out[k] = (float) (0.9 * body + click);
        }
        return out;
    }

    /** A 185 Hz body with its 330 Hz overtone under the snare wires: noise high-passed at 1.2 kHz, so it cracks. */
    private static float[] snare() {
        float[] out = new float[StereoBuffer.frames(0.3)];
        float[] wires = noise(out.length, 0x5a4e);
        Filters.highPass(wires, 1_200);
        Filters.lowPass(wires, 9_000);
        for (int k = 0; k < out.length; k++) {
            double t = (double) k / StereoBuffer.SAMPLE_RATE;
            double body = (SineTable.sinCycles(185 * t) + 0.4 * SineTable.sinCycles(330 * t)) * StrictMath.exp(-t / 0.045);
            out[k] = (float) (0.6 * wires[k] * StrictMath.exp(-t / 0.075) + 0.45 * body);
        }
        return out;
    }

    /** A stick across the rim: a woody knock and a short, bright click. */
    private static float[] sideStick() {
        float[] out = new float[StereoBuffer.frames(0.08)];
        float[] click = noise(out.length, 0x51d);
        Filters.highPass(click, 2_000);
        for (int k = 0; k < out.length; k++) {
            double t = (double) k / StereoBuffer.SAMPLE_RATE;
            double knock = (SineTable.sinCycles(480 * t) + 0.6 * SineTable.sinCycles(1_650 * t)) * StrictMath.exp(-t / 0.012);
            out[k] = (float) (0.35 * knock + 0.5 * click[k] * StrictMath.exp(-t / 0.006));
        }
        return out;
    }

    /** A hi-hat of the given decay: noise and six detuned square waves (the classic metallic cluster) above 6 kHz. */
    private static float[] hat(double decaySeconds, long seed) {
        float[] out = new float[StereoBuffer.frames(Math.min(0.8, decaySeconds * 5))];
        float[] sizzle = metal(noise(out.length, seed), 0.5);
        Filters.highPass(sizzle, 6_000);
        Filters.highPass(sizzle, 6_000);
        for (int k = 0; k < out.length; k++) {
            double t = (double) k / StereoBuffer.SAMPLE_RATE;
            out[k] = (float) (1.6 * sizzle[k] * StrictMath.exp(-t / decaySeconds));
        }
        return out;
    }

    /** A washy crash: bright noise and metal, a soft 4 ms swell, ringing for over a second. */
    private static float[] crash() {
        float[] out = new float[StereoBuffer.frames(1.8)];
        float[] wash = metal(noise(out.length, 0xc4a5), 0.7);
        Filters.highPass(wash, 3_000);
        Filters.lowPass(wash, 11_000);
        for (int k = 0; k < out.length; k++) {
            double t = (double) k / StereoBuffer.SAMPLE_RATE;
            double swell = Math.min(1, t / 0.004);
            out[k] = (float) (1.2 * wash[k] * swell * StrictMath.exp(-t / 0.45));
        }
        return out;
    }

    /** A ride: a bell-like ping of inharmonic partials over a quiet, long wash. */
    private static float[] ride() {
        float[] out = new float[StereoBuffer.frames(1.0)];
        float[] wash = noise(out.length, 0x41de);
        Filters.highPass(wash, 4_000);
        Filters.highPass(wash, 4_000);
        double[] partials = {3_150, 4_420, 5_870, 7_330};
        for (int k = 0; k < out.length; k++) {
            double t = (double) k / StereoBuffer.SAMPLE_RATE;
            double ping = 0;
            for (int p = 0; p < partials.length; p++) {
                ping += SineTable.sinCycles(partials[p] * t) / (p + 1);
            }
            out[k] = (float) (0.15 * ping * StrictMath.exp(-t / 0.3) + 0.6 * wash[k] * StrictMath.exp(-t / 0.3));
        }
        return out;
    }

    private static float[] noise(int frames, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] out = new float[frames];
        for (int k = 0; k < frames; k++) {
            out[k] = (float) (random.nextDouble() * 2 - 1);
        }
        return out;
    }

    /** Adds six square waves at the 808's hat ratios, scaled up into the cymbal range, to the noise. */
    private static float[] metal(float[] noise, double share) {
        double[] hz = {205.3, 304.4, 369.6, 522.7, 540.0, 800.0};
        double[] phase = new double[hz.length];
        for (int k = 0; k < noise.length; k++) {
            double square = 0;
            for (int p = 0; p < hz.length; p++) {
                phase[p] += hz[p] * 4 / StereoBuffer.SAMPLE_RATE;
                phase[p] -= (int) phase[p];
                square += phase[p] < 0.5 ? 1 : -1;
            }
            noise[k] = (float) ((1 - share) * noise[k] + share * square / hz.length);
        }
        return noise;
    }
}
