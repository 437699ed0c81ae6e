package io.immersic.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * 16-bit little-endian stereo PCM in a file, as the SoundFont's renderer writes it, read a block at a time: the part
 * it played, silent past what the file holds. The file is deleted when closed.
 */
final class PcmFile implements Signal, PartSource {

    private final Path file;
    private final FileChannel channel;
    private final int frames;
    private ByteBuffer bytes = ByteBuffer.allocate(0);

    /** The first {@code frames} frames of {@code file} (which is read, and deleted on close). */
    PcmFile(Path file, int frames) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.frames = frames;
    }

    @Override
    public int frames() {
        return frames;
    }

    @Override
    public void read(int from, int count, StereoBuffer into) throws IOException {
        if (bytes.capacity() < 4 * count) {
            bytes = ByteBuffer.allocate(4 * count).order(ByteOrder.LITTLE_ENDIAN);
        }
        bytes.clear().limit(4 * count);
        long position = 4L * from;
        while (bytes.hasRemaining()) {
            int read = channel.read(bytes, position);
            if (read < 0) {
                break;
            }
            position += read;
        }
        int available = bytes.position() / 4;
        for (int i = 0; i < count; i++) {
            into.left[i] = i < available ? bytes.getShort(4 * i) / 32768f : 0f;
            into.right[i] = i < available ? bytes.getShort(4 * i + 2) / 32768f : 0f;
        }
    }

    /** The part the SoundFont played: the file, silent past its end. */
    @Override
    public void render(StereoBuffer block, int from, int count) throws IOException {
        read(from, count, block);
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
