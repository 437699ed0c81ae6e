package io.immersic.tokens;

import io.immersic.cache.Fingerprint;
import java.util.ArrayList;
import java.util.List;

/**
 * A transposition-invariant fingerprint of a piece's note content: every note's bar, position, duration and pitch
 * relative to the piece's lowest note. Two files that are one piece written out in two keys (or octaves) get the same
 * fingerprint, so a train/validation split by fingerprint cannot leak a transposition of a training piece into the
 * held-out side. Velocities and chord events are left out: they do not make another piece.
 */
public final class PieceFingerprint {

    private PieceFingerprint() {}

    public static String of(List<String> tokens) {
        List<int[]> notes = new ArrayList<>(); // bar, position, pitch, duration
        int bar = -1;
        int position = 0;
        int pitch = -1;
        int lowest = Integer.MAX_VALUE;
        for (String token : tokens) {
            if (token.equals(RemiTokens.BAR)) {
                bar++;
                position = 0;
            } else if (token.startsWith(RemiTokens.POSITION)) {
                position = RemiTokens.valueOf(token, RemiTokens.POSITION);
            } else if (token.startsWith(RemiTokens.PITCH)) {
                pitch = RemiTokens.valueOf(token, RemiTokens.PITCH);
            } else if (token.startsWith(RemiTokens.DURATION) && pitch >= 0) {
                notes.add(new int[] {bar, position, pitch, RemiTokens.valueOf(token, RemiTokens.DURATION)});
                lowest = Math.min(lowest, pitch);
                pitch = -1;
            }
        }
        StringBuilder canonical = new StringBuilder(notes.size() * 12);
        for (int[] note : notes) {
            canonical.append(note[0]).append(':').append(note[1]).append(':').append(note[2] - lowest).append(':')
                    .append(note[3]).append(';');
        }
        return new Fingerprint().add("notes", canonical.toString()).hex();
    }

    /** Per file, the index of its piece: files with equal fingerprints share one, numbered in order of first file. */
    public static int[] pieceIndexes(List<List<String>> files) {
        java.util.Map<String, Integer> pieces = new java.util.HashMap<>();
        int[] indexes = new int[files.size()];
        for (int i = 0; i < files.size(); i++) {
            indexes[i] = pieces.computeIfAbsent(of(files.get(i)), k -> pieces.size());
        }
        return indexes;
    }

    public static int distinctPieces(List<List<String>> files) {
        return java.util.Arrays.stream(pieceIndexes(files)).max().orElse(-1) + 1;
    }
}
