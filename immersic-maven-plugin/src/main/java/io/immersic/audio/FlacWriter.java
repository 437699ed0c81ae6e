package io.immersic.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.sourceforge.javaflacencoder.FLACEncoder;
import net.sourceforge.javaflacencoder.FLACStreamOutputStream;
import net.sourceforge.javaflacencoder.StreamConfiguration;

/** Lossless FLAC of the same 16-bit samples as the WAV. */
public final class FlacWriter {

    private static final int BLOCK_SIZE = 4096;

    private FlacWriter() {}

    public static byte[] write(short[] interleaved) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            FLACStreamOutputStream out = new FLACStreamOutputStream(bytes);
            FLACEncoder encoder = new FLACEncoder();
            encoder.setStreamConfiguration(new StreamConfiguration(2, BLOCK_SIZE, BLOCK_SIZE,
                    StereoBuffer.SAMPLE_RATE, 16));
            encoder.setOutputStream(out);
            encoder.openFLACStream();
            int[] samples = new int[interleaved.length];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = interleaved[i];
            }
            encoder.addSamples(samples, samples.length / 2);
            encoder.encodeSamples(samples.length / 2, true);
            out.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
