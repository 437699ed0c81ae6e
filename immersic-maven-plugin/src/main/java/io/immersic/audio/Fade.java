package io.immersic.audio;

import java.io.IOException;

/**
 * A raised-cosine fade over the last {@value #SECONDS} s of a track (a quarter of a very short one), down to a floor
 * (0 = silence): the gain is a function of the frame, so it is applied a block at a time, around any part.
 */
final class Fade implements PartSource {

    static final double SECONDS = 2.0;

    private final PartSource part;
    private final int start;
    private final int length;
    private final double floor;

    /** {@code part}, {@code frames} long, faded to {@code floor}. */
    Fade(PartSource part, int frames, double floor) {
        this.part = part;
        this.length = Math.min(frames / 4, StereoBuffer.frames(SECONDS));
        this.start = frames - length;
        this.floor = floor;
    }

    @Override
    public void render(StereoBuffer block, int from, int count) throws IOException {
        part.render(block, from, count);
        for (int i = Math.max(from, start); i < from + count; i++) {
            // A raised-cosine fade: no corner at either end.
            double cosine = 0.5 * (1 + SineTable.sinCycles(0.25 + 0.5 * (i - start) / (double) length));
            double gain = floor + (1 - floor) * cosine;
            block.left[i - from] = (float) (block.left[i - from] * gain);
            block.right[i - from] = (float) (block.right[i - from] * gain);
        }
    }

    @Override
    public void close() throws IOException {
        part.close();
    }
}
