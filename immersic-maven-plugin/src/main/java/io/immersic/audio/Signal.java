package io.immersic.audio;

import java.io.IOException;
import java.util.Arrays;

/**
 * A stereo track read a block at a time: what the WAV and FLAC writers encode. A rendered track can be longer than
 * the heap (hours of it), so it lives in scratch files ({@link Tape}) and is read, never held, whole.
 */
public interface Signal {

    int frames();

    /** Fills the first {@code count} frames of {@code into} with frames {@code from} to {@code from + count}. */
    void read(int from, int count, StereoBuffer into) throws IOException;

    /** {@code frames} frames of silence: the stem of a part that does not play. */
    static Signal silence(int frames) {
        return new Signal() {
            @Override
            public int frames() {
                return frames;
            }

            @Override
            public void read(int from, int count, StereoBuffer into) {
                Arrays.fill(into.left, 0, count, 0f);
                Arrays.fill(into.right, 0, count, 0f);
            }
        };
    }
}
