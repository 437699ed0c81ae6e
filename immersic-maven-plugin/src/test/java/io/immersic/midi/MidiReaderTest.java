package io.immersic.midi;

import static io.immersic.midi.MidiBytes.event;
import static io.immersic.midi.MidiBytes.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MidiReaderTest {

    private final MidiReader reader = new MidiReader();

    @ParameterizedTest
    @ValueSource(ints = {96, 480, 960})
    void aNoteAtOneQuarterStartsAtBeatOneWhateverThePpq(int ppq) throws Exception {
        // C4 from tick PPQ for one quarter, then E4 from 2.5 beats for an eighth.
        byte[] bytes = new MidiBytes(0, ppq).track(events(
                event(ppq, 0x90, 60, 100),
                event(ppq, 0x80, 60, 0),
                event(ppq / 2, 0x90, 64, 70),
                event(ppq / 2, 0x80, 64, 0))).bytes();

        MidiPiece piece = reader.read("test.mid", bytes);

        assertEquals(ppq, piece.ppq());
        assertEquals(List.of(new Note(60, 100, 1.0, 1.0, 0), new Note(64, 70, 2.5, 0.5, 0)), piece.notes());
    }

    @Test
    void runningStatusAndVelocityZeroNoteOffsAreRead() throws Exception {
        // One status byte 0x90, then data pairs only (running status); velocity 0 ends a note.
        byte[] bytes = new MidiBytes(0, 480).track(events(
                event(0, 0x90, 60, 90),
                event(0, 64, 80),
                event(480, 60, 0),
                event(240, 64, 0))).bytes();

        List<Note> notes = reader.read("running.mid", bytes).notes();

        assertEquals(List.of(new Note(60, 90, 0, 1.0, 0), new Note(64, 80, 0, 1.5, 0)), notes);
    }

    @Test
    void formatOneTracksAreMergedAndDrumsKeptApart() throws Exception {
        byte[] bytes = new MidiBytes(1, 480)
                .track(events(event(0, 0xFF, 0x51, 3, 0x07, 0xA1, 0x20))) // 500000 µs = 120 BPM
                .track(events(event(0, 0x90, 67, 64), event(960, 0x80, 67, 0)))
                .track(events(event(480, 0x91, 48, 50), event(480, 0x81, 48, 0)))
                .track(events(event(0, 0x99, 36, 110), event(120, 0x89, 36, 0)))
                .bytes();

        MidiPiece piece = reader.read("multi.mid", bytes);

        assertEquals(List.of(new Note(67, 64, 0, 2.0, 0), new Note(48, 50, 1.0, 1.0, 1)), piece.notes());
        assertEquals(List.of(new Note(36, 110, 0, 0.25, 9)), piece.drums());
    }

    @Test
    void tempoChangesAreKeptInOrder() throws Exception {
        byte[] bytes = new MidiBytes(1, 480)
                .track(events(
                        event(0, 0xFF, 0x51, 3, 0x0B, 0x71, 0xB0),     // 750000 µs = 80 BPM
                        event(1920, 0xFF, 0x51, 3, 0x09, 0x27, 0xC0))) // 600000 µs = 100 BPM at beat 4
                .track(events(event(0, 0x90, 60, 64), event(480, 0x80, 60, 0)))
                .bytes();

        MidiPiece piece = reader.read("tempo.mid", bytes);

        assertEquals(List.of(new TempoChange(0, 750_000), new TempoChange(4.0, 600_000)), piece.tempoMap());
        assertEquals(80.0, piece.initialBpm(), 1e-9);
    }

    @Test
    void aNoteLeftOpenEndsAtTheEndOfItsTrack() throws Exception {
        // Note-on at beat 0, never closed; the track ends at beat 3 (delta 1440 on a later event).
        byte[] bytes = new MidiBytes(0, 480).track(events(
                event(0, 0x90, 62, 75),
                event(1440, 0xFF, 0x01, 1, 'x'))).bytes();

        assertEquals(List.of(new Note(62, 75, 0, 3.0, 0)), reader.read("open.mid", bytes).notes());
    }

    @Test
    void timeSignatureSetsTheBarLength() throws Exception {
        byte[] bytes = new MidiBytes(0, 480).track(events(
                event(0, 0xFF, 0x58, 4, 3, 2, 24, 8), // 3/4
                event(0, 0x90, 60, 64), event(480, 0x80, 60, 0))).bytes();

        assertEquals(3.0, reader.read("waltz.mid", bytes).beatsPerBar(), 1e-9);
    }

    @Test
    void unusableFilesAreRejectedWithAReason() {
        assertMessage("is empty (0 bytes)", new byte[0]);
        assertMessage("is a ZIP archive", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertMessage("is not a MIDI file: it starts with text",
                "hello, world".getBytes());
        byte[] truncated = {'M', 'T', 'h', 'd', 0, 0, 0, 6, 0, 0, 0, 1, 1, (byte) 0xE0, 'M', 'T', 'r', 'k', 0x7F, 0, 0, 0};
        assertMessage("is truncated or damaged", truncated);
        byte[] smpte = new MidiBytes(0, 0).track(events(event(0, 0x90, 60, 64), event(10, 0x80, 60, 0))).bytes();
        smpte[12] = (byte) 0xE7; // -25 frames per second
        smpte[13] = 40;
        assertMessage("uses SMPTE time division", smpte);
    }

    private void assertMessage(String expected, byte[] bytes) {
        MidiReadException e = assertThrows(MidiReadException.class, () -> reader.read("bad.mid", bytes));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
