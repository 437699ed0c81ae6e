package io.immersic.band;

import io.immersic.harmony.Chord;
import io.immersic.harmony.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What every part of a track shares: key, tempo, metre, length, loop and form. The parts are written from it, so
 * they agree on where the bars, the sections and the chords are.
 *
 * @param key the track's key (null when the method plans none)
 * @param bpm the tempo written and played
 * @param beatsPerBar quarter notes per bar
 * @param loopBars the loop's length in bars (a section plays its loop one or more times)
 * @param sections the form's sections in order, covering every bar once (a primer's bars are a section ' ')
 * @param chords the chord of every bar (null where no chord is known); its size is the track's length in bars
 * @param loop seamless-loop mode: the last bar leads back into the first, so no intro and no ending
 */
public record Plan(Key key, double bpm, double beatsPerBar, int loopBars, List<Section> sections, List<Chord> chords,
                   boolean loop) {

    /** A section of the form: its letter (A, B, …), its first bar and its length in bars. */
    public record Section(char letter, int startBar, int bars) {

        public int endBar() {
            return startBar + bars;
        }
    }

    public Plan {
        chords = Collections.unmodifiableList(new ArrayList<>(chords)); // null = no chord
        sections = List.copyOf(sections);
        int next = 0;
        for (Section section : sections) {
            if (section.startBar() != next || section.bars() < 1) {
                throw new IllegalArgumentException("sections must cover the bars in order: " + sections);
            }
            next = section.endBar();
        }
        if (next != chords.size() || loopBars < 1) {
            throw new IllegalArgumentException("sections cover " + next + " bars of " + chords.size()
                    + " (loop " + loopBars + ")");
        }
    }

    /**
     * Sections from one letter per bar ({@code letters}, e.g. "AAAABBBBAAAA") cut every {@code sectionBars} bars
     * after the leading primer bars (spaces), and wherever the letter changes.
     */
    public static List<Section> sections(String letters, int sectionBars) {
        List<Section> out = new ArrayList<>();
        int primer = 0;
        while (primer < letters.length() && letters.charAt(primer) == ' ') {
            primer++;
        }
        if (primer > 0) {
            out.add(new Section(' ', 0, primer));
        }
        int start = primer;
        for (int bar = primer + 1; bar <= letters.length(); bar++) {
            boolean cut = bar == letters.length() || letters.charAt(bar) != letters.charAt(start)
                    || (bar - primer) % sectionBars == 0;
            if (cut) {
                out.add(new Section(letters.charAt(start), start, bar - start));
                start = bar;
            }
        }
        return out;
    }

    /** The track's length in bars. */
    public int bars() {
        return chords.size();
    }

    /** The section {@code bar} belongs to. */
    public Section sectionOf(int bar) {
        for (Section section : sections) {
            if (bar < section.endBar()) {
                return section;
            }
        }
        throw new IndexOutOfBoundsException("bar " + bar + " of " + bars());
    }

    /** Whether {@code bar} is the first bar of its section. */
    public boolean startsSection(int bar) {
        return sectionOf(bar).startBar() == bar;
    }

    /** Whether {@code bar} is the last bar of its section. */
    public boolean endsSection(int bar) {
        return sectionOf(bar).endBar() == bar + 1;
    }

    /** The bar's place in its section's loop, 0 .. loopBars-1. */
    public int barInLoop(int bar) {
        return (bar - sectionOf(bar).startBar()) % loopBars;
    }

    /** The beat where {@code bar} starts. */
    public double barStart(int bar) {
        return bar * beatsPerBar;
    }
}
