package io.immersic.evaluation;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The classifier two-sample test: can a classifier tell 4-bar windows of one set of pieces (say generated tracks) from
 * windows of another (say held-out human pieces)? If it cannot do better than chance on windows it was not trained on,
 * the sets are indistinguishable in everything {@link WindowFeatures} measures, jointly and not one figure at a time.
 * The answer is the ROC AUC of the out-of-fold scores: 0.5 is indistinguishable, 1 is always told apart (and 0 would
 * mean systematically told apart the wrong way round, which out-of-fold scores only show by chance).
 *
 * <p>Two classifiers answer: {@code LogisticRegression}, which sees a difference in a straight combination of the
 * figures, and a small {@code RandomForest}, which also sees non-linear ones and names the figures that separate.
 *
 * <p>The cross-validation is grouped by piece: every window of one piece is in the same fold. Windows of one piece
 * share its key, tempo feel, instrument range and loop, so a classifier tested on a window whose siblings it was
 * trained on recognises the piece rather than the set, and would report a difference where there is none. The pieces of each
 * set are shuffled with the seed and dealt to the folds in turn, so that both sets are in every fold. Everything is
 * seeded ({@link SplittableRandom}) and sequential, so the same sets and seed give the same result. The whole
 * cross-validation is repeated {@value #REPEATS} times with new fold assignments and the AUCs averaged.
 */
public final class TwoSampleClassifier {

    /** Folds of the cross-validation, fewer when a set has fewer pieces. */
    public static final int FOLDS = 5;
    /**
     * The cross-validation is repeated with this many fold assignments and the AUCs averaged: with few pieces on a
     * side (a held-out split of 8 pieces), which pieces share a fold moves one run's AUC by ±0.1.
     */
    public static final int REPEATS = 5;
    /** Separating figures reported. */
    public static final int TOP_FEATURES = 5;
    /** Fewest windows per set for an AUC that means anything. */
    static final int MIN_WINDOWS = 4;
    /** Fewest pieces per set: a set must be on both sides of every split between training and test. */
    static final int MIN_PIECES = 2;

    private TwoSampleClassifier() {}

    /**
     * Held-out windows below which the test against them says little. On the lofi-progressions the split holds out
     * 8 pieces, 9 windows: the logistic regression's AUC against them was 0.39 where, every piece held out once (108
     * windows), it is 0.89, and which pieces are held out moves the forest's by ±0.1.
     */
    public static final int FEW_HELD_OUT_WINDOWS = 30;

    /**
     * A warning, for the log and the report, when the held-out pieces give too few windows to trust the AUC against
     * them ({@code generatedVsHeldOut}); null when they give enough or the test did not run.
     */
    public static String heldOutCaution(Map<String, Result> tests) {
        Result heldOut = tests.get("generatedVsHeldOut");
        Result training = tests.get("generatedVsTraining");
        if (heldOut == null || !heldOut.ran() || heldOut.windowsA() >= FEW_HELD_OUT_WINDOWS) {
            return null;
        }
        return String.format(Locale.ROOT, "only %d held-out window(s): the AUC against them may be off by 0.1 or more"
                + " either way%s", heldOut.windowsA(), training == null || !training.ran() ? ""
                : String.format(Locale.ROOT, "; generatedVsTraining, on %d windows, says more", training.windowsA()));
    }

    /**
     * A figure that separates the sets, with its means so that a reader sees which way.
     *
     * @param feature    the name from {@link WindowFeatures#names()}
     * @param importance its share of the forest's impurity decrease, averaged over the folds' forests
     * @param meanA      its mean over the windows of set A
     * @param meanB      its mean over the windows of set B
     */
    public record Separator(String feature, double importance, double meanA, double meanB) {}

    /**
     * The outcome of a test.
     *
     * @param aucLogistic the ROC AUC of the logistic regression's out-of-fold probabilities that a window is from B
     * @param aucTrees    the same for the random forest
     * @param windowsA    windows of set A
     * @param windowsB    windows of set B
     * @param piecesA     pieces of set A with at least one window
     * @param piecesB     the same for set B
     * @param separators  the {@value #TOP_FEATURES} figures with the most forest importance, most first; empty when
     *                    the test was not run
     */
    public record Result(double aucLogistic, double aucTrees, int windowsA, int windowsB, int piecesA, int piecesB,
                         List<Separator> separators) {

        public Result {
            separators = List.copyOf(separators);
        }

        /** Whether there was enough material to run the test. */
        public boolean ran() {
            return !Double.isNaN(aucLogistic);
        }

        /** One line for a build log. */
        public String describe() {
            String sizes = String.format(Locale.ROOT, "A: %d windows of %d pieces, B: %d windows of %d pieces",
                    windowsA, piecesA, windowsB, piecesB);
            if (!ran()) {
                return String.format(Locale.ROOT,
                        "classifier two-sample test not run: needs %d pieces and %d windows per set (%s)",
                        MIN_PIECES, MIN_WINDOWS, sizes);
            }
            String separating = separators.stream()
                    .map(s -> String.format(Locale.ROOT, "%s (%.2f: A %.3g, B %.3g)", s.feature(), s.importance(),
                            s.meanA(), s.meanB()))
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT,
                    "classifier two-sample AUC (0.5 = indistinguishable): logistic %.3f, trees %.3f (%s); "
                            + "separated most by %s", aucLogistic, aucTrees, sizes, separating);
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * Tests whether windows of {@code setA} can be told from windows of {@code setB}. When either set has fewer than
     * {@value #MIN_PIECES} pieces with windows, or fewer than {@value #MIN_WINDOWS} windows, the AUCs are NaN and
     * there are no separators: with one piece, grouped folds cannot put the set both in the training and in the test
     * part of any fold, and a handful of windows ranks into a few coarse AUC values that say nothing.
     *
     * @param setA        the pieces of set A, each a list of notes
     * @param setB        the pieces of set B
     * @param beatsPerBar quarter-note beats per bar
     * @param seed        the seed of the fold assignment and the forests
     */
    public static Result test(List<List<Note>> setA, List<List<Note>> setB, double beatsPerBar, long seed) {
        return testWindows(windows(setA, beatsPerBar), windows(setB, beatsPerBar), seed);
    }

    private static List<List<double[]>> windows(List<List<Note>> pieces, double beatsPerBar) {
        List<List<double[]>> windows = new ArrayList<>();
        for (List<Note> piece : pieces) {
            List<double[]> pieceWindows = WindowFeatures.of(piece, beatsPerBar);
            if (!pieceWindows.isEmpty()) {
                windows.add(pieceWindows);
            }
        }
        return windows;
    }

    /** The test on feature vectors already cut: each inner list is one piece's windows, the group of the folds. */
    static Result testWindows(List<List<double[]>> piecesA, List<List<double[]>> piecesB, long seed) {
        piecesA = piecesA.stream().filter(piece -> !piece.isEmpty()).toList();
        piecesB = piecesB.stream().filter(piece -> !piece.isEmpty()).toList();
        int windowsA = piecesA.stream().mapToInt(List::size).sum();
        int windowsB = piecesB.stream().mapToInt(List::size).sum();
        if (piecesA.size() < MIN_PIECES || piecesB.size() < MIN_PIECES || windowsA < MIN_WINDOWS
                || windowsB < MIN_WINDOWS) {
            return new Result(Double.NaN, Double.NaN, windowsA, windowsB, piecesA.size(), piecesB.size(), List.of());
        }
        SplittableRandom random = new SplittableRandom(seed);
        int k = Math.min(FOLDS, Math.min(piecesA.size(), piecesB.size()));
        double logistic = 0;
        double trees = 0;
        double[] importance = new double[WindowFeatures.names().size()];
        List<double[]> x = null;
        boolean[] isB = null;
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            List<double[]> windows = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            List<Integer> windowFolds = new ArrayList<>();
            addWindows(piecesA, folds(piecesA.size(), k, random), false, windows, labels, windowFolds);
            addWindows(piecesB, folds(piecesB.size(), k, random), true, windows, labels, windowFolds);
            x = windows;
            isB = new boolean[windows.size()];
            for (int i = 0; i < isB.length; i++) {
                isB[i] = labels.get(i);
            }
            double[] aucs = crossValidate(windows, isB, windowFolds, k, random, importance);
            logistic += aucs[0] / REPEATS;
            trees += aucs[1] / REPEATS;
        }
        for (int j = 0; j < importance.length; j++) {
            importance[j] /= REPEATS;
        }
        return new Result(logistic, trees, windowsA, windowsB, piecesA.size(), piecesB.size(),
                separators(importance, x, isB));
    }

    /**
     * One grouped cross-validation: the pooled out-of-fold AUCs {logistic, trees}; adds each fold forest's feature
     * importance / k to {@code importance}.
     */
    private static double[] crossValidate(List<double[]> x, boolean[] isB, List<Integer> windowFolds, int k,
                                          SplittableRandom random, double[] importance) {
        double[] logisticScores = new double[x.size()];
        double[] treeScores = new double[x.size()];
        for (int fold = 0; fold < k; fold++) {
            List<double[]> trainX = new ArrayList<>();
            List<Boolean> trainLabels = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                if (windowFolds.get(i) != fold) {
                    trainX.add(x.get(i));
                    trainLabels.add(isB[i]);
                }
            }
            boolean[] trainIsB = new boolean[trainLabels.size()];
            for (int i = 0; i < trainIsB.length; i++) {
                trainIsB[i] = trainLabels.get(i);
            }
            LogisticRegression logistic = LogisticRegression.fit(trainX, trainIsB);
            RandomForest forest = RandomForest.fit(trainX, trainIsB, random.nextLong());
            for (int i = 0; i < x.size(); i++) {
                if (windowFolds.get(i) == fold) {
                    logisticScores[i] = logistic.probability(x.get(i));
                    treeScores[i] = forest.probability(x.get(i));
                }
            }
            double[] foldImportance = forest.importance();
            for (int j = 0; j < importance.length; j++) {
                importance[j] += foldImportance[j] / k;
            }
        }
        return new double[] {auc(logisticScores, isB), auc(treeScores, isB)};
    }

    private static void addWindows(List<List<double[]>> pieces, int[] pieceFolds, boolean isB, List<double[]> x,
                                   List<Boolean> labels, List<Integer> windowFolds) {
        for (int piece = 0; piece < pieces.size(); piece++) {
            for (double[] window : pieces.get(piece)) {
                x.add(window);
                labels.add(isB);
                windowFolds.add(pieceFolds[piece]);
            }
        }
    }

    /**
     * The fold of each of {@code pieces} pieces: a seeded shuffle, then dealt round-robin, so every fold of
     * {@code k <= pieces} gets at least one piece and the fold sizes differ by at most one.
     */
    static int[] folds(int pieces, int k, SplittableRandom random) {
        int[] order = new int[pieces];
        for (int i = 0; i < pieces; i++) {
            order[i] = i;
        }
        for (int i = pieces - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] folds = new int[pieces];
        for (int position = 0; position < pieces; position++) {
            folds[order[position]] = position % k;
        }
        return folds;
    }

    private static List<Separator> separators(double[] importance, List<double[]> x, boolean[] isB) {
        List<String> names = WindowFeatures.names();
        Integer[] order = new Integer[importance.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        // Stable sort: equal importances keep the order of the names.
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> importance[j]).reversed());
        List<Separator> separators = new ArrayList<>();
        for (int rank = 0; rank < Math.min(TOP_FEATURES, order.length); rank++) {
            int j = order[rank];
            separators.add(new Separator(names.get(j), importance[j], mean(x, isB, j, false), mean(x, isB, j, true)));
        }
        return separators;
    }

    private static double mean(List<double[]> x, boolean[] isB, int feature, boolean ofB) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < x.size(); i++) {
            if (isB[i] == ofB) {
                sum += x.get(i)[feature];
                count++;
            }
        }
        return sum / count;
    }

    /**
     * The ROC AUC of {@code scores} for telling B from A, by the Mann–Whitney statistic: the share of (A, B) pairs in
     * which the B sample scores higher, a tie counting 1/2. NaN when either class is empty.
     */
    public static double auc(double[] scores, boolean[] isB) {
        if (scores.length != isB.length) {
            throw new IllegalArgumentException("scores and labels differ in length");
        }
        long b = 0;
        for (boolean member : isB) {
            b += member ? 1 : 0;
        }
        long a = isB.length - b;
        if (a == 0 || b == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        // Ranks from 1, tied scores sharing the mean of their ranks.
        double rankSumB = 0;
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end < order.length && scores[order[end]] == scores[order[start]]) {
                end++;
            }
            double midrank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                rankSumB += isB[order[k]] ? midrank : 0;
            }
            start = end;
        }
        return (rankSumB - b * (b + 1) / 2.0) / ((double) a * b);
    }
}
