package io.immersic.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A RIFF chunk walk for the tests: what a reader that skips unknown chunks sees, pad bytes included. */
public final class RiffChunks {

    private RiffChunks() {}

    /** One chunk: its id, its size as written (pad byte left out), its body and where the body starts. */
    public record Chunk(String id, int size, byte[] body, int offset) {
        /** The body as little-endian numbers. */
        public ByteBuffer read() {
            return ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /**
     * The top-level chunks of a WAV, in file order. Fails when the RIFF size does not cover exactly the chunks, or a
     * chunk runs past the end: the walk must land on the last byte.
     */
    public static List<Chunk> chunks(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        require(id(wav, 0).equals("RIFF") && id(wav, 8).equals("WAVE"), "RIFF WAVE header");
        require(in.getInt(4) == wav.length - 8, "RIFF size " + in.getInt(4) + " != file length - 8 = " + (wav.length - 8));
        return walk(wav, 12, wav.length);
    }

    /** The sub-chunks of a {@code LIST} body after its 4-byte type. */
    public static List<Chunk> subChunks(Chunk list) {
        return walk(list.body(), 4, list.body().length);
    }

    private static List<Chunk> walk(byte[] bytes, int from, int to) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<Chunk> chunks = new ArrayList<>();
        int at = from;
        while (at < to) {
            require(at + 8 <= to, "chunk header at " + at + " runs past " + to);
            int size = in.getInt(at + 4);
            int body = at + 8;
            require(size >= 0 && body + size + (size & 1) <= to,
                    "chunk " + id(bytes, at) + " of " + size + " bytes at " + at + " runs past " + to);
            chunks.add(new Chunk(id(bytes, at), size, Arrays.copyOfRange(bytes, body, body + size), body));
            at = body + size + (size & 1);
        }
        return chunks;
    }

    private static String id(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
