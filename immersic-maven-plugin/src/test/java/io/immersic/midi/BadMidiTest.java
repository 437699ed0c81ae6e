package io.immersic.midi;

import static io.immersic.midi.MidiBytes.event;
import static io.immersic.midi.MidiBytes.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue of damaged files: each refused with its real reason, or read with its bad events dropped. */
class BadMidiTest {

    private final MidiReader reader = new MidiReader();

    /** C4 for one beat at beat 0, PPQ 480, one track. */
    private static byte[] good() {
        return new MidiBytes(0, 480).track(events(event(0, 0x90, 60, 100), event(480, 0x80, 60, 0))).bytes();
    }

    @Test
    void otherKindsOfFileAreNamed() {
        assertReason("is empty (0 bytes)", new byte[0]);
        assertReason("is a ZIP archive", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertReason("is a RIFF file", "RIFF\0\0\0\0RMIDdata".getBytes());
        assertReason("is not a MIDI file: it does not start with 'MThd'", new byte[] {0, 1, 2, (byte) 0xFF, 7});
    }

    @Test
    void aTextFileIsNamedAsTextAndItsFirstCharactersAreKeptApartFromTheReason() {
        MidiReadException e = assertThrows(MidiReadException.class,
                () -> reader.read("x.mid", "password=hunter2\nuser=admin\n".getBytes()));
        assertEquals("is not a MIDI file: it starts with text, not 'MThd'", e.getMessage());
        assertEquals("password=hunter2", e.quote(), "for the build log only");
    }

    @Test
    void headerProblemsAreNamed() {
        assertReason("is truncated: a MIDI header takes 14 bytes and the file has 9", Arrays.copyOf(good(), 9));
        byte[] shortHeader = good();
        shortHeader[7] = 2;
        assertReason("is damaged: its header declares a length of 2 bytes", shortHeader);
        assertReason("is a format 2 MIDI file", withByte(good(), 9, 2));
        assertReason("is damaged: its header declares format 5", withByte(good(), 9, 5));
        assertReason("declares 0 ticks per quarter note", withByte(withByte(good(), 12, 0), 13, 0));
        assertReason("uses SMPTE time division (25 frames per second)", withByte(withByte(good(), 12, 0xE7), 13, 40));
        assertReason("declares no tracks", withByte(good(), 11, 0));
    }

    @Test
    void truncatedAndDamagedTracksAreNamedNotReadAsEmpty() {
        byte[] bytes = good();
        assertReason("is truncated or damaged: track 1 declares 13 bytes but only 9 remain",
                Arrays.copyOf(bytes, bytes.length - 4));
        assertReason("is truncated or damaged: track 1 declares 4660 bytes", withByte(withByte(bytes, 20, 0x12), 21,
                0x34));
        assertReason("is truncated: its header declares 3 track(s) and the file ends after 1", withByte(bytes, 11, 3));
        byte[] noStatus = new MidiBytes(0, 480).track(events(event(0, 60, 100))).bytes();
        assertReason("is damaged: track 1 has data without a status byte", noStatus);
        byte[] systemCommon = new MidiBytes(0, 480).track(events(event(0, 0xF4, 1))).bytes();
        assertReason("is damaged: track 1 has status byte 0xF4", systemCommon);
        byte[] cutEvent = new MidiBytes(0, 480).bytes();
        cutEvent = concat(cutEvent, new byte[] {'M', 'T', 'r', 'k', 0, 0, 0, 2, 0, (byte) 0x90});
        cutEvent[11] = 1;
        assertReason("is truncated or damaged: an event in track 1 runs past the end of the track", cutEvent);
    }

    /**
     * Found by the mutation fuzz: the walk read these tracks otherwise than javax.sound.midi, which then refused them
     * with only "could not get sequence from input stream".
     */
    @Test
    void tracksAreWalkedAsJavaxReadsThem() throws Exception {
        byte[] highMetaType = new MidiBytes(0, 480).track(events(event(0, 0xFF, 0xC8, 0), event(0, 0x90, 60, 100)))
                .bytes();
        assertReason("is damaged: track 1 has a meta event of type 0xC8 (types end at 0x7F) at byte 24", highMetaType);
        // A data byte after a meta event repeats the meta event (javax skips the byte): 100 is its type, 96 (0x60)
        // its length, which the track does not hold. Read as running status of the note-on, it was two notes.
        byte[] dataAfterMeta = new MidiBytes(0, 480).track(events(event(0, 0x90, 60, 100), event(0, 0xFF, 0x06, 0),
                event(0, 62, 100), event(96, 60, 0))).bytes();
        assertReason("is truncated or damaged: an event in track 1 runs past the end of the track", dataAfterMeta);
        // So a meta event whose 0xFF was damaged to a data byte still reads, as javax reads it: a 3/4 bar.
        byte[] damagedMetaStatus = new MidiBytes(0, 480).track(events(event(0, 0xFF, 0x51, 3, 0x07, 0xA1, 0x20),
                event(0, 0x7F, 0x58, 4, 3, 2, 24, 8), event(0, 0x90, 60, 100), event(480, 0x80, 60, 0))).bytes();
        assertEquals(3.0, reader.read("ok.mid", damagedMetaStatus).metre().initialBeatsPerBar());
    }

    @Test
    void aFileOfMoreEventsThanAPieceHasIsRefusedBeforeJavaxReadsIt() {
        int notes = SmfStructure.MAX_EVENTS / 2 + 1;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0, (byte) 0x90});
        for (int i = 0; i < notes; i++) {
            body.writeBytes(new byte[] {60, 100, 1, 60, 0, 0}); // note-on, then note-off by velocity 0 (running status)
        }
        assertReason("holds more than 500000 MIDI events",
                new MidiBytes(0, 480).track(toInts(body.toByteArray())).bytes());
    }

    @Test
    void outOfRangeValuesAreDroppedAndCountedAndTheRestIsKept() throws Exception {
        byte[] bytes = new MidiBytes(0, 480).track(events(
                event(0, 0xFF, 0x51, 3, 0xFF, 0xFF, 0xFF),   // 16.8 s a beat: 3.58 BPM
                event(0, 0xFF, 0x51, 3, 0, 0, 0),            // 0 µs
                event(0, 0xFF, 0x51, 3, 0, 0, 1),            // 1 µs: 60 million BPM
                event(0, 0xFF, 0x58, 4, 1, 7, 24, 8),        // 1/128
                event(0, 0xFF, 0x58, 4, 4, 31, 24, 8),       // 4/2^31
                event(0, 0xFF, 0x58, 4, 255, 0, 24, 8),      // 255/1
                event(0, 0x90, 60, 0xC8),                    // velocity byte 200
                event(0, 0x90, 0xC8, 64),                    // key byte 200
                event(0, 0x90, 64, 90),
                event(480, 0x80, 64, 0))).bytes();

        MidiPiece piece = reader.read("damaged.mid", bytes);

        assertEquals(List.of(new Note(64, 90, 0, 1, 0)), piece.notes());
        assertEquals(120.0, piece.initialBpm(), 1e-9);
        assertEquals(4.0, piece.beatsPerBar(), 1e-9);
        assertEquals(8, piece.repairs().total());
        assertEquals(List.of("tempo changes outside 20–400 BPM: 3 dropped (first: 3.58 BPM)",
                "time signatures outside 1–16 quarter notes per bar, beats of 1/1 to 1/16: 3 dropped (first: 1/128)",
                "note events with a key or velocity above 127: 2 dropped (first: velocity 200)"),
                piece.repairs().describe());
    }

    @Test
    void trackCountsOf32768AndMoreAreReadUnsigned() throws Exception {
        for (int declared : new int[] {32_768, 65_535}) {
            assertReason("is truncated: its header declares " + declared + " track(s) and the file ends after 1",
                    withByte(withByte(good(), 10, declared >> 8), 11, declared));
        }
        // javax.sound.midi reads the count as a signed short (-32768 tracks: none at all), so the notes must not
        // be lost when the file really holds that many tracks.
        MidiBytes many = new MidiBytes(1, 480).track(events(event(0, 0x90, 60, 100), event(480, 0x80, 60, 0)));
        for (int t = 1; t < 32_768; t++) {
            many.track();
        }
        assertEquals(List.of(new Note(60, 100, 0, 1, 0)), reader.read("many.mid", many.bytes()).notes());
    }

    @Test
    void extremeButValidResolutionsAreRead() throws Exception {
        for (int ppq : new int[] {1, 32767}) {
            byte[] bytes = new MidiBytes(0, ppq).track(events(event(ppq, 0x90, 60, 100), event(ppq, 0x80, 60, 0)))
                    .bytes();
            assertEquals(List.of(new Note(60, 100, 1, 1, 0)), reader.read("ppq.mid", bytes).notes(), "PPQ " + ppq);
        }
    }

    @Test
    void timeSignatureChangesMakeTheMetreMap() throws Exception {
        byte[] bytes = new MidiBytes(0, 480).track(events(
                event(0, 0xFF, 0x58, 4, 4, 2, 24, 8),          // 4/4
                event(0, 0x90, 60, 100), event(480, 0x80, 60, 0),
                event(480 * 15, 0xFF, 0x58, 4, 6, 2, 24, 8))) // 6/4 at beat 16
                .bytes();

        MetreMap metre = reader.read("changes.mid", bytes).metre();

        assertEquals(4, metre.barAt(16.0));
        assertEquals(4, metre.barAt(21.9));
        assertEquals(5, metre.barAt(22.0));
    }

    private void assertReason(String expected, byte[] bytes) {
        MidiReadException e = assertThrows(MidiReadException.class, () -> reader.read("bad.mid", bytes));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    private static byte[] withByte(byte[] bytes, int index, int value) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) value;
        return copy;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] toInts(byte[] bytes) {
        int[] out = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i] & 0xFF;
        }
        return out;
    }
}
