package io.immersic.audio;

import java.io.Closeable;
import java.io.IOException;

/** A part's dry sound at its level, made a block at a time, the blocks in the track's order. */
interface PartSource extends Closeable {

    /** Fills the first {@code count} frames of {@code block} with the part's frames {@code from} to {@code from + count}. */
    void render(StereoBuffer block, int from, int count) throws IOException;

    /** Releases what the part reads from (a file); most hold nothing. */
    @Override
    default void close() throws IOException {}
}
