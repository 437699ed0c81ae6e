package io.immersic.audio;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A stereo track of floats in a scratch file: how a render keeps a track of any length with only a block of it on
 * the heap. Written and read a block at a time anywhere in the track (a loop's tail is mixed back into its start);
 * frames never written read as silence. The file is deleted when the tape is closed.
 */
final class Tape implements Signal, Closeable {

    private static final int BYTES_PER_FRAME = 8;

    private final FileChannel channel;
    private final int frames;
    /** The block in transit, interleaved (left, right): a bulk copy to and from {@link #bytes}. */
    private float[] interleaved = new float[0];
    private ByteBuffer bytes = ByteBuffer.allocateDirect(0);

    /** A new, empty tape of {@code frames} frames in {@code file}, which must not exist. */
    Tape(Path file, int frames) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        this.frames = frames;
    }

    @Override
    public int frames() {
        return frames;
    }

    /** Writes the first {@code count} frames of {@code block} at frame {@code from}. */
    void write(int from, StereoBuffer block, int count) throws IOException {
        ByteBuffer buffer = transit(count);
        for (int i = 0; i < count; i++) {
            interleaved[2 * i] = block.left[i];
            interleaved[2 * i + 1] = block.right[i];
        }
        buffer.asFloatBuffer().put(interleaved, 0, 2 * count);
        long position = (long) from * BYTES_PER_FRAME;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    @Override
    public void read(int from, int count, StereoBuffer into) throws IOException {
        ByteBuffer buffer = transit(count);
        long position = (long) from * BYTES_PER_FRAME;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                break; // past what was written: silence
            }
            position += read;
        }
        int floats = buffer.position() / Float.BYTES;
        buffer.flip();
        buffer.asFloatBuffer().get(interleaved, 0, floats);
        Arrays.fill(interleaved, floats, 2 * count, 0f);
        for (int i = 0; i < count; i++) {
            into.left[i] = interleaved[2 * i];
            into.right[i] = interleaved[2 * i + 1];
        }
    }

    /** The transfer buffer, cleared for {@code count} frames (grown, once, to the largest block). */
    private ByteBuffer transit(int count) {
        if (bytes.capacity() < count * BYTES_PER_FRAME) {
            bytes = ByteBuffer.allocateDirect(count * BYTES_PER_FRAME).order(ByteOrder.nativeOrder());
            interleaved = new float[2 * count];
        }
        bytes.clear().limit(count * BYTES_PER_FRAME);
        return bytes;
    }

    /** Closes and deletes the file. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
