package io.immersic.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Yang and Lerch's comparison of a generated set with a training set for one feature: the intra-set distances
 * (between every two different training pieces, leave-one-out) and the inter-set distances (every generated piece
 * against every training piece) are smoothed into densities by Gaussian kernels (Silverman's bandwidth); the overlap
 * area of the two densities (1 = the generated music sits among the training pieces as they sit among themselves) and
 * the KL divergence of the intra-set density from the inter-set one are reported.
 */
public final class DistributionOverlap {

    public record Result(double overlapArea, double klDivergence) {}

    private static final int GRID = 512;

    private DistributionOverlap() {}

    public static Result compare(List<double[]> training, List<double[]> generated) {
        List<Double> intra = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            for (int j = 0; j < training.size(); j++) {
                if (i != j) {
                    intra.add(distance(training.get(i), training.get(j)));
                }
            }
        }
        List<Double> inter = new ArrayList<>();
        for (double[] g : generated) {
            for (double[] t : training) {
                inter.add(distance(g, t));
            }
        }
        return compareDistances(intra, inter);
    }

    static Result compareDistances(List<Double> intra, List<Double> inter) {
        if (intra.isEmpty() || inter.isEmpty()) {
            return new Result(Double.NaN, Double.NaN);
        }
        double hIntra = bandwidth(intra);
        double hInter = bandwidth(inter);
        double min = Math.min(min(intra) - 4 * hIntra, min(inter) - 4 * hInter);
        double max = Math.max(max(intra) + 4 * hIntra, max(inter) + 4 * hInter);
        double step = (max - min) / (GRID - 1);
        double overlap = 0;
        double kl = 0;
        for (int k = 0; k < GRID; k++) {
            double x = min + k * step;
            double p = density(intra, hIntra, x);
            double q = density(inter, hInter, x);
            overlap += Math.min(p, q) * step;
            if (p > 1e-12) {
                kl += p * Math.log(p / Math.max(q, 1e-12)) * step;
            }
        }
        return new Result(Math.min(1, overlap), Math.max(0, kl));
    }

    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    private static double density(List<Double> samples, double h, double x) {
        double sum = 0;
        for (double s : samples) {
            double z = (x - s) / h;
            sum += Math.exp(-0.5 * z * z);
        }
        return sum / (samples.size() * h * Math.sqrt(2 * Math.PI));
    }

    /** Silverman's rule of thumb, with a floor so that a set of equal distances still has a (narrow) density. */
    private static double bandwidth(List<Double> samples) {
        double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = samples.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum() / Math.max(1, samples.size() - 1);
        double h = 1.06 * Math.sqrt(variance) * Math.pow(samples.size(), -0.2);
        return Math.max(h, 1e-3 * Math.max(1, Math.abs(mean)));
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
