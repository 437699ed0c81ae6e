package io.immersic.audio;

/**
 * Two channels of float samples at {@link #SAMPLE_RATE}, mixed into by voices and effects: a block of a track as it is
 * rendered, or a short sound whole.
 */
public final class StereoBuffer implements Signal {

    public static final int SAMPLE_RATE = 44_100;

    public final float[] left;
    public final float[] right;

    public StereoBuffer(int frames) {
        left = new float[frames];
        right = new float[frames];
    }

    @Override
    public int frames() {
        return left.length;
    }

    @Override
    public void read(int from, int count, StereoBuffer into) {
        System.arraycopy(left, from, into.left, 0, count);
        System.arraycopy(right, from, into.right, 0, count);
    }

    /** Silences the first {@code count} frames. */
    void clear(int count) {
        java.util.Arrays.fill(left, 0, count, 0f);
        java.util.Arrays.fill(right, 0, count, 0f);
    }

    /** Scales the first {@code count} frames, each rounded to a float. */
    void scale(int count, double gain) {
        for (int i = 0; i < count; i++) {
            left[i] = (float) (left[i] * gain);
            right[i] = (float) (right[i] * gain);
        }
    }

    public static int frames(double seconds) {
        return (int) Math.round(seconds * SAMPLE_RATE);
    }
}
