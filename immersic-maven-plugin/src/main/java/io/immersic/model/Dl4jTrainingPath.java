package io.immersic.model;

import java.util.Collections;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Training through DL4J's own {@code fit}, one fit per chunk (DL4J resets the state between fits). Used where the
 * batched path does not apply (a GPU backend), and by the benchmark as the reference it replaced.
 */
final class Dl4jTrainingPath implements TrainingPath {

    private final MultiLayerNetwork network;

    Dl4jTrainingPath(MultiLayerNetwork network) {
        this.network = network;
    }

    @Override
    public double fitEpoch(TokenStreams streams, Runnable segmentDone) {
        double[] loss = {0};
        // After a TBPTT fit, score() covers only the last segment: sum per segment (a segment's score is its loss
        // summed over time and averaged over streams).
        network.setListeners(new BaseTrainingListener() {
            @Override
            public void iterationDone(Model model, int iteration, int epoch) {
                loss[0] += model.score() * streams.rows();
                segmentDone.run();
            }
        });
        for (DataSet chunk : streams.chunks()) {
            network.fit(chunk);
        }
        network.rnnClearPreviousState();
        network.setListeners(Collections.emptyList());
        return loss[0];
    }

    @Override
    public double loss(TokenStreams streams) {
        return Trainer.loss(network, streams);
    }

    @Override
    public INDArray weights() {
        return network.params();
    }

    @Override
    public MultiLayerNetwork finish(INDArray best) {
        network.setParams(best);
        return network;
    }

    @Override
    public String describe() {
        return "DL4J LSTM layer";
    }
}
