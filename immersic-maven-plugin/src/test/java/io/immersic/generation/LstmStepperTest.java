package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.immersic.model.Backend;
import io.immersic.model.LstmNetworkFactory;
import io.immersic.model.TrainingParameters;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LstmStepperTest {

    @Test
    void matchesDl4jRnnTimeStepStepByStep() {
        Backend.useThreads(1);
        int vocabulary = 40;
        // Two layers, with a non-zero forget bias and random weights, so every gate and both layers matter.
        TrainingParameters p = new TrainingParameters(1, 2, 24, 12, 0.0, 8, 1, 0.01, 0, 1, 11L, 1);
        MultiLayerNetwork network = LstmNetworkFactory.create(vocabulary, p);
        LstmStepper stepper = new LstmStepper(network);
        LstmStepper.State state = stepper.newState();
        network.rnnClearPreviousState();
        SplittableRandom random = new SplittableRandom(5);

        for (int step = 0; step < 60; step++) {
            int token = random.nextInt(vocabulary);
            INDArray expected = network.rnnTimeStep(
                    Nd4j.create(new float[] {token}, new long[] {1, 1, 1}, DataType.FLOAT));
            float[] actual = stepper.step(state, token);
            float[] reference = expected.reshape(vocabulary).toFloatVector();
            for (int i = 0; i < vocabulary; i++) {
                assertEquals(reference[i], actual[i], 1e-5, "step " + step + ", token " + i);
            }
        }
    }
}
