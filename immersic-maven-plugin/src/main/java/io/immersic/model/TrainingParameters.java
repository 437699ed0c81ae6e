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

    // The defaults, each written once: DEFAULTS is built from them, and the plugin's @Parameter defaultValue reads
    // them as constant expressions ("" + DEFAULT_EPOCHS), so the documented default and the engine's cannot differ.
    public static final int DEFAULT_EPOCHS = 30;
    public static final int DEFAULT_LAYERS = 2;
    public static final int DEFAULT_HIDDEN_SIZE = 128;
    public static final int DEFAULT_EMBEDDING_SIZE = 64;
    public static final double DEFAULT_DROPOUT = 0.2;
    public static final int DEFAULT_SEQUENCE_LENGTH = 64;
    public static final int DEFAULT_BATCH_SIZE = 0;
    public static final double DEFAULT_LEARNING_RATE = 0.005;
    public static final double DEFAULT_VALIDATION_FRACTION = 0.1;
    /**
     * Validation loss on a few held-out pieces is noisy: on lofi-progressions a patience of 3 stopped at epoch 15
     * (keeping 12) while the loss kept falling to epoch 22; the model kept there has a lower held-out NLL (2.67 against
     * 2.81 nats) and writes the denser, rolled bars of its corpus (4.0 onsets a bar against 2.7).
     */
    public static final int DEFAULT_PATIENCE = 10;
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_THREADS = 2;
    public static final boolean DEFAULT_TRANSPOSE = true;

    public static final TrainingParameters DEFAULTS = new TrainingParameters(DEFAULT_EPOCHS, DEFAULT_LAYERS,
            DEFAULT_HIDDEN_SIZE, DEFAULT_EMBEDDING_SIZE, DEFAULT_DROPOUT, DEFAULT_SEQUENCE_LENGTH, DEFAULT_BATCH_SIZE,
            DEFAULT_LEARNING_RATE, DEFAULT_VALIDATION_FRACTION, DEFAULT_PATIENCE, DEFAULT_SEED, DEFAULT_THREADS,
            DEFAULT_TRANSPOSE);

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
