package io.immersic.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Training on {@link BatchedLstmNetwork} and {@link ClippedAdam}: DL4J's model and update, batched products. */
final class BatchedTrainingPath implements TrainingPath {

    private final MultiLayerNetwork network;
    private final BatchedLstmNetwork model;
    private final ClippedAdam adam;
    private BatchedLstmNetwork evaluator;

    BatchedTrainingPath(MultiLayerNetwork network, int streams, TrainingParameters p) {
        this.network = network;
        this.model = new BatchedLstmNetwork(network, streams, p.sequenceLength(), p.dropout(), p.seed() + 3);
        this.adam = new ClippedAdam(model.parameters().size(), p.learningRate(), LstmNetworkFactory.GRADIENT_CLIP);
    }

    @Override
    public double fitEpoch(TokenStreams streams, Runnable segmentDone) {
        if (streams.rows() != model.streams()) { // an epoch's length never changes; this guards the buffers
            throw new IllegalStateException(streams.rows() + " streams, not " + model.streams());
        }
        int steps = model.maxSteps();
        int[] inputs = new int[steps * streams.rows()];
        int[] labels = new int[steps * streams.rows()];
        ParameterSlots weights = model.parameters();
        double loss = 0;
        for (int chunk = 0; chunk < streams.rowLength(); chunk += streams.chunkLength()) {
            model.resetState();
            int chunkEnd = Math.min(chunk + streams.chunkLength(), streams.rowLength());
            for (int from = chunk; from < chunkEnd; from += steps) {
                int length = Math.min(steps, chunkEnd - from);
                streams.segment(from, length, inputs, labels);
                loss += model.segment(inputs, labels, length, true);
                adam.step(weights.valueData, weights.gradientData, streams.rows());
                segmentDone.run();
            }
        }
        return loss;
    }

    @Override
    public double loss(TokenStreams streams) {
        if (evaluator == null || evaluator.streams() != streams.rows()) {
            evaluator = model.evaluator(streams.rows());
        }
        return Trainer.loss(evaluator, streams);
    }

    @Override
    public INDArray weights() {
        return model.parameters().values;
    }

    @Override
    public MultiLayerNetwork finish(INDArray best) {
        model.parameters().values.assign(best);
        model.writeTo(network);
        return network;
    }

    @Override
    public String describe() {
        return "batched LSTM (whole-segment BLAS products, fused gates)";
    }
}
