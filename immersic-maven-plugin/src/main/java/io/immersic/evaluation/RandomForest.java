package io.immersic.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small random forest, the non-linear half of the classifier two-sample test: it finds differences a straight line
 * misses (a figure that is too high in some windows and too low in others, or one that matters only with another),
 * and its impurity-based importance names the figures that tell the sets apart.
 *
 * <p>{@value #TREES} trees, each grown on a bootstrap sample (as many draws with replacement as there are samples)
 * with √d randomly chosen candidate features per split, Gini impurity, depth at most {@value #MAX_DEPTH} and at least
 * {@value #MIN_LEAF} samples per leaf: small and shallow, because the question is whether the sets differ, not how
 * well the last sample can be fitted. The classes are weighted to count equally (n / (2·n_class) per sample, from the
 * whole training set) in the impurity and in the leaves' probabilities, since the sets compared can differ tenfold in
 * size. All randomness comes from one {@link SplittableRandom} seed; ties between equally good splits go to the first
 * feature drawn and the lowest threshold, so the forest is a function of the data and the seed.
 */
final class RandomForest {

    static final int TREES = 100;
    static final int MAX_DEPTH = 6;
    static final int MIN_LEAF = 2;

    private final List<Node> trees;
    private final double[] importance;

    private RandomForest(List<Node> trees, double[] importance) {
        this.trees = trees;
        this.importance = importance;
    }

    /** A split ({@code feature ≥ 0}: go left when {@code x[feature] <= threshold}) or a leaf with its probability. */
    private record Node(int feature, double threshold, Node left, Node right, double probabilityB) {

        static Node leaf(double probabilityB) {
            return new Node(-1, 0, null, null, probabilityB);
        }

        double probability(double[] x) {
            Node node = this;
            while (node.feature >= 0) {
                node = x[node.feature] <= node.threshold ? node.left : node.right;
            }
            return node.probabilityB;
        }
    }

    /** Fits the forest; {@code isB} marks the class whose probability {@link #probability} returns. */
    static RandomForest fit(List<double[]> x, boolean[] isB, long seed) {
        double[][] data = x.toArray(new double[0][]);
        int d = data[0].length;
        double[] weights = LogisticRegression.balancedWeights(isB);
        double[] importance = new double[d];
        SplittableRandom random = new SplittableRandom(seed);
        List<Node> trees = new ArrayList<>();
        for (int t = 0; t < TREES; t++) {
            int[] sample = new int[data.length];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = random.nextInt(data.length);
            }
            Grower grower = new Grower(data, isB, weights, random, importance);
            trees.add(grower.grow(sample, 0));
        }
        double total = Arrays.stream(importance).sum();
        if (total > 0) {
            for (int j = 0; j < d; j++) {
                importance[j] /= total;
            }
        }
        return new RandomForest(trees, importance);
    }

    /** The mean over the trees of the class-B share in the leaf {@code x} falls in. */
    double probability(double[] x) {
        double sum = 0;
        for (Node tree : trees) {
            sum += tree.probability(x);
        }
        return sum / trees.size();
    }

    /**
     * Per feature, the class-weighted Gini decrease of its splits summed over all trees, normalised to sum to 1 (all
     * 0 when no tree split at all): how much of the separating the forest did with it.
     */
    double[] importance() {
        return importance.clone();
    }

    /** Grows one tree, adding each split's weighted impurity decrease to the shared importance. */
    private static final class Grower {

        private final double[][] data;
        private final boolean[] isB;
        private final double[] weights;
        private final SplittableRandom random;
        private final double[] importance;
        private final int candidates;

        Grower(double[][] data, boolean[] isB, double[] weights, SplittableRandom random, double[] importance) {
            this.data = data;
            this.isB = isB;
            this.weights = weights;
            this.random = random;
            this.importance = importance;
            this.candidates = Math.max(1, (int) Math.round(Math.sqrt(data[0].length)));
        }

        private record Split(int feature, double threshold, double decrease) {}

        Node grow(int[] sample, int depth) {
            double weightB = 0;
            double total = 0;
            for (int i : sample) {
                total += weights[i];
                weightB += isB[i] ? weights[i] : 0;
            }
            double probabilityB = weightB / total;
            if (depth >= MAX_DEPTH || sample.length < 2 * MIN_LEAF || probabilityB == 0 || probabilityB == 1) {
                return Node.leaf(probabilityB);
            }
            Split best = null;
            for (int feature : drawFeatures()) {
                Split split = bestSplit(sample, feature, total, gini(weightB, total));
                if (split != null && (best == null || split.decrease() > best.decrease())) {
                    best = split;
                }
            }
            if (best == null) {
                return Node.leaf(probabilityB);
            }
            importance[best.feature()] += best.decrease();
            int feature = best.feature();
            double threshold = best.threshold();
            int[] left = Arrays.stream(sample).filter(i -> data[i][feature] <= threshold).toArray();
            int[] right = Arrays.stream(sample).filter(i -> data[i][feature] > threshold).toArray();
            return new Node(feature, threshold, grow(left, depth + 1), grow(right, depth + 1), probabilityB);
        }

        /** √d distinct features by a partial Fisher–Yates shuffle. */
        private int[] drawFeatures() {
            int d = data[0].length;
            int[] order = new int[d];
            for (int j = 0; j < d; j++) {
                order[j] = j;
            }
            for (int j = 0; j < candidates; j++) {
                int k = j + random.nextInt(d - j);
                int swap = order[j];
                order[j] = order[k];
                order[k] = swap;
            }
            return Arrays.copyOf(order, candidates);
        }

        /**
         * The threshold on {@code feature} with the largest decrease of total weighted Gini impurity, midway between
         * two adjacent distinct values, each side keeping at least {@value #MIN_LEAF} samples; null when none
         * decreases it.
         */
        private Split bestSplit(int[] sample, int feature, double total, double parentGini) {
            Integer[] order = Arrays.stream(sample).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> data[i][feature]));
            double leftTotal = 0;
            double leftB = 0;
            double totalB = 0;
            for (int i : sample) {
                totalB += isB[i] ? weights[i] : 0;
            }
            Split best = null;
            for (int k = 0; k < order.length - 1; k++) {
                int i = order[k];
                leftTotal += weights[i];
                leftB += isB[i] ? weights[i] : 0;
                double value = data[i][feature];
                double nextValue = data[order[k + 1]][feature];
                if (k + 1 < MIN_LEAF || order.length - k - 1 < MIN_LEAF || nextValue <= value) {
                    continue;
                }
                double rightTotal = total - leftTotal;
                double children = leftTotal * gini(leftB, leftTotal) + rightTotal * gini(totalB - leftB, rightTotal);
                double decrease = total * parentGini - children;
                if (decrease > 1e-12 && (best == null || decrease > best.decrease())) {
                    double midpoint = value + (nextValue - value) / 2;
                    best = new Split(feature, midpoint < nextValue ? midpoint : value, decrease);
                }
            }
            return best;
        }

        private static double gini(double weightB, double total) {
            double p = weightB / total;
            return 2 * p * (1 - p);
        }
    }
}
