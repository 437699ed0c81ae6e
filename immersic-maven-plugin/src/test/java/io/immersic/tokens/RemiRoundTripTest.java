package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.MidiPiece;
import io.immersic.midi.MidiReader;
import io.immersic.midi.MidiWriter;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemiRoundTripTest {

    @Test
    void aQuantizedFileSurvivesMidiToTokensToMidiNoteForNote() throws Exception {
        // A voiced Dm9 on beat 0, a triplet figure, sixteenths, a tied whole note over a bar line, an empty bar.
        List<Note> original = List.of(
                new Note(38, 70, 0, 4, 0), new Note(53, 60, 0, 2, 0), new Note(57, 61, 0, 2, 0),
                new Note(60, 62, 0, 2, 0), new Note(64, 63, 0, 2, 0),
                new Note(69, 90, 2, 1.0 / 3, 0), new Note(72, 85, 2 + 1.0 / 3, 1.0 / 3, 0),
                new Note(74, 80, 2 + 2.0 / 3, 1.0 / 3, 0),
                new Note(76, 100, 3, 0.25, 0), new Note(74, 96, 3.25, 0.25, 0), new Note(72, 92, 3.5, 0.5, 0),
                new Note(67, 45, 3.75, 4, 0),
                new Note(43, 110, 12, 1.5, 0), new Note(71, 127, 12, 8, 0));
        byte[] midi = new MidiWriter().write(original, 80, 4, 0, "round trip");
        MidiPiece piece = new MidiReader().read("round-trip.mid", midi);

        List<String> tokens = new RemiEncoder().encode(piece);
        byte[] back = new MidiWriter().write(new RemiDecoder().decode(tokens, 4), 80, 4, 0, "round trip");
        List<Note> decoded = new MidiReader().read("back.mid", back).notes();

        assertEquals(original.size(), decoded.size());
        for (int i = 0; i < original.size(); i++) {
            Note expected = original.get(i);
            Note actual = decoded.get(i);
            assertEquals(expected.pitch(), actual.pitch(), "pitch of note " + i);
            assertEquals(expected.startBeat(), actual.startBeat(), 1e-9, "onset of note " + i);
            assertEquals(expected.durationBeats(), actual.durationBeats(), 1e-9, "duration of note " + i);
            assertEquals(RemiTokens.velocityBin(expected.velocity()), RemiTokens.velocityBin(actual.velocity()),
                    "velocity bin of note " + i);
        }
    }

    @Test
    void encodesAChordAsItsNotesFromTheLowestUpEachAtItsPosition() {
        List<Note> chord = List.of(new Note(64, 80, 1, 1, 0), new Note(60, 80, 1, 1, 0), new Note(67, 20, 1, 0.5, 0));

        List<String> tokens = new RemiEncoder().encode(chord, 4);

        assertEquals(List.of("BAR", "CHORD_0_maj", "POS_12", "VEL_5", "PITCH_60", "DUR_12", "POS_12", "VEL_5",
                "PITCH_64", "DUR_12", "POS_12", "VEL_1", "PITCH_67", "DUR_6", "END"), tokens);
    }

    @Test
    void everyBarOpensWithTheChordSoundingInItEvenWhenHeldOverTheBarLine() {
        // Dm7 (D F A C) struck at beat 0 and held 6 beats, then G7 (G B D F) at beat 6: the second bar hears two
        // beats of Dm7 and two of G7 over a G bass. The held A is G's ninth, only the held C falls outside: G9.
        List<Note> notes = new ArrayList<>();
        for (int pitch : new int[] {50, 53, 57, 60}) {
            notes.add(new Note(pitch, 70, 0, 6, 0));
        }
        for (int pitch : new int[] {43, 59, 62, 65}) {
            notes.add(new Note(pitch, 70, 6, 2, 0));
        }

        List<String> tokens = new RemiEncoder().encode(notes, 4);

        assertEquals("CHORD_2_m7", tokens.get(1));
        assertEquals("BAR", tokens.get(18)); // BAR, chord and four notes of four tokens
        assertEquals("CHORD_7_9", tokens.get(19), String.join(" ", tokens));
    }

    @Test
    void emptyBarsAreKeptAsBarTokens() {
        List<String> tokens = new RemiEncoder().encode(List.of(new Note(60, 64, 8, 1, 0)), 4);

        assertEquals(List.of("BAR", "BAR", "BAR", "POS_0", "VEL_4", "PITCH_60", "DUR_12", "END"), tokens);
    }

    @Test
    void aVeryLongSilenceIsShortenedToEightEmptyBars() {
        // A note at bar 0 and one a million bars later (as in a file with a damaged delta time).
        List<String> tokens = new RemiEncoder().encode(
                List.of(new Note(60, 64, 0, 1, 0), new Note(62, 64, 4_000_000, 1, 0)), 4);

        assertEquals(1 + RemiEncoder.MAX_EMPTY_BARS + 1, tokens.stream().filter("BAR"::equals).count());
        List<Note> decoded = new RemiDecoder().decode(tokens, 4);
        assertEquals(4.0 * (RemiEncoder.MAX_EMPTY_BARS + 1), decoded.get(1).startBeat(), 1e-9);
    }

    @Test
    void durationsSnapToTheNearestBin() {
        assertEquals(5, DurationBins.nearest(5.2));
        assertEquals(15, DurationBins.nearest(14));     // 13.5..16.5 → 15
        assertEquals(48, DurationBins.nearest(50));
        assertEquals(192, DurationBins.nearest(10_000)); // held for at most 16 beats
        assertEquals(1, DurationBins.nearest(0.1));
    }

    @Test
    void theDecoderForgivesMalformedSequences() {
        List<String> sampled = new ArrayList<>(List.of("BAR", "DUR_6", "POS_6", "PITCH_60", "PITCH_62", "DUR_3",
                "END", "PITCH_70", "DUR_3"));

        List<Note> notes = new RemiDecoder().decode(sampled, 4);

        assertEquals(2, notes.size());
        assertEquals(new Note(60, RemiTokens.velocityOf(4), 0.5, 0.5, 0), notes.get(0));
        assertEquals(new Note(62, RemiTokens.velocityOf(4), 0.5, 0.25, 0), notes.get(1));
        assertTrue(notes.stream().noneMatch(n -> n.pitch() == 70), "nothing after END");
    }
}
