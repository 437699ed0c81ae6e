package io.immersic.evaluation;

import java.util.List;

/**
 * L2-regularised logistic regression, the linear half of the classifier two-sample test: if a straight combination of
 * the figures tells the sets apart, the difference is a plain shift in some figure a reader can name.
 *
 * <p>Each feature is standardised with the training set's mean and standard deviation (a constant feature becomes 0),
 * so that one penalty suits figures measured in semitones and in shares alike. The classes are weighted to count
 * equally however many samples each has, because the two sets compared can differ tenfold in size and an unweighted
 * fit would lean towards the larger. The loss, the weighted mean log-loss plus {@code λ/2·|w|²} (the intercept is not
 * penalised), is minimised by Newton's method with step halving, a fixed number of iterations at most: no random
 * start, so the fit is a function of the data alone, and exponentials by {@link StrictMath}, whose results are the
 * same on every JVM.
 */
final class LogisticRegression {

    /** Penalty on the squared weights of the standardised features. */
    static final double LAMBDA = 0.01;
    private static final int ITERATIONS = 50;
    private static final int MAX_HALVINGS = 30;
    /** Gradient norm under which the fit has converged. */
    private static final double TOLERANCE = 1e-10;

    private final double[] means;
    private final double[] sds;
    /** Intercept first, then one weight per standardised feature. */
    private final double[] weights;

    private LogisticRegression(double[] means, double[] sds, double[] weights) {
        this.means = means;
        this.sds = sds;
        this.weights = weights;
    }

    /**
     * Fits the model.
     *
     * @param x   the samples, all of one length
     * @param isB each sample's class, true for the class whose probability {@link #probability} returns
     */
    static LogisticRegression fit(List<double[]> x, boolean[] isB) {
        int n = x.size();
        int d = x.get(0).length;
        double[] means = new double[d];
        double[] sds = new double[d];
        standardisation(x, means, sds);
        double[][] z = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < d; j++) {
                z[i][j + 1] = (x.get(i)[j] - means[j]) / sds[j];
            }
        }
        double[] sampleWeights = balancedWeights(isB);
        double[] w = new double[d + 1];
        double loss = loss(z, isB, sampleWeights, w);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            derivatives(z, isB, sampleWeights, w, gradient, hessian);
            if (norm(gradient) < TOLERANCE) {
                break;
            }
            double[] step = solve(hessian, gradient);
            double scale = 1;
            double[] next = w;
            double nextLoss = Double.POSITIVE_INFINITY;
            for (int halving = 0; halving <= MAX_HALVINGS && !(nextLoss <= loss); halving++, scale /= 2) {
                next = new double[d + 1];
                for (int j = 0; j <= d; j++) {
                    next[j] = w[j] - scale * step[j];
                }
                nextLoss = loss(z, isB, sampleWeights, next);
            }
            if (!(nextLoss <= loss)) {
                break;
            }
            w = next;
            loss = nextLoss;
        }
        return new LogisticRegression(means, sds, w);
    }

    /** The fitted probability that {@code x} is of class B. */
    double probability(double[] x) {
        double logit = weights[0];
        for (int j = 0; j < x.length; j++) {
            logit += weights[j + 1] * (x[j] - means[j]) / sds[j];
        }
        return sigmoid(logit);
    }

    /** Per sample, n / (2·n_class): each class's weights sum to n/2. */
    static double[] balancedWeights(boolean[] isB) {
        int b = 0;
        for (boolean member : isB) {
            b += member ? 1 : 0;
        }
        int a = isB.length - b;
        double[] weights = new double[isB.length];
        for (int i = 0; i < isB.length; i++) {
            weights[i] = isB.length / (2.0 * (isB[i] ? b : a));
        }
        return weights;
    }

    private static void standardisation(List<double[]> x, double[] means, double[] sds) {
        int d = means.length;
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                means[j] += row[j] / x.size();
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sds[j] += (row[j] - means[j]) * (row[j] - means[j]) / x.size();
            }
        }
        for (int j = 0; j < d; j++) {
            sds[j] = sds[j] > 1e-12 ? Math.sqrt(sds[j]) : 1;
        }
    }

    private static double loss(double[][] z, boolean[] isB, double[] sampleWeights, double[] w) {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            double logit = dot(z[i], w);
            // log(1 + e^-t) for the true class, written to stay finite for large |t|.
            double t = isB[i] ? logit : -logit;
            sum += sampleWeights[i] * (Math.max(0, -t) + StrictMath.log1p(StrictMath.exp(-Math.abs(t))));
        }
        double penalty = 0;
        for (int j = 1; j < w.length; j++) {
            penalty += w[j] * w[j];
        }
        return sum / z.length + LAMBDA / 2 * penalty;
    }

    private static void derivatives(double[][] z, boolean[] isB, double[] sampleWeights, double[] w,
                                    double[] gradient, double[][] hessian) {
        int n = z.length;
        for (int i = 0; i < n; i++) {
            double p = sigmoid(dot(z[i], w));
            double residual = sampleWeights[i] * (p - (isB[i] ? 1 : 0)) / n;
            double curvature = sampleWeights[i] * p * (1 - p) / n;
            for (int j = 0; j < w.length; j++) {
                gradient[j] += residual * z[i][j];
                for (int k = 0; k <= j; k++) {
                    hessian[j][k] += curvature * z[i][j] * z[i][k];
                }
            }
        }
        for (int j = 0; j < w.length; j++) {
            for (int k = 0; k < j; k++) {
                hessian[k][j] = hessian[j][k];
            }
            // A trace of curvature on the intercept keeps the system solvable when every p is 0 or 1.
            hessian[j][j] += j == 0 ? 1e-12 : LAMBDA;
            gradient[j] += j == 0 ? 0 : LAMBDA * w[j];
        }
    }

    /** Solves {@code a·s = b} by Gaussian elimination with partial pivoting; {@code a} is positive definite. */
    static double[] solve(double[][] a, double[] b) {
        int m = b.length;
        double[][] work = new double[m][m + 1];
        for (int i = 0; i < m; i++) {
            System.arraycopy(a[i], 0, work[i], 0, m);
            work[i][m] = b[i];
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int row = col + 1; row < m; row++) {
                if (Math.abs(work[row][col]) > Math.abs(work[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = work[col];
            work[col] = work[pivot];
            work[pivot] = swap;
            for (int row = col + 1; row < m; row++) {
                double factor = work[row][col] / work[col][col];
                for (int k = col; k <= m; k++) {
                    work[row][k] -= factor * work[col][k];
                }
            }
        }
        double[] s = new double[m];
        for (int row = m - 1; row >= 0; row--) {
            double sum = work[row][m];
            for (int k = row + 1; k < m; k++) {
                sum -= work[row][k] * s[k];
            }
            s[row] = sum / work[row][row];
        }
        return s;
    }

    private static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + StrictMath.exp(-t)) : StrictMath.exp(t) / (1 + StrictMath.exp(t));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }
}
