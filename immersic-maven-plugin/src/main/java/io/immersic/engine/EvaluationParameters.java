package io.immersic.engine;

/**
 * Whether to evaluate after generating, and the optional quality gate (a null limit is not checked).
 *
 * @param enabled run the evaluation
 * @param minOverlap every feature's overlap area must reach this
 * @param maxCopiedBars the longest run copied from the corpus may cross at most this many bar lines
 * @param minDistinct4 distinct-4 of the generated tokens must reach this
 */
public record EvaluationParameters(boolean enabled, Double minOverlap, Integer maxCopiedBars, Double minDistinct4) {

    public static final EvaluationParameters OFF = new EvaluationParameters(false, null, null, null);

    /** Whether any quality-gate limit is set. */
    public boolean hasGate() {
        return minOverlap != null || maxCopiedBars != null || minDistinct4 != null;
    }
}
