package io.immersic.evaluation;

import io.immersic.band.Plan;
import io.immersic.evaluation.BandFigures.Share;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;

/**
 * The drums' figures of {@link BandFigures} (defined there): how many grooves the kit plays, whether sections end
 * in a fill and whether the groove changes with the section. The primer (section letter ' ') is not part of the form
 * and is left out.
 */
record DrumFigures(int grooveBars, Share fills, Share changes) {

    static DrumFigures of(List<Note> drums, Plan plan) {
        if (drums.isEmpty()) {
            return new DrumFigures(0, Share.of(0, 0), Share.of(0, 0));
        }
        List<Bar> bars = bars(drums, plan);
        List<Bar> grooves = new ArrayList<>();
        int fills = 0;
        int sections = 0;
        int changes = 0;
        int boundaries = 0;
        List<Plan.Section> form = plan.sections().stream().filter(s -> s.letter() != ' ').toList();
        for (int i = 0; i < form.size(); i++) {
            Plan.Section section = form.get(i);
            int last = section.endBar() - 1;
            for (int bar = section.startBar(); bar < last; bar++) {
                Bar heard = bars.get(bar);
                if (!heard.isEmpty() && grooves.stream().noneMatch(heard::sameAs)) {
                    grooves.add(heard);
                }
            }
            if (section.bars() < 2) {
                continue; // a one-bar section has no groove to leave for a fill, nor a bar before one
            }
            List<Bar> body = bars.subList(section.startBar(), last);
            if (body.stream().anyMatch(bar -> !bar.isEmpty()) || !bars.get(last).isEmpty()) {
                sections++;
                fills += bars.get(last).sameAs(mostCommon(body)) ? 0 : 1;
            }
            Plan.Section next = i + 1 < form.size() ? form.get(i + 1) : null;
            if (next != null && next.letter() != section.letter()) {
                boundaries++;
                changes += bars.get(last - 1).sameAs(bars.get(next.startBar())) ? 0 : 1;
            }
        }
        return new DrumFigures(grooves.size(), Share.of(fills, sections), Share.of(changes, boundaries));
    }

    /**
     * A bar's hits as (key, beat in the bar), sorted. Two bars are the same groove when each hit of one has a hit of
     * the same drum within {@value #SAME_HIT_BEATS} beats in the other: a drummer's timing varies, and a swung eighth
     * (0.58–0.62 of a beat) sits too near a 16th boundary for any fixed grid to read it the same way twice.
     */
    record Bar(List<double[]> hits) {

        boolean isEmpty() {
            return hits.isEmpty();
        }

        boolean sameAs(Bar other) {
            if (other == null || hits.size() != other.hits.size()) {
                return false;
            }
            for (int i = 0; i < hits.size(); i++) {
                double[] a = hits.get(i);
                double[] b = other.hits.get(i);
                if (a[0] != b[0] || Math.abs(a[1] - b[1]) > SAME_HIT_BEATS) {
                    return false;
                }
            }
            return true;
        }
    }

    /** How far apart two hits of one drum may be and still be the same hit of the groove: a 32nd note. */
    static final double SAME_HIT_BEATS = 0.125;

    /** Per bar of the plan, its hits; a hit up to a 32nd early belongs to the next bar (a pushed downbeat). */
    private static List<Bar> bars(List<Note> drums, Plan plan) {
        List<List<double[]>> bars = new ArrayList<>();
        for (int bar = 0; bar < plan.bars(); bar++) {
            bars.add(new ArrayList<>());
        }
        for (Note hit : drums) {
            int bar = (int) Math.floor((hit.startBeat() + SAME_HIT_BEATS / 2) / plan.beatsPerBar());
            if (bar >= 0 && bar < bars.size()) {
                bars.get(bar).add(new double[] {hit.pitch(), hit.startBeat() - plan.barStart(bar)});
            }
        }
        return bars.stream().map(hits -> {
            hits.sort(Comparator.<double[]>comparingDouble(h -> h[0]).thenComparingDouble(h -> h[1]));
            return new Bar(hits);
        }).toList();
    }

    /** The bar that occurs most often, the earliest of equally common ones. */
    private static Bar mostCommon(List<Bar> bars) {
        Bar best = null;
        long bestCount = 0;
        for (Bar bar : bars) {
            long count = bars.stream().filter(bar::sameAs).count();
            if (count > bestCount) {
                best = bar;
                bestCount = count;
            }
        }
        return best;
    }
}
