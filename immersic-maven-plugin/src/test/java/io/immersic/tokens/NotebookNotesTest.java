package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    void exportsSingleNotesByNameAndChordsInMusic21NormalOrder() {
        List<Note> notes = List.of(
                new Note(67, 80, 0, 1, 0), new Note(52, 80, 0, 1, 0), new Note(48, 80, 0, 1, 0), // C3 E3 G4
                new Note(78, 80, 1, 1, 0),                                                        // F#5
                new Note(70, 80, 2, 1, 0), new Note(62, 80, 2, 1, 0),                            // D4 B-4
                new Note(60, 80, 3, 1, 0), new Note(72, 80, 3, 1, 0));                           // C4 C5

        // B-flat up to D is 4 semitones, D up to B-flat 8; octaves of one pitch class make a chord of one
        assertEquals(List.of("0.4.7", "F#5", "10.2", "0"), NotebookNotes.export(notes));
    }

    @Test
    void normalOrderIsTheRotationWithTheSmallestSpan() {
        assertEquals(List.of(6, 9, 11, 1, 2), NotebookNotes.normalOrder(List.of(1, 2, 6, 9, 11))); // spans 8; sorted 10
        assertEquals(List.of(0, 4, 7), NotebookNotes.normalOrder(List.of(7, 4, 0)));               // C major
        assertEquals(List.of(9, 0, 4), NotebookNotes.normalOrder(List.of(0, 4, 9)));               // A minor: A C E
        // G7 {7, 11, 2, 5}: B D F G spans 8, G B D F spans 10, so music21 writes 11.2.5.7, not 7.11.2.5
        assertEquals(List.of(11, 2, 5, 7), NotebookNotes.normalOrder(List.of(7, 11, 2, 5)));
    }

    @Test
    void symmetricSetsStartOnTheirLowestPitchClass() {
        // every rotation of a diminished seventh or augmented triad spans the same, with the same intervals
        assertEquals(List.of(0, 3, 6, 9), NotebookNotes.normalOrder(List.of(9, 6, 3, 0)));
        assertEquals(List.of(1, 4, 7, 10), NotebookNotes.normalOrder(List.of(10, 7, 4, 1)));
        assertEquals(List.of(2, 6, 10), NotebookNotes.normalOrder(List.of(10, 6, 2)));
        assertEquals(List.of(5, 11), NotebookNotes.normalOrder(List.of(11, 5))); // tritone
    }

    @Test
    void tiesGoToTheSmallerIntervalsAboveTheFirstPitchClassAsInForte() {
        // 5-20 {0, 1, 5, 6, 8}: 0-1-5-6-8 and 5-6-8-0-1 both span 8. Above their first pitch class they rise 1, 5, 6
        // and 1, 3, 7: music21 (Forte's rule: second, then third, ...) takes 5-6-8-0-1 as 3 < 5; Rahn's rule (from
        // the second-to-last back) would take 0-1-5-6-8 as 6 < 7.
        assertEquals(List.of(5, 6, 8, 0, 1), NotebookNotes.normalOrder(List.of(0, 1, 5, 6, 8)));
        // C E G# B: G# B C E (rising 3, 4, 8) beats E G# B C (4, 7, 8). music21 before its 2024 fix (PR #1664) wrote
        // the inverted forms of some classes, this one included, as their prime form mirrored: 4.8.11.0.
        assertEquals(List.of(8, 11, 0, 4), NotebookNotes.normalOrder(List.of(0, 4, 8, 11)));
    }

    @Test
    void normalOrderTakesPitchesAndDropsRepeatedPitchClasses() {
        assertEquals(List.of(5), NotebookNotes.normalOrder(List.of(5)));
        assertEquals(List.of(0, 4, 7), NotebookNotes.normalOrder(List.of(60, 72, 64, 76, 67, 48)));
        assertEquals(List.of(), NotebookNotes.normalOrder(List.of()));
    }

    @Test
    void exportedChordsImportToTheSamePitchClassesInAnyOrder() {
        List<List<Integer>> chords = List.of(List.of(1, 2, 6, 9, 11), List.of(7, 11, 2, 5), List.of(0, 1, 5, 6, 8),
                List.of(1, 4, 7, 10), List.of(0, 4, 8, 11), List.of(2, 9));
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < chords.size(); i++) {
            for (int pitchClass : chords.get(i)) {
                notes.add(new Note(48 + pitchClass + 12 * (pitchClass % 3), 80, i, 1, 0)); // spread over octaves
            }
        }

        List<String> exported = NotebookNotes.export(notes);
        List<Note> imported = NotebookNotes.toNotes(exported);

        for (int i = 0; i < chords.size(); i++) {
            double onset = i * NotebookNotes.STEP_BEATS;
            Set<Integer> pitchClasses = imported.stream().filter(n -> n.startBeat() == onset)
                    .map(n -> n.pitch() % 12).collect(Collectors.toSet());
            assertEquals(Set.copyOf(chords.get(i)), pitchClasses, exported.get(i));
        }
        assertEquals(List.of("6.9.11.1.2"), NotebookNotes.export(NotebookNotes.toNotes(List.of("1.2.6.9.11"))));
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
