package io.immersic.audio;

/**
 * A sine by table lookup with linear interpolation: fast enough for per-sample FM, and, being built once with
 * {@link StrictMath}, the same on every JVM (plain float/double arithmetic is strict since Java 17).
 */
final class SineTable {

    private static final int SIZE = 8192;
    private static final double[] TABLE = new double[SIZE + 1];

    static {
        for (int i = 0; i <= SIZE; i++) {
            TABLE[i] = StrictMath.sin(2 * StrictMath.PI * i / SIZE);
        }
    }

    private SineTable() {}

    /** sin(2π · phase) for a phase already in [0, 1): no floor needed, for oscillators that wrap their own phase. */
    static double sinWrapped(double phase) {
        double position = phase * SIZE;
        int index = (int) position;
        double fraction = position - index;
        return TABLE[index] + (TABLE[index + 1] - TABLE[index]) * fraction;
    }

    /** sin(2π · cycles). */
    static double sinCycles(double cycles) {
        double wrapped = cycles - Math.floor(cycles);
        double position = wrapped * SIZE;
        int index = (int) position;
        double fraction = position - index;
        return TABLE[index] + (TABLE[index + 1] - TABLE[index]) * fraction;
    }
}
