package io.immersic.audio;

/** Two channels of float samples at {@link #SAMPLE_RATE}, mixed into by voices and effects. */
public final class StereoBuffer {

    public static final int SAMPLE_RATE = 44_100;

    public final float[] left;
    public final float[] right;

    public StereoBuffer(int frames) {
        left = new float[frames];
        right = new float[frames];
    }

    public int frames() {
        return left.length;
    }

    /** Adds {@code other × gain} frame by frame, as far as both reach. */
    public void mix(StereoBuffer other, double gain) {
        int n = Math.min(frames(), other.frames());
        for (int i = 0; i < n; i++) {
            left[i] += (float) (other.left[i] * gain);
            right[i] += (float) (other.right[i] * gain);
        }
    }

    public void scale(double gain) {
        for (int i = 0; i < frames(); i++) {
            left[i] = (float) (left[i] * gain);
            right[i] = (float) (right[i] * gain);
        }
    }

    public double peak() {
        double peak = 0;
        for (int i = 0; i < frames(); i++) {
            peak = Math.max(peak, Math.max(Math.abs(left[i]), Math.abs(right[i])));
        }
        return peak;
    }

    /** The first {@code frames} frames as a new buffer. */
    public StereoBuffer truncate(int frames) {
        StereoBuffer out = new StereoBuffer(frames);
        System.arraycopy(left, 0, out.left, 0, Math.min(frames, frames()));
        System.arraycopy(right, 0, out.right, 0, Math.min(frames, frames()));
        return out;
    }

    public static int frames(double seconds) {
        return (int) Math.round(seconds * SAMPLE_RATE);
    }
}
