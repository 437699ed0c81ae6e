package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarVariationTest {

    @Test
    void theTopVoiceOfEveryFullStrikeDropsOut() {
        List<String> bar = List.of("BAR", "CHORD_0_maj7",
                "POS_0", "VEL_4", "PITCH_48", "DUR_24", "VEL_4", "PITCH_52", "DUR_24", "VEL_4", "PITCH_59", "DUR_24",
                "POS_24", "VEL_3", "PITCH_55", "DUR_12", "VEL_3", "PITCH_64", "DUR_12");
        assertEquals(List.of("BAR", "CHORD_0_maj7",
                "POS_0", "VEL_4", "PITCH_48", "DUR_24", "VEL_4", "PITCH_52", "DUR_24",
                "POS_24", "VEL_3", "PITCH_55", "DUR_12", "VEL_3", "PITCH_64", "DUR_12"),
                BarVariation.withoutTopVoice(bar), "a strike of two notes keeps both");
    }
}
