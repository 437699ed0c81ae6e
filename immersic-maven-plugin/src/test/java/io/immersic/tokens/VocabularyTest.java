package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void containsEveryTokenOnceInCanonicalOrder() {
        Vocabulary vocabulary = Vocabulary.of(List.of(
                List.of("BAR", "POS_12", "VEL_4", "PITCH_60", "DUR_12", "END"),
                List.of("BAR", "POS_2", "VEL_4", "PITCH_100", "PITCH_9", "DUR_3", "END")));

        assertEquals(List.of("BAR", "END", "POS_2", "POS_12", "VEL_4", "PITCH_9", "PITCH_60", "PITCH_100",
                "DUR_3", "DUR_12"), vocabulary.tokens());
        assertEquals(6, vocabulary.indexOf("PITCH_60"));
        assertEquals(-1, vocabulary.indexOf("PITCH_61"));
        assertFalse(vocabulary.contains("PITCH_61"));
    }

    @Test
    void theOrderDoesNotDependOnTheOrderOfTheFiles() {
        List<String> a = List.of("BAR", "PITCH_64", "DUR_6");
        List<String> b = List.of("BAR", "PITCH_62", "VEL_3");
        assertEquals(Vocabulary.of(List.of(a, b)).tokens(), Vocabulary.of(List.of(b, a)).tokens());
    }

    @Test
    void rejectsDuplicates() {
        assertThrows(IllegalArgumentException.class, () -> new Vocabulary(List.of("BAR", "BAR")));
    }
}
