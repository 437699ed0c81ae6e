package io.immersic.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bodies of the metadata chunks a {@link WavMetadata} turns into, laid out as the RIFF spec (Microsoft's 1991
 * "Multimedia Programming Interface and Data Specifications") and libsndfile's readers have them. Every body here
 * has even length, so the chunks after them stay word-aligned even for readers that skip pad bytes (Godot's).
 */
final class WavMetadataChunks {

    private WavMetadataChunks() {}

    /** {@code cue }: a count, then 24 bytes per point. */
    static byte[] cue(List<WavMetadata.CuePoint> cues) {
        ByteBuffer body = littleEndian(4 + 24 * cues.size());
        body.putInt(cues.size());
        for (WavMetadata.CuePoint cue : cues) {
            body.putInt(cue.id());
            body.putInt((int) cue.sampleFrame());        // position: with no playlist, play order is file order
            body.put(ascii("data"));                     // the chunk the point is in
            body.putInt(0);                              // chunk start: 0 for the one data chunk
            body.putInt(0);                              // block start: 0 for uncompressed PCM
            body.putInt((int) cue.sampleFrame());        // sample offset within that block
        }
        return body.array();
    }

    /** Whether any cue has a label, i.e. whether an {@code adtl} list is worth writing. */
    static boolean hasLabels(List<WavMetadata.CuePoint> cues) {
        return cues.stream().anyMatch(cue -> cue.label() != null);
    }

    /**
     * {@code LIST} of type {@code adtl}: one {@code labl} per labelled cue, each its cue id and null-terminated text,
     * padded to even length inside the list so the list's own size counts the pad.
     */
    static byte[] labels(List<WavMetadata.CuePoint> cues) {
        List<WavMetadata.CuePoint> labelled = cues.stream().filter(cue -> cue.label() != null).toList();
        int size = 4;
        for (WavMetadata.CuePoint cue : labelled) {
            size += 8 + even(lablSize(cue));
        }
        ByteBuffer body = littleEndian(size);
        body.put(ascii("adtl"));
        for (WavMetadata.CuePoint cue : labelled) {
            int lablSize = lablSize(cue);
            body.put(ascii("labl"));
            body.putInt(lablSize);                       // the size counts the null but not the pad
            body.putInt(cue.id());
            body.put(ascii(cue.label()));
            body.put((byte) 0);
            if ((lablSize & 1) == 1) {
                body.put((byte) 0);
            }
        }
        return body.array();
    }

    private static int lablSize(WavMetadata.CuePoint cue) {
        return 4 + cue.label().length() + 1;
    }

    /**
     * {@code acid}, 24 bytes in the order libsndfile's {@code wav_read_acid_chunk} reads: flags, root note, two
     * fields ACID always writes as 0x8000 and 0.0, beats, then the metre denominator before the numerator, then tempo.
     */
    static byte[] acid(WavMetadata.Acid acid) {
        ByteBuffer body = littleEndian(24);
        body.putInt((acid.oneShot() ? 0x01 : 0) | 0x02); // 0x01 one-shot, 0x02 root note set; stretch, disk off
        body.putShort((short) acid.rootNote());
        body.putShort((short) 0x8000);
        body.putFloat(0f);
        body.putInt(acid.beats());
        body.putShort((short) acid.meterDenominator());
        body.putShort((short) acid.meterNumerator());
        body.putFloat((float) acid.bpm());
        return body.array();
    }

    private static int even(int size) {
        return size + (size & 1);
    }

    private static ByteBuffer littleEndian(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
