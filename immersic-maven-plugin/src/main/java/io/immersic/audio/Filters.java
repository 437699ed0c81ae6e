package io.immersic.audio;

/** In-place one-pole filters on a mono signal: gentle 6 dB/octave slopes, plain arithmetic, the same on every JVM. */
final class Filters {

    private Filters() {}

    static void lowPass(float[] x, double cutoffHz) {
        double a = 1 - StrictMath.exp(-2 * StrictMath.PI * cutoffHz / StereoBuffer.SAMPLE_RATE);
        double state = 0;
        for (int i = 0; i < x.length; i++) {
            state += a * (x[i] - state);
            x[i] = (float) state;
        }
    }

    /** The input minus its low-passed self. */
    static void highPass(float[] x, double cutoffHz) {
        double a = 1 - StrictMath.exp(-2 * StrictMath.PI * cutoffHz / StereoBuffer.SAMPLE_RATE);
        double state = 0;
        for (int i = 0; i < x.length; i++) {
            state += a * (x[i] - state);
            x[i] = (float) (x[i] - state);
        }
    }
}
