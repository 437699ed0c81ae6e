package io.immersic.evaluation;

import io.immersic.band.Plan;
import io.immersic.evaluation.BandFigures.Share;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The drums' figures of {@link BandFigures} (defined there): how many grooves the kit plays, whether sections end
 * in a fill and whether the groove changes with the section. The primer (section letter ' ') is not part of the form
 * and is left out.
 */
record DrumFigures(int grooveBars, Share fills, Share changes) {

    /** The 16th-note grid a drum bar is read on: a hit a little off the grid is the same hit. */
    private static final int STEPS_PER_BEAT = 4;

    static DrumFigures of(List<Note> drums, Plan plan) {
        if (drums.isEmpty()) {
            return new DrumFigures(0, Share.of(0, 0), Share.of(0, 0));
        }
        List<Set<Integer>> bars = bars(drums, plan);
        Set<Set<Integer>> grooves = new HashSet<>();
        int fills = 0;
        int sections = 0;
        int changes = 0;
        int boundaries = 0;
        List<Plan.Section> form = plan.sections().stream().filter(s -> s.letter() != ' ').toList();
        for (int i = 0; i < form.size(); i++) {
            Plan.Section section = form.get(i);
            int last = section.endBar() - 1;
            for (int bar = section.startBar(); bar < last; bar++) {
                if (!bars.get(bar).isEmpty()) {
                    grooves.add(bars.get(bar));
                }
            }
            if (section.bars() < 2) {
                continue; // a one-bar section has no groove to leave for a fill, nor a bar before one
            }
            List<Set<Integer>> body = bars.subList(section.startBar(), last);
            if (body.stream().anyMatch(bar -> !bar.isEmpty()) || !bars.get(last).isEmpty()) {
                sections++;
                fills += bars.get(last).equals(mostCommon(body)) ? 0 : 1;
            }
            Plan.Section next = i + 1 < form.size() ? form.get(i + 1) : null;
            if (next != null && next.letter() != section.letter()) {
                boundaries++;
                changes += bars.get(last - 1).equals(bars.get(next.startBar())) ? 0 : 1;
            }
        }
        return new DrumFigures(grooves.size(), Share.of(fills, sections), Share.of(changes, boundaries));
    }

    /** Per bar of the plan, its hits as {@code key · 1000 + 16th step in the bar}, onsets rounded to the grid. */
    private static List<Set<Integer>> bars(List<Note> drums, Plan plan) {
        List<Set<Integer>> bars = new ArrayList<>();
        for (int bar = 0; bar < plan.bars(); bar++) {
            bars.add(new TreeSet<>());
        }
        double stepsPerBar = plan.beatsPerBar() * STEPS_PER_BEAT;
        for (Note hit : drums) {
            long step = Math.round(hit.startBeat() * STEPS_PER_BEAT);
            int bar = (int) Math.floor((step + 1e-9) / stepsPerBar);
            if (bar >= 0 && bar < bars.size()) {
                long inBar = step - Math.round(bar * stepsPerBar);
                bars.get(bar).add((int) (hit.pitch() * 1000 + inBar));
            }
        }
        return bars;
    }

    /** The bar that occurs most often, the earliest of equally common ones. */
    private static Set<Integer> mostCommon(List<Set<Integer>> bars) {
        Set<Integer> best = null;
        long bestCount = 0;
        for (Set<Integer> bar : bars) {
            long count = bars.stream().filter(bar::equals).count();
            if (count > bestCount) {
                best = bar;
                bestCount = count;
            }
        }
        return best;
    }
}
