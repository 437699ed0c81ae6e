package io.immersic.report;

/**
 * One bar of a {@link BarChart}: its label under the x axis and its value (negative and non-finite values are drawn
 * as 0).
 *
 * @param label the category, e.g. a chord name or a token kind
 * @param value the count or measure
 */
public record Bar(String label, double value) {}
