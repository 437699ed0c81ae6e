package io.immersic.midi;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The file as javax.sound.midi can read it. It reads the header's track count as a signed short, so a file of 32,768
 * to 65,535 tracks looked like one of none ("no pitched notes"); such a file is handed to it as batches of at most
 * 32,767 tracks, each behind a copy of the header that counts its own.
 */
final class TrackBatches {

    /** The most tracks javax.sound.midi counts right. */
    static final int MAX_TRACKS = Short.MAX_VALUE;

    private TrackBatches() {}

    static List<byte[]> of(byte[] bytes, SmfStructure.Layout layout) {
        int tracks = layout.trackStarts().length;
        if (tracks <= MAX_TRACKS) {
            return List.of(bytes);
        }
        List<byte[]> batches = new ArrayList<>();
        for (int first = 0; first < tracks; first += MAX_TRACKS) {
            int count = Math.min(MAX_TRACKS, tracks - first);
            ByteArrayOutputStream batch = new ByteArrayOutputStream();
            batch.write(bytes, 0, layout.headerEnd());
            for (int t = first; t < first + count; t++) {
                batch.write(bytes, layout.trackStarts()[t], layout.trackEnds()[t] - layout.trackStarts()[t]);
            }
            byte[] out = batch.toByteArray();
            out[10] = (byte) (count >> 8);
            out[11] = (byte) count;
            batches.add(out);
        }
        return batches;
    }
}
