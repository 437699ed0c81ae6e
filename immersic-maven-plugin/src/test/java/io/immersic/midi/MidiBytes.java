package io.immersic.midi;

import java.io.ByteArrayOutputStream;

/**
 * Writes Standard MIDI File bytes by hand, so tests control every byte: running status, velocity-0 note-offs, missing
 * note-offs, several tracks.
 */
public final class MidiBytes {

    private final ByteArrayOutputStream tracks = new ByteArrayOutputStream();
    private final int format;
    private final int ppq;
    private int trackCount;

    public MidiBytes(int format, int ppq) {
        this.format = format;
        this.ppq = ppq;
    }

    /** Adds a track from raw event bytes (delta times included); the end-of-track meta event is appended. */
    public MidiBytes track(int... events) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int b : events) {
            body.write(b);
        }
        body.write(0);
        body.write(0xFF);
        body.write(0x2F);
        body.write(0);
        writeChunk(tracks, "MTrk", body.toByteArray());
        trackCount++;
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeChunk(out, "MThd", new byte[] {0, (byte) format, (byte) (trackCount >> 8), (byte) trackCount, (byte) (ppq >> 8), (byte) ppq});
        out.writeBytes(tracks.toByteArray());
        return out.toByteArray();
    }

    /** A variable-length quantity, as MIDI writes delta times. */
    public static int[] vlq(long value) {
        int[] groups = new int[5];
        int n = 0;
        do {
            groups[n++] = (int) (value & 0x7F);
            value >>= 7;
        } while (value > 0);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = groups[n - 1 - i] | (i < n - 1 ? 0x80 : 0);
        }
        return out;
    }

    /** Concatenates event fragments. */
    public static int[] events(int[]... parts) {
        return java.util.Arrays.stream(parts).flatMapToInt(java.util.Arrays::stream).toArray();
    }

    public static int[] event(long delta, int... data) {
        return events(vlq(delta), data);
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] body) {
        out.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(body.length >>> 24);
        out.write(body.length >>> 16);
        out.write(body.length >>> 8);
        out.write(body.length);
        out.writeBytes(body);
    }
}
