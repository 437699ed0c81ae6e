package io.immersic.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.common.BuildLog;
import io.immersic.model.Backend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class NotebookBaselineTest {

    @Test
    void trainsOnWindowsAndGeneratesFiveHundredKnownTokensGreedily() {
        Backend.useThreads(1);
        List<String> figure = List.of("C4", "E4", "G4", "0.4.7", "A4", "F4", "D4", "2.5.9");
        List<String> file = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            file.addAll(figure);
        }
        NotebookBaseline baseline = new NotebookBaseline(BuildLog.SILENT);

        NotebookBaseline.Model model = baseline.train(List.of(file), List.of(file.subList(0, 48)), 2, 5);
        List<String> generated = baseline.generate(model, List.of(file), 3);

        assertEquals(List.of("0.4.7", "2.5.9", "A4", "C4", "D4", "E4", "F4", "G4"), model.vocabulary());
        assertEquals(NotebookBaseline.GENERATED_TOKENS, generated.size());
        assertTrue(model.vocabulary().containsAll(generated));
        assertTrue(model.heldOutNll() > 0 && model.heldOutNll() < 10, "held-out NLL " + model.heldOutNll());
        assertEquals(generated, baseline.generate(model, List.of(file), 3), "argmax from the same window repeats");
    }

    /**
     * The figure C4 E4 G4 0.4.7 A4 F4 D4 2.5.9 repeated: each element occurs once in it, so the last element of any
     * window alone determines the next one. A model that learned that has a held-out NLL near 0; one that learned only
     * the (uniform) element frequencies has ln 8 ≈ 2.08, the figure the literal port stayed at. Half of ln 8 is a
     * generous bar, and a greedy continuation of a model that learned the figure cycles through all 8 elements, where
     * the literal port repeated one.
     */
    @Test
    void learnsARepeatingFigureWellBelowUniformAndContinuesIt() {
        Backend.useThreads(1);
        List<String> figure = List.of("C4", "E4", "G4", "0.4.7", "A4", "F4", "D4", "2.5.9");
        List<String> file = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            file.addAll(figure);
        }
        NotebookBaseline baseline = new NotebookBaseline(BuildLog.SILENT);

        NotebookBaseline.Model model = baseline.train(List.of(file), List.of(file.subList(0, 48)), 25, 5);
        List<String> generated = baseline.generate(model, List.of(file), 3);

        double uniform = Math.log(model.vocabulary().size());
        assertTrue(model.heldOutNll() < 0.5 * uniform, "held-out NLL " + model.heldOutNll() + " vs ln 8 = " + uniform);
        assertEquals(8, new HashSet<>(generated).size(), "greedy output " + generated.subList(0, 16));
    }

    /** The plain-Java forward pass used for greedy generation gives DL4J's probabilities on the same weights. */
    @Test
    void plainForwardMatchesDl4jOutput() {
        Backend.useThreads(1);
        MultiLayerNetwork network = NotebookBaseline.network(11, 9);
        NotebookForward forward = new NotebookForward(network);
        Random random = new Random(1);
        for (int n = 0; n < 3; n++) {
            float[] window = new float[NotebookBaseline.WINDOW];
            for (int i = 0; i < window.length; i++) {
                window[i] = random.nextInt(11) / 11f;
            }
            float[] expected = network.output(Nd4j.create(window, new long[] {1, 1, window.length}, DataType.FLOAT))
                    .toFloatVector();
            assertArrayEquals(expected, forward.probabilities(window), 1e-4f);
        }
    }
}
