package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.immersic.midi.MetreMap;
import io.immersic.midi.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemiEncoderTest {

    @Test
    void positionsCountFromTheRealBarLineAfterATimeSignatureChange() {
        // 4/4 for four bars, then 6/4 from beat 16. A note at beat 21 is 5 beats into bar 4 (position 60), not
        // 1 beat into a fifth 4/4 bar; a note at beat 22 starts bar 5.
        MetreMap metre = MetreMap.of(4, List.of(new MetreMap.Change(16, 6)));
        List<Note> notes = List.of(new Note(60, 80, 21, 1, 0), new Note(62, 80, 22, 1, 0));

        List<String> tokens = new RemiEncoder().encode(notes, metre);

        List<String> bars = tokens.stream().filter(t -> t.equals("BAR") || t.startsWith("POS_")).toList();
        assertEquals(List.of("BAR", "BAR", "BAR", "BAR", "BAR", "POS_60", "BAR", "POS_0"), bars);
    }

    @Test
    void twoStrikesOfOneKeyOnOneStepKeepTheLongerNote() {
        // A 1-tick blip (PPQ 480) and a 2-beat C3 on the same step: the C3 is what is heard.
        List<Note> notes = List.of(new Note(48, 70, 0, 1.0 / 480, 0), new Note(48, 90, 0, 2, 0));

        List<String> tokens = new RemiEncoder().encode(notes, 4).stream().filter(t -> !t.startsWith("CHORD_"))
                .toList();

        assertEquals(List.of("BAR", "POS_0", "VEL_" + RemiTokens.velocityBin(90), "PITCH_48", "DUR_24", "END"),
                tokens);
    }
}
