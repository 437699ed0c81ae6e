package io.immersic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.Note;
import java.util.List;
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
}
