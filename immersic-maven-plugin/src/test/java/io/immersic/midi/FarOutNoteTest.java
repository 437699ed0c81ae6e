package io.immersic.midi;

import static io.immersic.midi.MidiBytes.event;
import static io.immersic.midi.MidiBytes.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.harmony.BarChords;
import io.immersic.tokens.RemiEncoder;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A note at beat 6·10⁹ (PPQ 1, 24 text events 250,000,000 ticks apart): a few hundred bytes that once labelled every
 * bar up to the metre map's cap and ran out of heap. It is dropped with its beat, quickly and in little memory.
 */
class FarOutNoteTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The reported shape: optionally C4 at beat 0, then 24 text events, then E4 at beat 6·10⁹. */
    private static byte[] farOut(boolean withOrdinaryNote) {
        List<int[]> parts = new ArrayList<>();
        if (withOrdinaryNote) {
            parts.add(events(event(0, 0x90, 60, 90), event(1, 0x80, 60, 0)));
        }
        for (int i = 0; i < 24; i++) {
            parts.add(event(250_000_000, 0xFF, 0x01, 8, 'l', 'o', 'f', 'i', ' ', 'b', 'a', 'r'));
        }
        parts.add(events(event(0, 0x90, 64, 100), event(1, 0x80, 64, 0)));
        return new MidiBytes(0, 1).track(events(parts.toArray(int[][]::new))).bytes();
    }

    @Test
    void aFileWhoseOnlyNoteIsAtBeatSixBillionIsSkippedWithThatReason() throws Exception {
        new MidiReader().read("warm.mid", farOut(true)); // class loading is not what is measured
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();

        MidiReadException e = assertThrows(MidiReadException.class,
                () -> new MidiReader().read("far.mid", farOut(false)));

        long millis = (System.nanoTime() - started) / 1_000_000;
        long bytes = THREADS.getCurrentThreadAllocatedBytes() - allocated;
        assertEquals("has pitched notes only past bar 100,000 (notes past bar 100,000: 1 dropped (first: note at"
                + " beat 6.0e+09 is past bar 100,000; skipped)), which no piece reaches: a damaged delta time?",
                e.getMessage());
        assertTrue(millis < 500, millis + " ms");
        assertTrue(bytes < 16 << 20, bytes + " bytes allocated");
    }

    @Test
    void anOrdinaryNoteIsKeptAndTheFarOneDroppedWithItsBeat() throws Exception {
        MidiPiece piece = new MidiReader().read("far.mid", farOut(true));
        long allocated = THREADS.getCurrentThreadAllocatedBytes();

        List<String> tokens = new RemiEncoder().encode(piece);

        assertEquals(List.of(new Note(60, 90, 0, 1, 0)), piece.notes());
        assertEquals(List.of("notes past bar 100,000: 1 dropped (first: note at beat 6.0e+09 is past bar 100,000;"
                + " skipped)"), piece.repairs().describe());
        assertEquals(List.of("BAR", "POS_0", "VEL_5", "PITCH_60", "DUR_12", "END"), tokens);
        assertTrue(THREADS.getCurrentThreadAllocatedBytes() - allocated < 16 << 20);
    }

    @Test
    void barChordsLabelOnlyTheBarsANoteSoundsInEvenPastTheMetreMapsCap() {
        // Bar 1.5·10⁹ is past MetreMap's cap of 2^30 bars: the note must not walk up to it bar by bar.
        List<Note> notes = List.of(new Note(60, 90, 6e9, 4, 0), new Note(64, 90, 6e9, 4, 0),
                new Note(67, 90, 6e9, 4, 0));
        long allocated = THREADS.getCurrentThreadAllocatedBytes();

        var chords = BarChords.label(notes, MetreMap.constant(4));

        assertTrue(chords.size() <= 1, chords.toString()); // past the cap its overlap with the capped bar is 0
        assertTrue(THREADS.getCurrentThreadAllocatedBytes() - allocated < 16 << 20);
    }
}
