package io.immersic.model;

import io.immersic.tokens.Transposer;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which tokens training sees, in which order: whole pieces held out for validation ({@link FileSplit#byPiece}), the
 * training files shuffled each epoch and, with transposition, each file played in another of the 12 keys each epoch.
 * Seeded, so the same corpus and parameters give the same token streams; the benchmark exports them for the PyTorch
 * anchor.
 */
public final class TrainingPlan {

    private final List<int[]> sequences = new ArrayList<>();
    private final List<Integer> validationOrder;
    private final List<Integer> trainingOrder;
    private final KeyRotation keys;
    private final Random shuffle;
    private int epoch;

    public TrainingPlan(List<List<String>> files, Vocabulary vocabulary, TrainingParameters p) {
        for (int f = 0; f < files.size(); f++) {
            int[] ids = KeyRotation.indices(files.get(f), vocabulary);
            if (ids == null) {
                throw new IllegalArgumentException("file " + (f + 1) + " of the corpus has a token the vocabulary"
                        + " lacks; the vocabulary must be built from these files");
            }
            sequences.add(ids);
        }
        FileSplit split = FileSplit.byPiece(files, p.validationFraction(), p.seed());
        validationOrder = split.validation();
        trainingOrder = new ArrayList<>(split.training());
        keys = p.transpose() ? new KeyRotation(files, sequences, vocabulary, p.seed()) : null;
        shuffle = new Random(p.seed() + 1);
    }

    public int trainingFiles() {
        return trainingOrder.size();
    }

    public int validationFiles() {
        return validationOrder.size();
    }

    /** The validation files' tokens, end to end, as written. */
    public int[] validationTokens() {
        return concatenate(validationOrder.stream().map(sequences::get).toList());
    }

    /** The next epoch's training tokens, end to end (epochs come in order: the shuffle carries over). */
    public int[] nextEpoch() {
        epoch++;
        Collections.shuffle(trainingOrder, shuffle);
        return concatenate(keys == null ? trainingOrder.stream().map(sequences::get).toList()
                : keys.forEpoch(trainingOrder, epoch));
    }

    /** Tokens in one epoch (the same every epoch: a transposed file keeps its length). */
    public int tokensPerEpoch() {
        return trainingOrder.stream().mapToInt(i -> sequences.get(i).length).sum();
    }

    private static int[] concatenate(List<int[]> parts) {
        int[] all = new int[parts.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /**
     * Transposition augmentation that keeps an epoch's cost: each epoch plays every training file in one key, and
     * over 12 epochs each file goes through all 12 keys, in an order seeded per file. A key the file cannot reach
     * (its notes would leave the piano, or a token would leave the vocabulary) plays the file as written instead.
     * Validation files stay as written.
     */
    private static final class KeyRotation {
        private final List<List<int[]>> keysPerFile = new ArrayList<>();
        private final List<int[]> orderPerFile = new ArrayList<>();

        KeyRotation(List<List<String>> files, List<int[]> asWritten, Vocabulary vocabulary, long seed) {
            Random random = new Random(seed + 2);
            for (int f = 0; f < files.size(); f++) {
                List<int[]> keys = new ArrayList<>(12);
                for (List<String> key : Transposer.allKeys(files.get(f))) {
                    int[] ids = key == null ? null : indices(key, vocabulary);
                    keys.add(ids != null ? ids : asWritten.get(f));
                }
                keysPerFile.add(keys);
                List<Integer> order = new ArrayList<>();
                for (int k = 0; k < 12; k++) {
                    order.add(k);
                }
                Collections.shuffle(order, random);
                orderPerFile.add(order.stream().mapToInt(Integer::intValue).toArray());
            }
        }

        List<int[]> forEpoch(List<Integer> trainingOrder, int epoch) {
            List<int[]> out = new ArrayList<>(trainingOrder.size());
            for (int file : trainingOrder) {
                out.add(keysPerFile.get(file).get(orderPerFile.get(file)[(epoch - 1) % 12]));
            }
            return out;
        }

        /** The tokens' indices, or null when the vocabulary lacks one of them. */
        static int[] indices(List<String> tokens, Vocabulary vocabulary) {
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = vocabulary.indexOf(tokens.get(i));
                if (ids[i] < 0) {
                    return null;
                }
            }
            return ids;
        }
    }
}
