package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookNotesTest {

    @Test
    void namesNotesTheMusic21Way() {
        assertEquals("C4", NoteNames.name(60));
        assertEquals("F#5", NoteNames.name(78));
        assertEquals("B-4", NoteNames.name(70));
        assertEquals("E-3", NoteNames.name(51));
        assertEquals("C0", NoteNames.name(12));
        assertEquals(78, NoteNames.parse("F#5"));
        assertEquals(70, NoteNames.parse("B-4"));
        assertEquals(70, NoteNames.parse("A#4"));
        assertEquals(60, NoteNames.parse("B#3"));
        assertEquals(12, NoteNames.parse("C0"));
        assertEquals(59, NoteNames.parse("C-4")); // "-" is a flat, as in music21
    }

    @Test
    void exportsSingleNotesByNameAndChordsAsSortedPitchClasses() {
        List<Note> notes = List.of(
                new Note(67, 80, 0, 1, 0), new Note(52, 80, 0, 1, 0), new Note(48, 80, 0, 1, 0), // C3 E3 G4
                new Note(78, 80, 1, 1, 0),                                                        // F#5
                new Note(70, 80, 2, 1, 0), new Note(62, 80, 2, 1, 0));                           // D4 B-4

        assertEquals(List.of("0.4.7", "F#5", "2.10"), NotebookNotes.export(notes));
    }

    @Test
    void importsEveryElementHalfABeatApartAndExportsItBack() {
        List<String> elements = List.of("E-4", "0.4.7", "F#5", "2.5.9");

        List<Note> notes = NotebookNotes.toNotes(elements);

        assertEquals(new Note(63, 80, 0, 0.5, 0), notes.get(0));
        assertEquals(List.of(60, 64, 67), notes.subList(1, 4).stream().map(Note::pitch).toList());
        assertTrue(notes.subList(1, 4).stream().allMatch(n -> n.startBeat() == 0.5));
        assertEquals(1.0, notes.get(4).startBeat());
        assertEquals(elements, NotebookNotes.export(notes));
    }

    @Test
    void aBadElementIsNamedByItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NotebookNotes.toNotes(List.of("C4", "H7")));
        assertTrue(e.getMessage().startsWith("element 2 ('H7')"), e.getMessage());
    }
}
