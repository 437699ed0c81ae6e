package io.immersic.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransitionsTest {

    /**
     * A (C F Am G) then B (Dm G C C): the keys strike each bar's triad on beat 1 (C4 E4 G4 in bar 1) and a high note
     * on beat 3; the melody comes in in bar 2 (E5 on beat 1 of bar 2); the band's own drums and bass.
     */
    private static PerformedTrack track() {
        Plan plan = BandPlans.ab(false);
        List<Note> keys = new ArrayList<>();
        for (int bar = 0; bar < 8; bar++) {
            int root = 60 + plan.chords().get(bar).root();
            keys.add(new Note(root, 70, bar * 4, 2, 0));
            keys.add(new Note(root + (plan.chords().get(bar).quality().name().startsWith("MINOR") ? 3 : 4), 70,
                    bar * 4, 2, 0));
            keys.add(new Note(root + 7, 70, bar * 4, 2, 0));
            keys.add(new Note(root + 12, 70, bar * 4 + 2, 1, 0));
        }
        List<Note> melody = List.of(new Note(76, 80, 4, 1, 2), new Note(77, 80, 5, 1, 2), new Note(79, 80, 8, 1, 2));
        List<Note> drums = DrumPart.write(plan, 3);
        Map<Part, List<Note>> parts = new EnumMap<>(Part.class);
        parts.put(Part.KEYS, keys);
        parts.put(Part.MELODY, melody);
        parts.put(Part.DRUMS, drums);
        parts.put(Part.BASS, BassPart.write(plan, drums, 3));
        return new PerformedTrack(1, plan, parts);
    }

    @Test
    void theEndingHoldsTheTonicAsTheKeysStrikeItWithTheBassRootAKickAndACrash() {
        Transitions.Piece ending = Transitions.of(track()).get(0);

        assertEquals("ending", ending.name());
        assertEquals(1, ending.bars());
        assertEquals(List.of(new Note(60, 70, 0, 4, 0), new Note(64, 70, 0, 4, 0), new Note(67, 70, 0, 4, 0)),
                ending.parts().get(Part.KEYS), "bar 1's first strike, C E G, held for the bar");
        assertEquals(List.of(new Note(36, 92, 0, 4, 1)), ending.parts().get(Part.BASS), "C2: C in E1-D#2");
        assertEquals(List.of(36, 49), ending.parts().get(Part.DRUMS).stream().map(Note::pitch).toList());
    }

    @Test
    void theStingerIsTheTopLinesFirstBarOverTheTonic() {
        Transitions.Piece stinger = Transitions.of(track()).get(1);

        assertEquals("stinger", stinger.name());
        assertEquals(List.of(new Note(76, 80, 0, 1, 2), new Note(77, 80, 1, 1, 2)), stinger.parts().get(Part.MELODY),
                "the line's first bar (bar 2), from beat 0");
        assertEquals(3, stinger.parts().get(Part.KEYS).size());
        assertEquals(List.of(49), stinger.parts().get(Part.DRUMS).stream().map(Note::pitch).toList());
    }

    @Test
    void theTransitionIsTheBarBeforeBAsTheBandPlaysIt() {
        PerformedTrack track = track();
        Transitions.Piece transition = Transitions.of(track).get(2);

        assertEquals("transition", transition.name());
        // Bar 4 (beats 12-16), G major: G4 B4 D5 on beat 0 and G5 on beat 2.
        assertEquals(List.of(new Note(67, 70, 0, 2, 0), new Note(71, 70, 0, 2, 0), new Note(74, 70, 0, 2, 0),
                new Note(79, 70, 2, 1, 0)), transition.parts().get(Part.KEYS));
        long drumsInBar4 = track.notes(Part.DRUMS).stream().filter(n -> n.startBeat() >= 12 - 1e-9
                && n.startBeat() < 16 - 1e-9).count();
        assertEquals(drumsInBar4, transition.parts().get(Part.DRUMS).size(), "the fill of A's last bar");
        assertTrue(transition.parts().get(Part.DRUMS).stream().allMatch(n -> n.startBeat() >= 0 && n.startBeat() < 4));
    }

    @Test
    void aTrackOfOneSectionLeadsBackFromItsLastBar() {
        Plan plan = BandPlans.plan("AAAA", 4, true, BandPlans.A_LOOP);
        PerformedTrack track = new PerformedTrack(1, plan, Map.of(Part.KEYS, List.of(new Note(67, 70, 12, 1, 0))));

        Transitions.Piece transition = Transitions.of(track).get(2);

        assertEquals(List.of(new Note(67, 70, 0, 1, 0)), transition.parts().get(Part.KEYS));
    }
}
