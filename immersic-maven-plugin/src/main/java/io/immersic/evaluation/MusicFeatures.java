package io.immersic.evaluation;

import io.immersic.midi.Note;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The features of Yang and Lerch (2018), "On the evaluation of generative models in music", computed for one piece,
 * plus polyphony. Counts that grow with a piece's length (notes) are taken per bar, so that pieces of different lengths
 * compare. Each feature is a vector; a scalar feature is a vector of one.
 */
public final class MusicFeatures {

    /** The feature names, in report order. */
    public static final List<String> NAMES = List.of("pitchCount", "pitchClassHistogram", "pitchClassTransition",
            "pitchRange", "averagePitchInterval", "noteCountPerBar", "averageInterOnsetInterval",
            "noteLengthHistogram", "polyphony");

    /** Note-length classes, in beats: the 1/12-beat grid's common values, longest last (anything longer). */
    private static final double[] LENGTH_CLASSES = {1.0 / 12, 1.0 / 6, 0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.75, 1, 1.5, 2, 3, 4};

    private MusicFeatures() {}

    public static Map<String, double[]> of(List<Note> notes, double beatsPerBar) {
        List<Note> sorted = new ArrayList<>(notes);
        sorted.sort((a, b) -> a.startBeat() != b.startBeat() ? Double.compare(a.startBeat(), b.startBeat())
                : Integer.compare(a.pitch(), b.pitch()));
        Map<String, double[]> features = new LinkedHashMap<>();
        TreeSet<Integer> pitches = new TreeSet<>();
        double[] pitchClasses = new double[12];
        double[] transitions = new double[144];
        double[] lengths = new double[LENGTH_CLASSES.length];
        double intervalSum = 0;
        TreeMap<Long, Integer> onsets = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Note note = sorted.get(i);
            pitches.add(note.pitch());
            pitchClasses[note.pitch() % 12]++;
            lengths[lengthClass(note.durationBeats())]++;
            onsets.merge(Math.round(note.startBeat() * RemiTokens.STEPS_PER_BEAT), 1, Integer::sum);
            if (i > 0) {
                Note previous = sorted.get(i - 1);
                transitions[previous.pitch() % 12 * 12 + note.pitch() % 12]++;
                intervalSum += Math.abs(note.pitch() - previous.pitch());
            }
        }
        double bars = sorted.isEmpty() ? 1
                : Math.max(1, Math.ceil((sorted.get(sorted.size() - 1).startBeat() + 1e-9) / beatsPerBar));
        features.put("pitchCount", new double[] {pitches.size()});
        features.put("pitchClassHistogram", normalized(pitchClasses));
        features.put("pitchClassTransition", normalized(transitions));
        features.put("pitchRange", new double[] {pitches.isEmpty() ? 0 : pitches.last() - pitches.first()});
        features.put("averagePitchInterval", new double[] {sorted.size() < 2 ? 0 : intervalSum / (sorted.size() - 1)});
        features.put("noteCountPerBar", new double[] {sorted.size() / bars});
        features.put("averageInterOnsetInterval", new double[] {averageInterOnset(onsets)});
        features.put("noteLengthHistogram", normalized(lengths));
        features.put("polyphony", new double[] {onsets.isEmpty() ? 0 : (double) sorted.size() / onsets.size()});
        return features;
    }

    private static double averageInterOnset(TreeMap<Long, Integer> onsets) {
        if (onsets.size() < 2) {
            return 0;
        }
        return (onsets.lastKey() - onsets.firstKey()) / (double) RemiTokens.STEPS_PER_BEAT / (onsets.size() - 1);
    }

    private static int lengthClass(double beats) {
        int best = 0;
        for (int i = 1; i < LENGTH_CLASSES.length; i++) {
            if (Math.abs(LENGTH_CLASSES[i] - beats) < Math.abs(LENGTH_CLASSES[best] - beats)) {
                best = i;
            }
        }
        return best;
    }

    private static double[] normalized(double[] counts) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] out = counts.clone();
        if (total > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= total;
            }
        }
        return out;
    }
}
