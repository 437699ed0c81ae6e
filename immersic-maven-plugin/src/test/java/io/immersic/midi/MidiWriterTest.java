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
    void aBandIsATrackPerPartNamedOnItsOwnChannelWithMarkersAtSectionStarts() throws Exception {
        List<Note> bass = List.of(new Note(36, 90, 0, 2, 1));
        List<Note> kick = List.of(new Note(36, 100, 0, 0.25, 9));
        byte[] bytes = new MidiWriter().write(List.of(new MidiWriter.Part("Keys", 0, 4, notes),
                        new MidiWriter.Part("Bass", 1, 33, bass), new MidiWriter.Part("Drums", 9, 0, kick)),
                List.of(new MidiWriter.Marker(0, "A"), new MidiWriter.Marker(16, "B")), 80, 4, "band", 32, false);

        Sequence sequence = MidiSystem.getSequence(new ByteArrayInputStream(bytes));
        assertEquals(4, sequence.getTracks().length, "a conductor track and three parts");
        assertEquals(List.of("band", "Keys", "Bass", "Drums"), java.util.Arrays.stream(sequence.getTracks())
                .map(MidiWriterTest::nameOf).toList());
        assertEquals(33, programOf(sequence.getTracks()[2]));
        assertEquals(-1, programOf(sequence.getTracks()[3]), "the drum channel takes no program change");
        assertEquals(List.of(1), channelsOf(sequence.getTracks()[2]));
        assertEquals(List.of(9), channelsOf(sequence.getTracks()[3]));
        Track conductor = sequence.getTracks()[0];
        List<Long> markers = new java.util.ArrayList<>();
        for (int i = 0; i < conductor.size(); i++) {
            if (conductor.get(i).getMessage() instanceof javax.sound.midi.MetaMessage meta && meta.getType() == 6) {
                markers.add(conductor.get(i).getTick());
            }
        }
        assertEquals(List.of(0L, 16L * MidiWriter.PPQ), markers);
        assertArrayEquals(bytes, new MidiWriter().write(List.of(new MidiWriter.Part("Keys", 0, 4, notes),
                        new MidiWriter.Part("Bass", 1, 33, bass), new MidiWriter.Part("Drums", 9, 0, kick)),
                List.of(new MidiWriter.Marker(0, "A"), new MidiWriter.Marker(16, "B")), 80, 4, "band", 32, false));
    }

    private static String nameOf(Track track) {
        for (int i = 0; i < track.size(); i++) {
            if (track.get(i).getMessage() instanceof javax.sound.midi.MetaMessage meta && meta.getType() == 3) {
                return new String(meta.getData(), java.nio.charset.StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    private static List<Integer> channelsOf(Track track) {
        java.util.TreeSet<Integer> channels = new java.util.TreeSet<>();
        for (int i = 0; i < track.size(); i++) {
            if (track.get(i).getMessage() instanceof ShortMessage message
                    && message.getCommand() == ShortMessage.NOTE_ON) {
                channels.add(message.getChannel());
            }
        }
        return List.copyOf(channels);
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
