package io.immersic.evaluation;

import io.immersic.tokens.RemiTokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Copying and repetition, measured on token sequences. */
public final class SequenceMetrics {

    /** The longest run of a generated track found verbatim in one training file. */
    public record CopiedRun(int tokens, int bars) {}

    private SequenceMetrics() {}

    /**
     * The longest stretch of any generated sequence that also occurs, token for token, in some training sequence
     * (found by binary search on the length over hashed substrings, then confirmed). Its bars are the bar lines it
     * contains: a copied run inside one bar counts 0, a run across one bar line 1.
     */
    public static CopiedRun longestCopiedRun(List<List<String>> generated, List<List<String>> training) {
        int low = 0;
        int high = generated.stream().mapToInt(List::size).max().orElse(0);
        List<String> best = List.of();
        while (low < high) {
            int length = (low + high + 1) / 2;
            List<String> found = findShared(generated, training, length);
            if (found != null) {
                low = length;
                best = found;
            } else {
                high = length - 1;
            }
        }
        int bars = (int) best.stream().filter(RemiTokens.BAR::equals).count();
        return new CopiedRun(best.size(), bars);
    }

    private static List<String> findShared(List<List<String>> generated, List<List<String>> training, int length) {
        Set<List<String>> trainingRuns = new HashSet<>();
        for (List<String> file : training) {
            for (int i = 0; i + length <= file.size(); i++) {
                trainingRuns.add(file.subList(i, i + length));
            }
        }
        for (List<String> track : generated) {
            for (int i = 0; i + length <= track.size(); i++) {
                if (trainingRuns.contains(track.subList(i, i + length))) {
                    return track.subList(i, i + length);
                }
            }
        }
        return null;
    }

    /** The share of the generated n-grams (counted with repeats) that also occur somewhere in the training data. */
    public static double sharedNgramShare(List<List<String>> generated, List<List<String>> training, int n) {
        Set<List<String>> trainingGrams = new HashSet<>();
        for (List<String> file : training) {
            for (int i = 0; i + n <= file.size(); i++) {
                trainingGrams.add(file.subList(i, i + n));
            }
        }
        long shared = 0;
        long total = 0;
        for (List<String> track : generated) {
            for (int i = 0; i + n <= track.size(); i++) {
                shared += trainingGrams.contains(track.subList(i, i + n)) ? 1 : 0;
                total++;
            }
        }
        return total == 0 ? Double.NaN : (double) shared / total;
    }

    /** Distinct n-grams divided by all n-grams, over every generated sequence (1 = never repeats, near 0 = loops). */
    public static double distinct(List<List<String>> generated, int n) {
        Set<List<String>> distinct = new HashSet<>();
        long total = 0;
        for (List<String> track : generated) {
            for (int i = 0; i + n <= track.size(); i++) {
                distinct.add(track.subList(i, i + n));
                total++;
            }
        }
        return total == 0 ? Double.NaN : (double) distinct.size() / total;
    }
}
