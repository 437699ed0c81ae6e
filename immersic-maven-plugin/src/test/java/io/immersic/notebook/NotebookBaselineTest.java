package io.immersic.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.engine.BuildLog;
import io.immersic.model.Backend;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
