package io.immersic.model;

/**
 * How many parallel token streams an update sees when {@code batchSize} is 0 (auto), and the learning rate that goes
 * with it. More streams make each matrix product larger and training faster per token, but an epoch then has fewer
 * updates: 64 streams on the 10k-token lo-fi corpus gave 2.2x the tokens/s and 3 updates an epoch, and a worse loss
 * after 4 epochs (issue 12). So streams grow with the corpus only as far as every epoch keeps
 * {@value #MIN_UPDATES_PER_EPOCH} updates, between {@value #MIN_STREAMS} and {@value #MAX_STREAMS} (a power of two),
 * and Adam's step grows with the square root of the streams (the usual rule for adaptive optimizers: the gradient's
 * noise falls with the square root of the batch).
 */
public final class Batching {

    static final int MIN_UPDATES_PER_EPOCH = 10;
    static final int MIN_STREAMS = 8;
    static final int MAX_STREAMS = 64;
    /** The stream count the configured learning rate is meant for. */
    static final int REFERENCE_STREAMS = 16;

    private Batching() {}

    /** {@code p} with its stream count and learning rate settled for {@code tokensPerEpoch} training tokens. */
    public static TrainingParameters resolve(TrainingParameters p, long tokensPerEpoch) {
        if (p.batchSize() > 0) {
            return p;
        }
        int streams = streamsFor(tokensPerEpoch, p.sequenceLength());
        double learningRate = p.learningRate() * Math.sqrt(streams / (double) REFERENCE_STREAMS);
        return new TrainingParameters(p.epochs(), p.layers(), p.hiddenSize(), p.embeddingSize(), p.dropout(),
                p.sequenceLength(), streams, learningRate, p.validationFraction(), p.patience(), p.seed(), p.threads(),
                p.transpose());
    }

    static int streamsFor(long tokensPerEpoch, int sequenceLength) {
        long fit = tokensPerEpoch / ((long) sequenceLength * MIN_UPDATES_PER_EPOCH);
        int streams = MIN_STREAMS;
        while (streams * 2 <= Math.min(fit, MAX_STREAMS)) {
            streams *= 2;
        }
        return streams;
    }
}
