package io.immersic.audio;

import java.io.IOException;
import java.io.OutputStream;
import net.sourceforge.javaflacencoder.FLACEncoder;
import net.sourceforge.javaflacencoder.FLACStreamOutputStream;
import net.sourceforge.javaflacencoder.StreamConfiguration;

/**
 * Lossless FLAC of the same 16-bit samples as the WAV, streamed: the encoder is given the track a block at a time and
 * encodes each of its 4096-frame blocks as soon as it is full, so it never holds more than a few of them.
 */
public final class FlacWriter {

    private static final int BLOCK_SIZE = 4096;
    /** Frames read from the signal at a time: whole encoder blocks. */
    private static final int CHUNK_FRAMES = 4 * BLOCK_SIZE;

    private FlacWriter() {}

    /** Encodes {@code signal} into {@code out} (which stays open). */
    public static void write(Signal signal, OutputStream out) throws IOException {
        FLACEncoder encoder = new FLACEncoder();
        encoder.setStreamConfiguration(new StreamConfiguration(2, BLOCK_SIZE, BLOCK_SIZE, StereoBuffer.SAMPLE_RATE,
                16));
        encoder.setOutputStream(new FLACStreamOutputStream(out)); // writes through, never seeks back
        encoder.openFLACStream();
        StereoBuffer block = new StereoBuffer(Math.min(signal.frames(), CHUNK_FRAMES));
        int[] samples = new int[2 * block.frames()];
        for (int from = 0; from < signal.frames(); from += CHUNK_FRAMES) {
            int count = Math.min(CHUNK_FRAMES, signal.frames() - from);
            signal.read(from, count, block);
            for (int i = 0; i < count; i++) {
                samples[2 * i] = WavWriter.toShort(block.left[i]);
                samples[2 * i + 1] = WavWriter.toShort(block.right[i]);
            }
            encoder.addSamples(samples, count); // copied into the encoder's blocks
            encoder.encodeSamples(encoder.fullBlockSamplesAvailableToEncode(), false);
        }
        encoder.encodeSamples(encoder.samplesAvailableToEncode(), true);
    }
}
