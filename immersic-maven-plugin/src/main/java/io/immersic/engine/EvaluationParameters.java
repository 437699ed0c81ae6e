package io.immersic.engine;

import io.immersic.common.SettingException;

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

    /** Whether {@code generate} evaluates unless told not to: the plugin's default {@code <evaluate>}. */
    public static final boolean DEFAULT_ENABLED = true;

    /** Checks the gate's limits; the message names the limit (a setting mark), the value and the range. */
    public void validate() {
        if (minOverlap != null && !(minOverlap >= 0 && minOverlap <= 1)) {
            throw invalid("minOverlap", minOverlap, "an overlap area from 0 to 1");
        }
        if (minDistinct4 != null && !(minDistinct4 >= 0 && minDistinct4 <= 1)) {
            throw invalid("minDistinct4", minDistinct4, "a share from 0 to 1");
        }
        if (maxCopiedBars != null && maxCopiedBars < 0) {
            throw invalid("maxCopiedBars", maxCopiedBars, "0 or more bar lines");
        }
    }

    private static SettingException invalid(String name, Object value, String expected) {
        return new SettingException(name, "{" + name + "} is " + value + "; it must be " + expected
                + ", or unset to leave it unchecked.");
    }

    /** Whether any quality-gate limit is set. */
    public boolean hasGate() {
        return minOverlap != null || maxCopiedBars != null || minDistinct4 != null;
    }
}
