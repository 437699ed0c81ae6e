package io.immersic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.immersic.evaluation.TwoSampleClassifier.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warning the evaluate goal logs and the report prints when the held-out pieces give few windows. */
class HeldOutCautionTest {

    private static Result windows(int humanWindows) {
        return new Result(0.6, 0.7, humanWindows, 80, humanWindows, 20, List.of());
    }

    @Test
    void fewHeldOutWindowsAreFlaggedAndTheTrainingTestNamed() {
        assertEquals("only 9 held-out window(s): the AUC against them may be off by 0.1 or more either way;"
                        + " generatedVsTraining, on 99 windows, says more",
                TwoSampleClassifier.heldOutCaution(Map.of("generatedVsHeldOut", windows(9),
                        "generatedVsTraining", windows(99))));
    }

    @Test
    void enoughHeldOutWindowsOrNoTestNeedNoWarning() {
        assertNull(TwoSampleClassifier.heldOutCaution(Map.of("generatedVsHeldOut",
                windows(TwoSampleClassifier.FEW_HELD_OUT_WINDOWS))));
        assertNull(TwoSampleClassifier.heldOutCaution(Map.of("generatedVsHeldOut",
                new Result(Double.NaN, Double.NaN, 2, 80, 1, 20, List.of()))));
        assertNull(TwoSampleClassifier.heldOutCaution(Map.of()));
    }
}
