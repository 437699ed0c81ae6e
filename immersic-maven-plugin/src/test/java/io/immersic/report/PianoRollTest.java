package io.immersic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.band.Part;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class PianoRollTest {

    private static final double EPS = 0.01;

    private static Note note(int pitch, int velocity, double start, double duration) {
        return new Note(pitch, velocity, start, duration, 0);
    }

    private static SvgDom roll(List<Note> notes, int bars, List<String> labels, double loopEnd) {
        return SvgDom.parse(PianoRoll.render("Track 1", notes, 4, bars, labels, loopEnd));
    }

    @Test
    void noteOnBeatFourStartsAtTheSecondBarLine() {
        SvgDom dom = roll(List.of(note(60, 80, 0, 1), note(64, 80, 4, 2)), 4, List.of(), 0);
        assertEquals("chart piano-roll", dom.root().getAttribute("class"));
        List<Element> barLines = dom.all("line", "bar-line");
        List<Element> notes = dom.all("rect", "note");
        assertEquals(2, notes.size());
        assertEquals(SvgDom.num(barLines.get(1), "x1"), SvgDom.num(notes.get(1), "x"), EPS);
        assertEquals(SvgDom.num(barLines.get(0), "x1"), SvgDom.num(notes.get(0), "x"), EPS);
        // Two beats are half a bar.
        double bar = SvgDom.num(barLines.get(2), "x1") - SvgDom.num(barLines.get(1), "x1");
        assertEquals(bar / 2, SvgDom.num(notes.get(1), "width"), EPS);
    }

    @Test
    void higherPitchIsDrawnAbove() {
        List<Element> notes = roll(List.of(note(48, 80, 0, 1), note(72, 80, 0, 1)), 1, List.of(), 0)
                .all("rect", "note");
        assertTrue(SvgDom.num(notes.get(1), "y") < SvgDom.num(notes.get(0), "y"));
    }

    @Test
    void louderNoteIsMoreOpaque() {
        List<Element> notes = roll(List.of(note(60, 20, 0, 1), note(62, 120, 1, 1)), 1, List.of(), 0)
                .all("rect", "note");
        double soft = SvgDom.num(notes.get(0), "fill-opacity");
        double loud = SvgDom.num(notes.get(1), "fill-opacity");
        assertTrue(loud > soft);
        assertEquals(0.25 + 0.75 * 20 / 127, soft, EPS);
    }

    @Test
    void fourBarsHaveFiveBarLinesIncludingTheClosingOne() {
        SvgDom dom = roll(List.of(note(60, 80, 0, 1)), 4, List.of(), 0);
        List<Element> lines = dom.all("line", "bar-line");
        assertEquals(5, lines.size());
        Element plot = dom.one("rect", "plot-area");
        double right = SvgDom.num(plot, "x") + SvgDom.num(plot, "width");
        assertEquals(right, SvgDom.num(lines.get(4), "x1"), EPS);
        assertEquals(List.of("1", "2", "3", "4"), dom.texts("bar-number"));
    }

    @Test
    void chordLabelsAppearAboveTheirBars() {
        SvgDom dom = roll(List.of(note(62, 80, 0, 4)), 4, List.of("Dm9", "", "G13"), 0);
        assertEquals(List.of("Dm9", "G13"), dom.texts("chord"));
        List<Element> chords = dom.all("text", "chord");
        List<Element> barLines = dom.all("line", "bar-line");
        assertTrue(SvgDom.num(chords.get(1), "x") > SvgDom.num(barLines.get(2), "x1"));
        assertTrue(SvgDom.num(chords.get(1), "x") < SvgDom.num(barLines.get(3), "x1"));
    }

    @Test
    void loopLineOnlyWhenThereIsALoop() {
        SvgDom looped = roll(List.of(note(60, 80, 0, 1)), 4, List.of(), 8);
        Element loop = looped.one("line", "loop-end");
        assertEquals(SvgDom.num(looped.all("line", "bar-line").get(2), "x1"), SvgDom.num(loop, "x1"), EPS);
        assertEquals(List.of("loop"), looped.texts("loop-label"));
        SvgDom plain = roll(List.of(note(60, 80, 0, 1)), 4, List.of(), 0);
        assertEquals(0, plain.all("line", "loop-end").size());
        assertEquals(0, plain.texts("loop-label").size());
    }

    @Test
    void octaveLabelsMarkTheCs() {
        SvgDom dom = roll(List.of(note(55, 80, 0, 1), note(74, 80, 1, 1)), 1, List.of(), 0);
        assertEquals(List.of("C4", "C5"), dom.texts("octave"));
    }

    @Test
    void sizeFollowsBeatsAndPitchesWithinLimits() {
        Element small = roll(List.of(note(60, 80, 0, 1)), 1, List.of(), 0).root();
        assertEquals("720", small.getAttribute("width"));
        assertEquals("160", small.getAttribute("height"));
        Element wide = roll(List.of(note(60, 80, 0, 1)), 40, List.of(), 0).root();
        assertEquals("2400", wide.getAttribute("width"));
        // 10 bars of 4 beats at 24 px a beat, plus the margins for the octave labels (40) and the edge (12).
        assertEquals("1012", roll(List.of(note(60, 80, 0, 1)), 10, List.of(), 0).root().getAttribute("width"));
        Element tall = roll(List.of(note(30, 80, 0, 1), note(90, 80, 0, 1)), 1, List.of(), 0).root();
        assertTrue(Double.parseDouble(tall.getAttribute("height")) >= 65 * 6);
    }

    @Test
    void notesPastTheLastBarAreCutOrLeftOut() {
        SvgDom dom = roll(List.of(note(60, 80, 3, 4), note(62, 80, 4, 1)), 1, List.of(), 0);
        Element cut = dom.one("rect", "note");
        double right = SvgDom.num(dom.all("line", "bar-line").get(1), "x1");
        assertEquals(right, SvgDom.num(cut, "x") + SvgDom.num(cut, "width"), EPS);
    }

    @Test
    void emptySaysNoNotes() {
        SvgDom dom = roll(List.of(), 4, List.of("Dm9"), 16);
        assertEquals(List.of("no notes"), dom.texts("no-data"));
        assertEquals(0, dom.all("rect", "note").size());
    }

    @Test
    void sameInputGivesTheSameBytes() {
        List<Note> notes = List.of(note(60, 64, 0.5, 1.25), note(67, 100, 2, 0.5));
        assertEquals(PianoRoll.render("t", notes, 4, 2, List.of("C", "G"), 8),
                PianoRoll.render("t", notes, 4, 2, List.of("C", "G"), 8));
    }

    private static Note on(Part part, int pitch, double start, double duration) {
        return new Note(pitch, 80, start, duration, part.channel());
    }

    private static Map<Part, List<Note>> band() {
        Map<Part, List<Note>> parts = new EnumMap<>(Part.class);
        parts.put(Part.MELODY, List.of(on(Part.MELODY, 76, 0, 1), on(Part.MELODY, 77, 1, 1),
                on(Part.MELODY, 79, 2, 2)));
        parts.put(Part.KEYS, List.of(on(Part.KEYS, 60, 0, 4), on(Part.KEYS, 64, 0, 4)));
        parts.put(Part.BASS, List.of(on(Part.BASS, 36, 0, 2)));
        parts.put(Part.DRUMS, List.of(on(Part.DRUMS, 36, 0, 0.25), on(Part.DRUMS, 38, 1, 0.25),
                on(Part.DRUMS, 42, 0, 0.25), on(Part.DRUMS, 42, 0.5, 0.25)));
        return parts;
    }

    @Test
    void eachPitchedPartIsDrawnInItsOwnColourAndNamedInTheLegend() {
        SvgDom dom = SvgDom.parse(PianoRoll.render("Track 1", band(), 4, 2, List.of("C"), 0));
        assertEquals(2, dom.all("rect", "part-keys").stream().filter(e -> hasClass(e, "note")).count());
        assertEquals(1, dom.all("rect", "part-bass").stream().filter(e -> hasClass(e, "note")).count());
        assertEquals(3, dom.all("rect", "part-melody").stream().filter(e -> hasClass(e, "note")).count());
        assertEquals(6, dom.all("rect", "note").size(), "the drums are ticks, not notes");
        assertEquals(List.of("Keys", "Bass", "Melody", "Drums"), dom.texts("legend"));
        HashSet<String> fills = new HashSet<>();
        for (String part : List.of("part-keys", "part-bass", "part-melody", "part-drums")) {
            fills.add(dom.all("rect", part).get(0).getAttribute("fill"));
        }
        assertEquals(4, fills.size(), "four colours");
        // Keys first, melody last, so the top line is never hidden under the chords.
        List<Element> notes = dom.all("rect", "note");
        assertTrue(hasClass(notes.get(0), "part-keys"));
        assertTrue(hasClass(notes.get(notes.size() - 1), "part-melody"));
    }

    @Test
    void drumHitsAreTicksInLanesUnderThePitches() {
        SvgDom dom = SvgDom.parse(PianoRoll.render("Track 1", band(), 4, 2, List.of(), 0));
        List<Element> hits = dom.all("rect", "hit");
        assertEquals(4, hits.size());
        assertEquals(List.of("kick", "snare", "hats"), dom.texts("lane"), "only the lanes with hits");
        double lowestNote = 0;
        for (Element note : dom.all("rect", "note")) {
            lowestNote = Math.max(lowestNote, SvgDom.num(note, "y") + SvgDom.num(note, "height"));
        }
        for (Element hit : hits) {
            assertTrue(SvgDom.num(hit, "y") > lowestNote);
        }
        // The two hats share a lane; the kick's lane is above the snare's.
        assertEquals(SvgDom.num(hits.get(2), "y"), SvgDom.num(hits.get(3), "y"), EPS);
        assertTrue(SvgDom.num(hits.get(0), "y") < SvgDom.num(hits.get(1), "y"));
        // A hit at beat 1 starts a quarter of the way into the 4-beat bar.
        List<Element> barLines = dom.all("line", "bar-line");
        double bar = SvgDom.num(barLines.get(1), "x1") - SvgDom.num(barLines.get(0), "x1");
        assertEquals(SvgDom.num(barLines.get(0), "x1") + bar / 4, SvgDom.num(hits.get(1), "x"), EPS);
        Element plot = dom.one("rect", "plot-area");
        assertTrue(SvgDom.num(plot, "y") + SvgDom.num(plot, "height") >= SvgDom.num(hits.get(3), "y")
                + SvgDom.num(hits.get(3), "height"), "the lanes are inside the plot");
    }

    @Test
    void aSingleListIsTheKeys() {
        SvgDom dom = roll(List.of(note(60, 80, 0, 1), note(64, 80, 1, 1)), 1, List.of(), 0);
        assertEquals(2, dom.all("rect", "part-keys").stream().filter(e -> hasClass(e, "note")).count());
        assertEquals(List.of("Keys"), dom.texts("legend"));
        assertEquals(0, dom.all("rect", "hit").size());
    }

    @Test
    void aPartWithoutNotesIsLeftOutOfTheLegend() {
        Map<Part, List<Note>> parts = new EnumMap<>(Part.class);
        parts.put(Part.KEYS, List.of(note(60, 80, 0, 1)));
        parts.put(Part.BASS, List.of());
        parts.put(Part.MELODY, null);
        assertEquals(List.of("Keys"), SvgDom.parse(PianoRoll.render("t", parts, 4, 1, List.of(), 0)).texts("legend"));
    }

    @Test
    void thirtyTwoBarsAreDrawnAtTheirOwnSizeWithLabelsOfAtLeastNinePixels() {
        Map<Part, List<Note>> parts = new EnumMap<>(Part.class);
        List<Note> keys = new ArrayList<>();
        List<Note> drums = new ArrayList<>();
        for (int bar = 0; bar < 32; bar++) {
            keys.add(on(Part.KEYS, 48 + bar % 3, bar * 4, 4));
            keys.add(on(Part.KEYS, 72, bar * 4 + 2, 1));
            drums.add(on(Part.DRUMS, 36, bar * 4, 0.25));
        }
        parts.put(Part.KEYS, keys);
        parts.put(Part.DRUMS, drums);
        SvgDom dom = SvgDom.parse(PianoRoll.render("t", parts, 4, 32, List.of(), 128));
        Element root = dom.root();
        // The page must not shrink the roll to its column (that made the labels a few pixels tall): 1 px a unit.
        assertTrue(root.getAttribute("style").contains("max-width:none"));
        assertEquals(root.getAttribute("width") + " " + root.getAttribute("height"),
                root.getAttribute("viewBox").substring("0 0 ".length()));
        assertTrue(Double.parseDouble(root.getAttribute("font-size")) >= 9);
        for (Element text : dom.all("text", null)) {
            String size = text.getAttribute("font-size");
            assertTrue(size.isEmpty() || Double.parseDouble(size) >= 9, text.getTextContent());
        }
        assertEquals(List.of("C3", "C4", "C5"), dom.texts("octave"));
        // The octave names come back at bars 9, 17 and 25 for a reader scrolled away from the left edge.
        assertEquals(9, dom.texts("octave-repeat").size());
        // Pitch rows keep their height: C3 and C5 are 24 semitones of at least 6 px apart.
        List<Element> lines = dom.all("line", "octave-line");
        assertTrue(SvgDom.num(lines.get(0), "y1") - SvgDom.num(lines.get(2), "y1") >= 24 * 6);
    }

    private static boolean hasClass(Element e, String cssClass) {
        return List.of(e.getAttribute("class").split(" ")).contains(cssClass);
    }
}
