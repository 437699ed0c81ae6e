package io.immersic.midi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;

class MidiWriterTest {

    private final List<Note> notes = List.of(new Note(60, 80, 0, 1, 0), new Note(64, 72, 0, 1, 0),
            new Note(60, 90, 1, 0.5, 0));

    @Test
    void writesFormatOneWithTempoProgramAndNotesThatReadBack() throws Exception {
        byte[] bytes = new MidiWriter().write(notes, 75, 4, 4, "test");

        Sequence sequence = MidiSystem.getSequence(new ByteArrayInputStream(bytes));
        assertEquals(1, MidiSystem.getMidiFileFormat(new ByteArrayInputStream(bytes)).getType());
        assertEquals(2, sequence.getTracks().length);
        MidiPiece piece = new MidiReader().read("back", bytes);
        assertEquals(notes, piece.notes());
        assertEquals(75.0, piece.initialBpm(), 0.01);
        assertEquals(4, programOf(sequence.getTracks()[1]));
    }

    @Test
    void aPieceEndsAtTheEndOfItsBarsAndCanCarryALoopMarker() throws Exception {
        byte[] bytes = new MidiWriter().write(notes, 90, 4, 0, "loop", 8, true);

        Sequence sequence = MidiSystem.getSequence(new ByteArrayInputStream(bytes));
        assertEquals(8 * MidiWriter.PPQ, sequence.getTickLength());
        Track music = sequence.getTracks()[1];
        boolean marker = false;
        for (int i = 0; i < music.size(); i++) {
            if (music.get(i).getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.CONTROL_CHANGE
                    && m.getData1() == MidiWriter.LOOP_START_CONTROLLER && music.get(i).getTick() == 0) {
                marker = true;
            }
        }
        assertEquals(true, marker, "controller 111 at tick 0");
        assertEquals(notes, new MidiReader().read("loop", bytes).notes());
    }

    @Test
    void theSameNotesGiveTheSameBytes() {
        assertArrayEquals(new MidiWriter().write(notes, 90, 4, 0, "a"), new MidiWriter().write(notes, 90, 4, 0, "a"));
    }

    private static int programOf(Track track) {
        for (int i = 0; i < track.size(); i++) {
            if (track.get(i).getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.PROGRAM_CHANGE) {
                return m.getData1();
            }
        }
        return -1;
    }
}
