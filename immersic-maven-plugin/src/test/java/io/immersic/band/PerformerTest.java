package io.immersic.band;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.immersic.midi.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformerTest {

    @Test
    void aKeyStruckAgainWhileItSoundsIsReleasedFirst() {
        // D3 held 4 beats from beat 0, struck again at beat 2: the first D3 now ends at beat 2. A3 is untouched.
        List<Note> notes = List.of(new Note(50, 70, 0, 4, 0), new Note(57, 70, 0, 4, 0), new Note(50, 60, 2, 1, 0));

        List<Note> released = Performer.releaseBeforeRestrike(notes);

        assertEquals(List.of(new Note(50, 70, 0, 2, 0), new Note(57, 70, 0, 4, 0), new Note(50, 60, 2, 1, 0)),
                released);
    }

    @Test
    void aNoteFromTheOldChordIsLetGoWhereTheChordChangesACommonToneIsHeld() {
        // Dm7 in bar 0, G7 in bar 1, G7 again in bar 2 (4 beats a bar). A3 (57) and F3 (53) are held 12 beats from
        // beat 0: A is no tone of G7, so it ends at beat 4; F is G7's seventh, so it rings through both G7 bars.
        // C4 (60) starts in bar 1 and is held into bar 2, the same chord: untouched.
        List<io.immersic.harmony.Chord> chords = List.of(io.immersic.harmony.ChordSymbols.parse("Dm7"),
                io.immersic.harmony.ChordSymbols.parse("G7"), io.immersic.harmony.ChordSymbols.parse("G7"));
        List<Note> notes = List.of(new Note(53, 70, 0, 12, 0), new Note(57, 70, 0, 12, 0), new Note(60, 70, 6, 4, 0));

        List<Note> played = Performer.releasedAtChordChanges(notes, chords, 4);

        assertEquals(List.of(new Note(53, 70, 0, 12, 0), new Note(57, 70, 0, 4, 0), new Note(60, 70, 6, 4, 0)), played);
    }

    @Test
    void aLoopIsCutAtItsLastBarLine() {
        // Two bars of 4 beats: a note from beat 7 for 2 beats ends at 8; a note starting at 8 is dropped.
        List<Note> cut = Performer.endAt(List.of(new Note(60, 70, 0, 1, 0), new Note(62, 70, 7, 2, 0),
                new Note(64, 70, 8, 1, 0)), 8);

        assertEquals(List.of(new Note(60, 70, 0, 1, 0), new Note(62, 70, 7, 1, 0)), cut);
    }

    @Test
    void aTopLinePlaysOneNoteAtATime() {
        // E5 held 2 beats is cut where G5 starts (beat 1); of two notes at beat 3 the line keeps the later one.
        List<Note> line = Performer.oneAtATime(List.of(new Note(76, 70, 0, 2, 2), new Note(79, 70, 1, 1, 2),
                new Note(81, 70, 3, 1, 2), new Note(84, 70, 3, 1, 2)));

        assertEquals(List.of(new Note(76, 70, 0, 1, 2), new Note(79, 70, 1, 1, 2), new Note(84, 70, 3, 1, 2)), line);
    }

    @Test
    void aTrackRollsItsChordsAsItsHandsDoNotAsTheCorpusDoes() {
        // Two bars of a C major triad (every chord rolled two steps a note by the corpus's players), played by hands
        // that never roll, and by hands that roll every chord one step a note.
        List<String> tokens = new java.util.ArrayList<>();
        for (int bar = 0; bar < 2; bar++) {
            tokens.addAll(List.of("BAR", "CHORD_0_maj", "POS_0"));
            for (int pitch : new int[] {60, 64, 67}) {
                tokens.addAll(List.of("VEL_4", "PITCH_" + pitch, "DUR_48"));
            }
        }
        io.immersic.harmony.Chord c = io.immersic.harmony.ChordSymbols.parse("C");
        Performer performer = new Performer(80, 4, new io.immersic.analysis.CorpusStyle.Roll(1, 2), false,
                java.util.EnumSet.of(Part.KEYS));

        for (io.immersic.analysis.CorpusStyle.Roll hands : List.of(io.immersic.analysis.CorpusStyle.Roll.NONE,
                new io.immersic.analysis.CorpusStyle.Roll(1, 1))) {
            var track = new io.immersic.generation.TokenGenerator.Track(tokens, null, List.of(c, c), "", 2, "",
                    List.of(), 0, List.of(), true, hands, null);
            List<Double> onsets = performer.perform(track, 1, 5).parts().get(Part.KEYS).stream()
                    .map(Note::startBeat).toList();
            double step = hands.steps() / 12.0;
            List<Double> expected = hands.share() == 0 ? List.of(0.0, 0.0, 0.0, 4.0, 4.0, 4.0)
                    : List.of(0.0, step, 2 * step, 4.0, 4 + step, 4 + 2 * step);
            assertEquals(expected.size(), onsets.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), onsets.get(i), 1e-9, "onsets " + onsets + " for hands " + hands);
            }
        }
    }
}
