package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarNotesTest {

    private static final List<String> PER_NOTE = List.of("BAR", "CHORD_0_maj", "POS_0", "VEL_4", "PITCH_48", "DUR_24",
            "POS_0", "VEL_3", "PITCH_55", "DUR_24", "POS_18", "VEL_5", "PITCH_64", "DUR_6");

    @Test
    void readsStrikesAsTheNotesAtOnePosition() {
        BarNotes bar = BarNotes.of(PER_NOTE);

        assertEquals(List.of("BAR", "CHORD_0_maj"), bar.head());
        assertEquals(2, bar.strikes().size());
        assertEquals(0, bar.strikes().get(0).position());
        assertEquals(List.of(48, 55), bar.strikes().get(0).notes().stream().map(BarNotes.Note::pitchValue).toList());
        assertEquals(18, bar.strikes().get(1).position());
        assertEquals(6, bar.strikes().get(1).notes().get(0).durationSteps());
        assertEquals(PER_NOTE, bar.tokens(), "written back as it was read");
    }

    @Test
    void readsTheOlderBlockFormAndWritesAPositionBeforeEveryNote() {
        List<String> block = List.of("BAR", "CHORD_0_maj", "POS_0", "VEL_4", "PITCH_48", "DUR_24", "VEL_3", "PITCH_55",
                "DUR_24", "POS_18", "VEL_5", "PITCH_64", "DUR_6");

        assertEquals(PER_NOTE, BarNotes.of(block).tokens());
    }

    @Test
    void aCutNoteOrAStrayTokenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BarNotes.of(List.of("BAR", "POS_0", "VEL_4", "PITCH_48")));
        assertThrows(IllegalArgumentException.class,
                () -> BarNotes.of(List.of("BAR", "POS_0", "VEL_4", "PITCH_48", "DUR_3", "BAR")));
    }
}
