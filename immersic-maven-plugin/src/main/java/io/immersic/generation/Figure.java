package io.immersic.generation;

/**
 * The comping figure's rhythm: which bars of a loop replay the onsets of an earlier bar. Lo-fi keys play one figure
 * through the loop, its rhythm coming back every bar or every other bar; some loops write each bar afresh. The model
 * writes the loop under each of these, and the loop it finds most likely is played.
 */
enum Figure {
    /** Every bar replays the onsets of the loop's first bar. */
    ONE_BAR,
    /** Every bar replays the onsets of the bar two before it. */
    TWO_BARS,
    /** Each bar has its own rhythm (the loop as a whole still repeats exactly). */
    PER_BAR;

    /** The bar of the loop whose onsets bar {@code bar} replays, or -1 when it is free. */
    int sourceOf(int bar) {
        return switch (this) {
            case ONE_BAR -> bar >= 1 ? 0 : -1;
            case TWO_BARS -> bar >= 2 ? bar - 2 : -1;
            case PER_BAR -> -1;
        };
    }
}
