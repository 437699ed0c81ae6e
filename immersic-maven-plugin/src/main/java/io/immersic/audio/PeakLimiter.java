package io.immersic.audio;

/**
 * A look-ahead peak limiter that only computes its gain, a frame at a time: the caller applies the same gain to the
 * mix and to every stem, so the stems keep summing to the mix. The gain reaches each peak's reduction before the peak
 * arrives (the look-ahead is the attack, so nothing overshoots), and recovers with an exponential release.
 *
 * <p>It streams, a block at a time: each frame's gain needs the frames up to {@link #attack()} past it, the look-ahead
 * minimum is a monotonic queue over the next {@code attack + 1} frames and the attack's ramp a ring of the last
 * {@code attack + 1} released gains, so it holds a few kilobytes for any length, and computes exactly what the three
 * whole-track passes it replaced did.
 */
final class PeakLimiter {

    static final double ATTACK_SECONDS = 0.003;
    static final double RELEASE_SECONDS = 0.1;
    private static final int ATTACK = StereoBuffer.frames(ATTACK_SECONDS);
    private static final int WINDOW = ATTACK + 1;
    private static final double RECOVERY = 1 - StrictMath.exp(-1.0 / (RELEASE_SECONDS * StereoBuffer.SAMPLE_RATE));

    private final double ceiling;
    // The queue of frames ahead whose needed gain is a candidate for the minimum: values increasing from head.
    private final int[] queueFrame = new int[WINDOW + 1];
    private final double[] queueValue = new double[WINDOW + 1];
    private int head;
    private int size;
    private final double[] releasedRing = new double[WINDOW]; // the released gain of frame i sits at i % WINDOW
    private double released = 1;
    private double deficit; // the window's sum of (1 − gain): exactly 0 wherever nothing is limited
    private int looked;     // frames looked at
    private int given;      // frames whose gain was given

    /** A limiter that keeps every sample at or under {@code ceiling}. */
    PeakLimiter(double ceiling) {
        this.ceiling = ceiling;
    }

    /** How far ahead of a frame's gain the frames must be looked at. */
    static int attack() {
        return ATTACK;
    }

    /**
     * The gains of the next {@code count} frames, into {@code gains}. {@code block} holds those frames and, after them,
     * the next {@link #attack()} (fewer at the track's end: {@code available} frames in all). The state lives in locals
     * while the block is worked through: the recurrences are serial.
     */
    void gains(StereoBuffer block, int count, int available, float[] gains) {
        int first = given; // the frame at block index 0
        int looked = this.looked;
        int head = this.head;
        int size = this.size;
        double released = this.released;
        double deficit = this.deficit;
        int length = queueFrame.length;
        for (int n = 0; n < count; n++) {
            int i = first + n;
            for (int end = first + Math.min(available, n + ATTACK + 1); looked < end; looked++) {
                int j = looked - first;
                double value = needed(block.left[j], block.right[j]);
                while (size > 0 && queueValue[(head + size - 1) % length] >= value) {
                    size--;
                }
                int slot = (head + size) % length;
                queueFrame[slot] = looked;
                queueValue[slot] = value;
                size++;
            }
            while (queueFrame[head] < i) {
                head = (head + 1) % length;
                size--;
            }
            double held = queueValue[head]; // min(needed[i .. i + attack])
            // Release: rise back towards 1, but never above what is needed ahead.
            released = Math.min(held, released + (1 - released) * RECOVERY);
            // Smooth the attack into a ramp: the mean of the last attack + 1 values, each at most the gain frame i
            // needs, because every one of them looked ahead as far as frame i.
            int ring = i % WINDOW;
            deficit += 1 - released;
            if (i > ATTACK) {
                deficit -= 1 - releasedRing[ring]; // frame i − attack − 1's
            }
            releasedRing[ring] = released;
            gains[n] = deficit <= 0 ? 1f : (float) Math.min(needed(block.left[n], block.right[n]),
                    1 - deficit / WINDOW);
        }
        this.given = first + count;
        this.looked = looked;
        this.head = head;
        this.size = size;
        this.released = released;
        this.deficit = deficit;
    }

    private double needed(float left, float right) {
        double peak = Math.max(Math.abs(left), Math.abs(right));
        return peak > ceiling ? ceiling / peak : 1;
    }
}
