package io.immersic.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/** How an epoch of truncated BPTT is computed; {@link Trainer} owns the epochs, early stopping and logging. */
interface TrainingPath {

    /** Runs one epoch, one update per segment, calling {@code segmentDone} after each; returns the summed loss (nats). */
    double fitEpoch(TokenStreams training, Runnable segmentDone);

    /** Mean cross-entropy (nats per token) on the streams, each run from its start to its end. */
    double loss(TokenStreams streams);

    /** The live weights, flat (copied to keep the best epoch). */
    INDArray weights();

    /** The DL4J network holding {@code best}. */
    MultiLayerNetwork finish(INDArray best);

    /** One line for the log. */
    String describe();

    /**
     * The batched path on nd4j-native (CPU), DL4J's own LSTM layer elsewhere: on CUDA, DL4J runs the layer through
     * cuDNN, and the batched path's Java loops over host memory would only add copies.
     */
    static TrainingPath choose(MultiLayerNetwork network, int streams, TrainingParameters p) {
        return Backend.isCpu() ? new BatchedTrainingPath(network, streams, p) : new Dl4jTrainingPath(network);
    }
}
