package io.immersic.audio;

import java.io.ByteArrayOutputStream;

/**
 * 16-bit stereo PCM WAV at 44.1 kHz, written by hand so the bytes depend only on the samples. With a loop, a
 * {@code smpl} chunk holds one forward loop over the whole file: the loop point Godot, FMOD, Wwise and most samplers
 * read from a WAV.
 */
public final class WavWriter {

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

    private static short toShort(float sample) {
        long value = Math.round(sample * 32767.0);
        return (short) Math.max(-32767, Math.min(32767, value));
    }

    public static byte[] write(short[] interleaved, boolean loop) {
        int frames = interleaved.length / 2;
        int dataBytes = interleaved.length * 2;
        int smplBytes = loop ? 36 + 24 : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + dataBytes + (loop ? 8 + smplBytes : 0));
        ascii(out, "RIFF");
        int32(out, 4 + (8 + 16) + (8 + dataBytes) + (loop ? 8 + smplBytes : 0));
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
        int32(out, dataBytes);
        byte[] data = new byte[dataBytes];
        for (int i = 0; i < interleaved.length; i++) {
            data[2 * i] = (byte) interleaved[i];
            data[2 * i + 1] = (byte) (interleaved[i] >> 8);
        }
        out.writeBytes(data);
        if (loop) {
            ascii(out, "smpl");
            int32(out, smplBytes);
            int32(out, 0);                               // manufacturer
            int32(out, 0);                               // product
            int32(out, 1_000_000_000 / StereoBuffer.SAMPLE_RATE); // sample period, ns
            int32(out, 60);                              // MIDI unity note
            int32(out, 0);                               // pitch fraction
            int32(out, 0);                               // SMPTE format
            int32(out, 0);                               // SMPTE offset
            int32(out, 1);                               // one loop
            int32(out, 0);                               // no sampler data
            int32(out, 0);                               // cue point id
            int32(out, 0);                               // type: forward
            int32(out, 0);                               // start: first frame
            int32(out, frames - 1);                      // end: last frame (inclusive)
            int32(out, 0);                               // fraction
            int32(out, 0);                               // play count: forever
        }
        return out.toByteArray();
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
