package io.immersic.report;

/**
 * Chooses "nice" axis ticks, steps of 1, 2 or 5 times a power of ten, so that a reader sees round numbers and can
 * compare charts at a glance.
 */
final class Ticks {

    private static final int[] MANTISSAS = {1, 2, 5};
    private static final int FEWEST = 4;
    private static final int MOST = 6;
    /** Keeps a tick that equals a bound up to rounding from adding a whole extra step. */
    private static final double SLACK = 1e-9;

    private Ticks() {}

    /**
     * Ticks from a multiple of the step at or below {@code lo} to one at or above {@code hi}: 4 to 6 of them when
     * possible, else the count nearest to that. The first and last tick are the axis ends.
     */
    static double[] nice(double lo, double hi) {
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        int exponent = (int) Math.floor(Math.log10((hi - lo) / 5));
        int bestMantissa = 1;
        int bestExponent = exponent;
        int bestMiss = Integer.MAX_VALUE;
        // Smallest step first, so that among the fitting steps the one giving most ticks wins.
        for (int e = exponent - 1; e <= exponent + 1; e++) {
            for (int m : MANTISSAS) {
                int miss = miss(count(lo, hi, step(m, e, 1)));
                if (miss < bestMiss) {
                    bestMiss = miss;
                    bestMantissa = m;
                    bestExponent = e;
                }
            }
        }
        return ticks(lo, hi, bestMantissa, bestExponent);
    }

    private static int miss(long count) {
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.max(FEWEST - count, Math.max(0, count - MOST)));
    }

    private static long count(double lo, double hi, double step) {
        return last(hi, step) - first(lo, step) + 1;
    }

    private static long first(double lo, double step) {
        return (long) Math.floor(lo / step + SLACK);
    }

    private static long last(double hi, double step) {
        return (long) Math.ceil(hi / step - SLACK);
    }

    private static double[] ticks(double lo, double hi, int mantissa, int exponent) {
        double step = step(mantissa, exponent, 1);
        long first = first(lo, step);
        double[] ticks = new double[(int) (last(hi, step) - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = step(mantissa, exponent, first + i);
        }
        return ticks;
    }

    /** {@code k * m * 10^e}, dividing for negative exponents so that 0.2, 0.6 ... are the nearest doubles. */
    private static double step(int mantissa, int exponent, long k) {
        double units = (double) k * mantissa;
        return exponent >= 0 ? units * Math.pow(10, exponent) : units / Math.pow(10, -exponent);
    }
}
