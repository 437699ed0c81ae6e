package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarVariationTest {

    @Test
    void theTopVoiceOfEveryFullStrikeDropsOut() {
        List<String> bar = List.of("BAR", "CHORD_0_maj7",
                "POS_0", "VEL_4", "PITCH_48", "DUR_24", "POS_0", "VEL_4", "PITCH_52", "DUR_24",
                "POS_0", "VEL_4", "PITCH_59", "DUR_24",
                "POS_24", "VEL_3", "PITCH_55", "DUR_12", "POS_24", "VEL_3", "PITCH_64", "DUR_12");
        assertEquals(List.of("BAR", "CHORD_0_maj7",
                "POS_0", "VEL_4", "PITCH_48", "DUR_24", "POS_0", "VEL_4", "PITCH_52", "DUR_24",
                "POS_24", "VEL_3", "PITCH_55", "DUR_12", "POS_24", "VEL_3", "PITCH_64", "DUR_12"),
                BarVariation.withoutTopVoice(bar, io.immersic.harmony.ChordSymbols.parse("C6")),
                "B, the top of the first strike, goes (no guide tone of C6); a strike of two notes keeps both");
        assertEquals(bar, BarVariation.withoutTopVoice(bar, io.immersic.harmony.ChordSymbols.parse("Cmaj7")),
                "B is Cmaj7's seventh: it stays");
    }
}
