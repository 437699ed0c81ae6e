package io.immersic.evaluation;

import static io.immersic.evaluation.BandFigures.ON_BEAT;
import static io.immersic.evaluation.BandFigures.TOGETHER;
import static io.immersic.evaluation.BandFigures.near;

import io.immersic.band.Plan;
import io.immersic.evaluation.BandFigures.Share;
import io.immersic.harmony.Chord;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The melody's figures of {@link BandFigures} (defined there): whether it is a single line over the keys, whether it
 * lands on chord tones, how it moves and whether its loop comes back.
 */
record MelodyFigures(Share singleAbove, Share chordTones, Share steps, Share rhythmRecurs, Share pitchRecurrence) {

    /** A melody onset: where it starts, the highest pitch struck and how many notes are struck together. */
    private record Onset(double start, int pitch, int notes) {}

    static MelodyFigures of(List<Note> melody, List<Note> keys, List<Chord> chords, Plan plan) {
        List<Onset> onsets = onsets(melody);
        Passes passes = Passes.of(plan, onsets);
        List<Onset> first = passes == null ? List.of() : within(onsets, passes.first(), passes.length());
        List<Onset> back = passes == null ? List.of() : within(onsets, passes.back(), passes.length());
        int matched = 0;
        int samePitch = 0;
        for (Onset onset : first) {
            double offset = onset.start() - passes.first();
            List<Onset> there = back.stream().filter(o -> near(o.start() - passes.back(), offset, TOGETHER))
                    .toList();
            matched += there.isEmpty() ? 0 : 1;
            samePitch += there.stream().anyMatch(o -> o.pitch() == onset.pitch()) ? 1 : 0;
        }
        Share recurs = first.isEmpty() ? Share.of(0, 0) : Share.of(matched == first.size() ? 1 : 0, 1);
        return new MelodyFigures(singleAbove(onsets, keys), chordTones(melody, chords, plan.beatsPerBar()),
                steps(onsets), recurs, Share.of(samePitch, matched));
    }

    /** Notes chained by starting within {@link BandFigures#TOGETHER} of the one before, in order of start. */
    private static List<Onset> onsets(List<Note> melody) {
        List<Note> sorted = new ArrayList<>(melody);
        sorted.sort(Comparator.comparingDouble(Note::startBeat).thenComparingInt(Note::pitch));
        List<Onset> onsets = new ArrayList<>();
        Note previous = null;
        for (Note note : sorted) {
            if (previous != null && near(note.startBeat(), previous.startBeat(), TOGETHER)) {
                Onset last = onsets.remove(onsets.size() - 1);
                onsets.add(new Onset(last.start(), Math.max(last.pitch(), note.pitch()), last.notes() + 1));
            } else {
                onsets.add(new Onset(note.startBeat(), note.pitch(), 1));
            }
            previous = note;
        }
        return onsets;
    }

    private static Share singleAbove(List<Onset> onsets, List<Note> keys) {
        int hits = 0;
        for (Onset onset : onsets) {
            double t = onset.start();
            // A chord struck a hair after the melody note is heard with it, so it counts as sounding.
            boolean above = keys.stream().filter(k -> k.startBeat() <= t + TOGETHER + 1e-9 && k.endBeat() > t + 1e-9)
                    .allMatch(k -> k.pitch() < onset.pitch());
            hits += onset.notes() == 1 && above ? 1 : 0;
        }
        return Share.of(hits, onsets.size());
    }

    private static Share chordTones(List<Note> melody, List<Chord> chords, double beatsPerBar) {
        int hits = 0;
        int over = 0;
        for (Note note : melody) {
            // A note a little before the bar line is heard on the next bar's downbeat.
            int bar = (int) Math.floor((note.startBeat() + ON_BEAT + 1e-9) / beatsPerBar);
            double offset = note.startBeat() - bar * beatsPerBar;
            boolean strong = near(offset, 0, ON_BEAT) || (beatsPerBar >= 4 - 1e-9 && near(offset, 2, ON_BEAT));
            Chord chord = bar >= 0 && bar < chords.size() ? chords.get(bar) : null;
            if (strong && chord != null) {
                over++;
                hits += chord.pitchClasses()[note.pitch() % 12] ? 1 : 0;
            }
        }
        return Share.of(hits, over);
    }

    private static Share steps(List<Onset> onsets) {
        int hits = 0;
        for (int i = 1; i < onsets.size(); i++) {
            hits += Math.abs(onsets.get(i).pitch() - onsets.get(i - 1).pitch()) <= 2 ? 1 : 0;
        }
        return Share.of(hits, Math.max(0, onsets.size() - 1));
    }

    /** Where the first loop pass and its return start and how long a pass is, in beats. */
    private record Passes(double first, double back, double length) {

        /**
         * The first whole loop pass (after any primer) in which the melody plays — its first phrase: a line that
         * rests through an intro comes in later — and the next whole pass of a section with the same letter in
         * which it plays; null when either is missing.
         */
        static Passes of(Plan plan, List<Onset> onsets) {
            double length = plan.loopBars() * plan.beatsPerBar();
            List<double[]> passes = new ArrayList<>(); // {start beat, section letter}
            for (Plan.Section section : plan.sections()) {
                for (int bar = section.startBar(); bar + plan.loopBars() <= section.endBar() && section.letter() != ' ';
                     bar += plan.loopBars()) {
                    if (!within(onsets, plan.barStart(bar), length).isEmpty()) {
                        passes.add(new double[] {plan.barStart(bar), section.letter()});
                    }
                }
            }
            for (int i = 1; i < passes.size(); i++) {
                if (passes.get(i)[1] == passes.get(0)[1]) {
                    return new Passes(passes.get(0)[0], passes.get(i)[0], length);
                }
            }
            return null;
        }
    }

    /** The onsets heard in [from, from + length): one starting up to 1/16 beat early belongs to the span. */
    private static List<Onset> within(List<Onset> onsets, double from, double length) {
        double early = from - TOGETHER - 1e-9;
        return onsets.stream().filter(o -> o.start() >= early && o.start() < early + length).toList();
    }
}
