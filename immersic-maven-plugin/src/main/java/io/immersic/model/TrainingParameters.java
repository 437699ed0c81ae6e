package io.immersic.model;

import io.immersic.common.SettingException;

/**
 * Everything that shapes a trained model. Two runs with equal parameters, corpus, backend and thread count train
 * bit-identical models, so these values are part of the model cache's fingerprint.
 *
 * @param epochs the most passes over the training files (early stopping may end sooner)
 * @param layers stacked LSTM layers
 * @param hiddenSize units per LSTM layer
 * @param embeddingSize size of the learned token embedding
 * @param dropout probability of dropping an LSTM output during training (0 disables)
 * @param sequenceLength truncated-BPTT segment length, in tokens
 * @param batchSize parallel contiguous token streams per update; 0 picks them from the corpus size ({@link Batching})
 * @param learningRate Adam step size (with {@code batchSize} 0: the step size at 16 streams, scaled by
 *     sqrt(streams / 16))
 * @param validationFraction share of whole files held out to measure generalization and stop early
 * @param patience epochs without a better validation loss before training stops
 * @param seed seed for initialization, file split, shuffling and dropout
 * @param threads nd4j/BLAS threads (the result depends on it)
 * @param transpose train on every training file in all 12 keys (each epoch plays each file in another key)
 */
public record TrainingParameters(int epochs, int layers, int hiddenSize, int embeddingSize, double dropout,
                                 int sequenceLength, int batchSize, double learningRate, double validationFraction,
                                 int patience, long seed, int threads, boolean transpose) {

    public static final TrainingParameters DEFAULTS =
            new TrainingParameters(30, 2, 128, 64, 0.2, 64, 0, 0.005, 0.1, 3, 42L, 2, true);

    /** Parameters without transposition. */
    public TrainingParameters(int epochs, int layers, int hiddenSize, int embeddingSize, double dropout,
                              int sequenceLength, int batchSize, double learningRate, double validationFraction,
                              int patience, long seed, int threads) {
        this(epochs, layers, hiddenSize, embeddingSize, dropout, sequenceLength, batchSize, learningRate,
                validationFraction, patience, seed, threads, false);
    }

    /** Checks ranges; a {@link io.immersic.common.SettingException} names the parameter, its value and its range. */
    public void validate() {
        requireRange("epochs", epochs, 1, 100_000);
        requireRange("layers", layers, 1, 16);
        requireRange("hiddenSize", hiddenSize, 1, 8192);
        requireRange("embeddingSize", embeddingSize, 1, 8192);
        requireRange("sequenceLength", sequenceLength, 2, 100_000);
        requireRange("batchSize", batchSize, 0, 100_000);
        requireRange("patience", patience, 1, 100_000);
        requireRange("threads", threads, 1, 1024);
        if (!(dropout >= 0 && dropout < 1)) {
            throw SettingException.outOfRange("dropout", dropout, "0 (off) up to, but not including, 1");
        }
        if (!(learningRate > 0 && learningRate < 10)) {
            throw SettingException.outOfRange("learningRate", learningRate, "a positive number such as 0.005");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw SettingException.outOfRange("validationFraction", validationFraction, "0 up to, not including, 1");
        }
    }

    private static void requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw SettingException.outOfRange(name, value, min + " to " + max);
        }
    }

}
