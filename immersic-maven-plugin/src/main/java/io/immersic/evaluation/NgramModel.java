package io.immersic.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An interpolated Witten–Bell n-gram model over token ids, the classical baseline for a sequence model:
 * P(w | h) = (c(h, w) + T(h) · P(w | h')) / (c(h) + T(h)), where T(h) is the number of distinct tokens seen after h and
 * h' is h without its oldest token; the recursion ends in the uniform distribution, so every token keeps some
 * probability and the distribution always sums to 1. Contexts never cross a file's start.
 */
public final class NgramModel {

    private final int order;
    private final int vocabularySize;
    /** Per context length (0 … order−1): context key → (next token → count). */
    private final List<Map<Long, Map<Integer, Integer>>> counts;
    /** Per context length: context key → total count. */
    private final List<Map<Long, Integer>> totals;

    public NgramModel(int order, int vocabularySize, List<int[]> trainingFiles) {
        if (order < 1 || order > 6) {
            throw new IllegalArgumentException("order must be 1 to 6");
        }
        this.order = order;
        this.vocabularySize = vocabularySize;
        this.counts = new java.util.ArrayList<>();
        this.totals = new java.util.ArrayList<>();
        for (int n = 0; n < order; n++) {
            counts.add(new HashMap<>());
            totals.add(new HashMap<>());
        }
        for (int[] file : trainingFiles) {
            for (int i = 0; i < file.length; i++) {
                for (int n = 0; n < order && n <= i; n++) {
                    long context = key(file, i, n);
                    counts.get(n).computeIfAbsent(context, c -> new HashMap<>()).merge(file[i], 1, Integer::sum);
                    totals.get(n).merge(context, 1, Integer::sum);
                }
            }
        }
    }

    /** P(token | the up to order−1 tokens before position {@code i} of {@code file}). */
    public double probability(int[] file, int i, int token) {
        double p = 1.0 / vocabularySize;
        int longest = Math.min(order - 1, i);
        for (int n = 0; n <= longest; n++) {
            long context = key(file, i, n);
            Map<Integer, Integer> next = counts.get(n).get(context);
            if (next == null) {
                break; // a longer context that was never seen cannot have been seen either
            }
            int total = totals.get(n).get(context);
            int types = next.size();
            p = (next.getOrDefault(token, 0) + types * p) / (total + types);
        }
        return p;
    }

    /** Mean negative log-likelihood (nats per token) of every token after the first of each file. */
    public double nll(List<int[]> files) {
        double sum = 0;
        long count = 0;
        for (int[] file : files) {
            for (int i = 1; i < file.length; i++) {
                sum -= Math.log(probability(file, i, file[i]));
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Share of those tokens that are the model's single most likely choice. */
    public double top1Accuracy(List<int[]> files) {
        long hits = 0;
        long count = 0;
        for (int[] file : files) {
            for (int i = 1; i < file.length; i++) {
                int best = 0;
                double bestP = -1;
                for (int token = 0; token < vocabularySize; token++) {
                    double p = probability(file, i, token);
                    if (p > bestP) {
                        bestP = p;
                        best = token;
                    }
                }
                hits += best == file[i] ? 1 : 0;
                count++;
            }
        }
        return count == 0 ? Double.NaN : (double) hits / count;
    }

    /** The n tokens before position i, packed into a long (with n, so contexts of different lengths never collide). */
    private long key(int[] file, int i, int n) {
        long key = n;
        for (int k = 1; k <= n; k++) {
            key = key * (vocabularySize + 1) + file[i - k] + 1;
        }
        return key;
    }
}
