package io.immersic.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * 16-bit stereo PCM WAV at 44.1 kHz, written by hand so the bytes depend only on the samples. With a loop, a
 * {@code smpl} chunk holds one forward loop over the whole file: the loop point Godot, FMOD, Wwise and most samplers
 * read from a WAV. {@link WavMetadata} adds cue points and ACID tempo info for DAWs.
 */
public final class WavWriter {

    /**
     * The most frames a WAV holds: its sizes are 32-bit, and this writer keeps them under 2 GiB (many readers take
     * them as signed), with a megabyte to spare for the header and metadata (a cue point for each of 10,000 bars takes
     * 240 kB): 3 h 22 min at 44.1 kHz.
     */
    public static final int MAX_FRAMES = (Integer.MAX_VALUE - (1 << 20)) / 4;

    private static final WavMetadata LOOP_ONLY = new WavMetadata(true, List.of(), null);

    private WavWriter() {}

    /** Rounds to 16 bits; the renderer has already kept every sample below full scale. */
    public static short[] toPcm(StereoBuffer buffer) {
        short[] pcm = new short[buffer.frames() * 2];
        for (int i = 0; i < buffer.frames(); i++) {
            pcm[2 * i] = toShort(buffer.left[i]);
            pcm[2 * i + 1] = toShort(buffer.right[i]);
        }
        return pcm;
    }

    static short toShort(float sample) {
        long value = Math.round(sample * 32767.0);
        return (short) Math.max(-32767, Math.min(32767, value));
    }

    /** Writes the samples, with one forward loop over the whole file or none: {@code NONE} or a loop-only metadata. */
    public static byte[] write(short[] interleaved, boolean loop) {
        return write(interleaved, loop ? LOOP_ONLY : WavMetadata.NONE);
    }

    /**
     * Writes the samples and what {@code metadata} says about them. After {@code fmt } and {@code data} come, each
     * only when there is something to say: {@code smpl} (the loop), {@code cue } (the cue points), {@code LIST}
     * {@code adtl} (their labels) and {@code acid} (tempo, beats, metre, key).
     *
     * @param interleaved 16-bit samples, left then right
     * @throws IllegalArgumentException when a cue point lies past the end of the samples
     */
    public static byte[] write(short[] interleaved, WavMetadata metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + interleaved.length * 2);
        try {
            write(interleaved.length / 2, (from, to, bytes) -> {
                for (int i = 2 * from, b = 0; i < 2 * to; i++, b += 2) {
                    bytes[b] = (byte) interleaved[i];
                    bytes[b + 1] = (byte) (interleaved[i] >> 8);
                }
            }, metadata, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream throws none
        }
        return out.toByteArray();
    }

    /**
     * Streams the WAV of {@code signal}, rounded to 16 bits as {@link #toPcm} rounds it, into {@code out}, a block at a
     * time: the same bytes as {@code write(toPcm(buffer), metadata)} without holding the track in floats, PCM or bytes.
     */
    public static void write(Signal signal, WavMetadata metadata, OutputStream out) throws IOException {
        StereoBuffer block = new StereoBuffer(Math.min(signal.frames(), BLOCK_FRAMES));
        write(signal.frames(), (from, to, bytes) -> {
            signal.read(from, to - from, block);
            for (int i = 0, b = 0; i < to - from; i++, b += 4) {
                short left = toShort(block.left[i]);
                short right = toShort(block.right[i]);
                bytes[b] = (byte) left;
                bytes[b + 1] = (byte) (left >> 8);
                bytes[b + 2] = (byte) right;
                bytes[b + 3] = (byte) (right >> 8);
            }
        }, metadata, out);
    }

    /** Fills {@code bytes} with frames {@code from} (inclusive) to {@code to}, 16-bit little-endian, left first. */
    private interface Frames {
        void encode(int from, int to, byte[] bytes) throws IOException;
    }

    private static final int BLOCK_FRAMES = 16_384;

    private static void write(int frames, Frames source, WavMetadata metadata, OutputStream stream)
            throws IOException {
        List<Chunk> after = new ArrayList<>();
        if (metadata.loop()) {
            after.add(new Chunk("smpl", smpl(frames)));
        }
        if (!metadata.cues().isEmpty()) {
            for (WavMetadata.CuePoint cue : metadata.cues()) {
                if (cue.sampleFrame() > frames) {
                    throw new IllegalArgumentException("cue " + cue.id() + " at frame " + cue.sampleFrame()
                            + " lies past the end of the " + frames + " frames written");
                }
            }
            after.add(new Chunk("cue ", WavMetadataChunks.cue(metadata.cues())));
        }
        if (WavMetadataChunks.hasLabels(metadata.cues())) {
            after.add(new Chunk("LIST", WavMetadataChunks.labels(metadata.cues())));
        }
        if (metadata.acid() != null) {
            after.add(new Chunk("acid", WavMetadataChunks.acid(metadata.acid())));
        }
        long dataBytes = frames * 4L;
        long riffSize = 4 + (8 + 16) + (8L + dataBytes);
        for (Chunk chunk : after) {
            riffSize += 8 + chunk.paddedSize();
        }
        if (riffSize > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(frames + " frames make a WAV over 2 GiB");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(44);
        ascii(out, "RIFF");
        int32(out, (int) riffSize);
        ascii(out, "WAVE");
        ascii(out, "fmt ");
        int32(out, 16);
        int16(out, 1);                                   // PCM
        int16(out, 2);                                   // channels
        int32(out, StereoBuffer.SAMPLE_RATE);
        int32(out, StereoBuffer.SAMPLE_RATE * 4);        // bytes per second
        int16(out, 4);                                   // block align
        int16(out, 16);                                  // bits per sample
        ascii(out, "data");
        int32(out, (int) dataBytes);
        out.writeTo(stream);
        byte[] block = new byte[4 * Math.min(frames, BLOCK_FRAMES)];
        for (int from = 0; from < frames; from += BLOCK_FRAMES) {
            int to = Math.min(frames, from + BLOCK_FRAMES);
            source.encode(from, to, block);
            stream.write(block, 0, 4 * (to - from));
        }
        out.reset();
        for (Chunk chunk : after) {
            ascii(out, chunk.id());
            int32(out, chunk.body().length);             // the size leaves out the pad byte; readers skip it
            out.writeBytes(chunk.body());
            if ((chunk.body().length & 1) == 1) {
                out.write(0);
            }
        }
        out.writeTo(stream);
    }

    private record Chunk(String id, byte[] body) {
        int paddedSize() {
            return body.length + (body.length & 1);
        }
    }

    /** One forward loop from the first frame to the last, inclusive, as the {@code smpl} spec counts its end. */
    private static byte[] smpl(int frames) {
        ByteBuffer body = ByteBuffer.allocate(36 + 24).order(ByteOrder.LITTLE_ENDIAN);
        body.putInt(0);                                  // manufacturer
        body.putInt(0);                                  // product
        body.putInt(1_000_000_000 / StereoBuffer.SAMPLE_RATE); // sample period, ns
        body.putInt(60);                                 // MIDI unity note
        body.putInt(0);                                  // pitch fraction
        body.putInt(0);                                  // SMPTE format
        body.putInt(0);                                  // SMPTE offset
        body.putInt(1);                                  // one loop
        body.putInt(0);                                  // no sampler data
        body.putInt(0);                                  // cue point id
        body.putInt(0);                                  // type: forward
        body.putInt(0);                                  // start: first frame
        body.putInt(frames - 1);                         // end: last frame (inclusive)
        body.putInt(0);                                  // fraction
        body.putInt(0);                                  // play count: forever
        return body.array();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        for (char c : text.toCharArray()) {
            out.write(c);
        }
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >> 8);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >> 8);
        out.write(value >> 16);
        out.write(value >> 24);
    }
}
