package io.immersic.audio;

import java.io.IOException;
import java.util.Arrays;

/**
 * The lo-fi chain over one part, in the order a cassette signal path would colour it: tape wow (a slowly swinging
 * delay), tape saturation (tanh, level-matched) and a low-pass (two one-pole stages). It runs a block at a time and
 * carries what it needs across blocks (the last few milliseconds of input for the wow to read back into, the filters'
 * state), so the output does not depend on where the blocks fall. The wow's delay depends only on the frame, so parts
 * coloured apart stay aligned. The vinyl's crackle and hiss are a texture of their own ({@link VinylNoise}).
 */
final class LofiColour implements PartSource {

    /** The wow's delay curve is exact every this many frames and interpolated between: it moves at under 2 Hz. */
    private static final int WOW_STEP = 64;

    private final PartSource part;
    private final boolean off;
    private final double depth; // the wow's deepest delay, in frames
    private final double drive;
    private final double makeUp;
    private final double a; // the low-pass's coefficient
    /** Frames the wow reads back: its deepest delay and the interpolation's next frame. */
    private final int history;
    /** The input the wow reads from: the last {@link #history} frames of the previous block, then this block's. */
    private float[] inLeft = new float[0];
    private float[] inRight = new float[0];
    private int grid = -1; // the wow's current step, and its delay curve there
    private double gridDelay;
    private double gridSlope;
    private double left1;
    private double left2;
    private double right1;
    private double right2;

    /** {@code part} coloured by {@code preset}, low-passed at {@code lowPassHz} (its own cutoff, at most the preset's). */
    LofiColour(PartSource part, LofiPreset preset, double lowPassHz) {
        this.part = part;
        this.off = preset == LofiPreset.OFF;
        this.depth = preset.wowMillis / 1000 * StereoBuffer.SAMPLE_RATE;
        this.drive = preset.drive;
        this.makeUp = off ? 1 : 1 / softClip(drive);
        this.a = 1 - StrictMath.exp(-2 * StrictMath.PI * lowPassHz / StereoBuffer.SAMPLE_RATE);
        this.history = (int) Math.ceil(depth) + 2;
    }

    @Override
    public void render(StereoBuffer block, int from, int count) throws IOException {
        part.render(block, from, count);
        if (!off) {
            wow(block, from, count);
            saturateAndLowPass(block, count);
        }
    }

    @Override
    public void close() throws IOException {
        part.close();
    }

    /** Reads each frame from a slowly swinging moment in the past (the frames before the track's start are silent). */
    private void wow(StereoBuffer block, int from, int count) {
        if (inLeft.length < history + count) {
            inLeft = Arrays.copyOf(inLeft, history + count);
            inRight = Arrays.copyOf(inRight, history + count);
        }
        System.arraycopy(block.left, 0, inLeft, history, count);
        System.arraycopy(block.right, 0, inRight, history, count);
        int origin = from - history; // the frame at index 0 of the input
        for (int j = 0; j < count; j++) {
            int i = from + j;
            int step = i - i % WOW_STEP;
            if (step != grid) {
                grid = step;
                gridDelay = wowDelay(step, depth);
                gridSlope = (wowDelay(step + WOW_STEP, depth) - gridDelay) / WOW_STEP;
            }
            double position = i - (gridDelay + gridSlope * (i - step));
            if (position < 0) {
                block.left[j] = 0;
                block.right[j] = 0;
                continue;
            }
            int k = (int) position;
            double fraction = position - k;
            int next = Math.min(i, k + 1) - origin;
            k -= origin;
            block.left[j] = (float) (inLeft[k] + (inLeft[next] - inLeft[k]) * fraction);
            block.right[j] = (float) (inRight[k] + (inRight[next] - inRight[k]) * fraction);
        }
        System.arraycopy(inLeft, count, inLeft, 0, history);
        System.arraycopy(inRight, count, inRight, 0, history);
    }

    /** Two slow, unrelated rates, as a worn capstan wobbles; a function of the frame alone, so stems stay aligned. */
    private static double wowDelay(int frame, double depth) {
        double slow = frame * (0.55 / StereoBuffer.SAMPLE_RATE);
        double fast = frame * (1.7 / StereoBuffer.SAMPLE_RATE);
        return depth * (1 + 0.7 * SineTable.sinCycles(slow) + 0.3 * SineTable.sinCycles(fast)) / 2;
    }

    /**
     * Tape-like soft clipping, scaled so that full scale stays full scale, then the low-pass (two one-pole stages).
     * One loop over both channels: the filters' recurrences are serial, and two independent ones run side by side.
     */
    private void saturateAndLowPass(StereoBuffer block, int count) {
        double l1 = left1;
        double l2 = left2;
        double r1 = right1;
        double r2 = right2;
        float[] left = block.left;
        float[] right = block.right;
        for (int i = 0; i < count; i++) {
            l1 += a * (softClip(left[i] * drive) * makeUp - l1);
            r1 += a * (softClip(right[i] * drive) * makeUp - r1);
            l2 += a * (l1 - l2);
            r2 += a * (r1 - r2);
            left[i] = (float) l2;
            right[i] = (float) r2;
        }
        left1 = l1;
        left2 = l2;
        right1 = r1;
        right2 = r2;
    }

    /** A Padé approximation of tanh (exact slope at 0, flat from ±3): smooth, and plain arithmetic. */
    static double softClip(double x) {
        if (x >= 3) {
            return 1;
        }
        if (x <= -3) {
            return -1;
        }
        double x2 = x * x;
        return x * (27 + x2) / (27 + 9 * x2);
    }
}
