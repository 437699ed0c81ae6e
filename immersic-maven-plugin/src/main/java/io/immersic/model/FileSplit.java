package io.immersic.model;

import io.immersic.tokens.PieceFingerprint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which files are held out for validation, decided by <em>piece</em>: files that are one piece up to transposition
 * ({@link PieceFingerprint}) always land on the same side, so a held-out file is never a training file in another key.
 * The pieces are shuffled with the seed and the first {@code round(fraction × pieces)} are held out (at least one when
 * there are two pieces or more and the fraction is not 0, never all). Training and evaluation both use it, so they
 * agree on the split.
 *
 * @param training indexes of the training files, in file order
 * @param validation indexes of the held-out files, in file order
 */
public record FileSplit(List<Integer> training, List<Integer> validation) {

    /** The split by piece of token files. */
    public static FileSplit byPiece(List<List<String>> files, double validationFraction, long seed) {
        return of(PieceFingerprint.pieceIndexes(files), validationFraction, seed);
    }

    /** The split of files given the piece index of each (0-based, consecutive). */
    public static FileSplit of(int[] pieceOfFile, double validationFraction, long seed) {
        int pieces = java.util.Arrays.stream(pieceOfFile).max().orElse(-1) + 1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int held = pieces < 2 ? 0 : (int) Math.min(pieces - 1,
                Math.max(validationFraction > 0 ? 1 : 0, Math.round(validationFraction * pieces)));
        boolean[] heldOut = new boolean[pieces];
        order.subList(0, held).forEach(piece -> heldOut[piece] = true);
        List<Integer> validation = new ArrayList<>();
        List<Integer> training = new ArrayList<>();
        for (int file = 0; file < pieceOfFile.length; file++) {
            (heldOut[pieceOfFile[file]] ? validation : training).add(file);
        }
        return new FileSplit(List.copyOf(training), List.copyOf(validation));
    }
}
