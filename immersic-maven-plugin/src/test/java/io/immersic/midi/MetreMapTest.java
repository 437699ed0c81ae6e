package io.immersic.midi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetreMapTest {

    @Test
    void aChangeOnABarLineStartsBarsOfTheNewLength() {
        // 4/4 for four bars (beats 0–16), then 6/4: bar 4 is beats 16–22, bar 5 is 22–28.
        MetreMap metre = MetreMap.of(4, List.of(new MetreMap.Change(16, 6)));

        assertEquals(3, metre.barAt(15.5));
        assertEquals(4, metre.barAt(16));
        assertEquals(5, metre.barAt(22));
        assertEquals(22.0, metre.barStart(5), 1e-9);
        assertEquals(28.0, metre.barEnd(5), 1e-9);
        assertEquals(12.0, metre.barStart(3), 1e-9);
    }

    @Test
    void aChangeInsideABarEndsThatBarEarly() {
        // 4/4, then 3/4 at beat 6: bar 1 is cut to beats 4–6, bar 2 starts at 6.
        MetreMap metre = MetreMap.of(4, List.of(new MetreMap.Change(6, 3)));

        assertEquals(1, metre.barAt(5.9));
        assertEquals(6.0, metre.barEnd(1), 1e-9);
        assertEquals(2, metre.barAt(6));
        assertEquals(3, metre.barAt(9));
    }

    @Test
    void aTimeSignatureAtBeatZeroReplacesTheDefault() {
        MetreMap metre = MetreMap.of(4, List.of(new MetreMap.Change(0, 3)));

        assertEquals(3.0, metre.initialBeatsPerBar(), 1e-9);
        assertEquals(1, metre.segments().size());
    }

    @Test
    void onlyBarsOfOneToSixteenQuarterNotesAreAccepted() {
        assertEquals(3.0, MetreMap.beatsPerBar(3, 2), 1e-9);   // 3/4
        assertEquals(3.5, MetreMap.beatsPerBar(7, 3), 1e-9);   // 7/8
        assertEquals(1.75, MetreMap.beatsPerBar(7, 4), 1e-9);  // 7/16
        assertTrue(Double.isNaN(MetreMap.beatsPerBar(1, 7)));  // 1/128
        assertTrue(Double.isNaN(MetreMap.beatsPerBar(4, 31))); // 4/2^31
        assertTrue(Double.isNaN(MetreMap.beatsPerBar(255, 0))); // 255/1: 1020 beats
        assertTrue(Double.isNaN(MetreMap.beatsPerBar(0, 2)));
    }
}
