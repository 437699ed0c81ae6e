package io.immersic.generation;

import java.util.List;

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

    /**
     * @param onsets the onset positions of the loop's bars written so far, in order
     * @return the onset positions bar {@code bar} of the loop must play, or null when it is free
     */
    int[] onsetsFor(int bar, List<int[]> onsets) {
        return switch (this) {
            case ONE_BAR -> bar >= 1 ? onsets.get(0) : null;
            case TWO_BARS -> bar >= 2 ? onsets.get(bar - 2) : null;
            case PER_BAR -> null;
        };
    }
}
