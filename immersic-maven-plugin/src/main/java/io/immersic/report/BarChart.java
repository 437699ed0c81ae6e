package io.immersic.report;

import java.util.List;

/**
 * Draws a vertical bar chart as one inline SVG element, for counts per category in the report (notes per chord,
 * tokens per kind ...): a zero-based y axis with round ticks, and bars in the caller's order so that rankings read
 * left to right.
 */
public final class BarChart {

    static final double WIDTH = 720;
    static final double HEIGHT = 260;
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 16;
    private static final double BOTTOM_FLAT = 32;
    /** Room for 45° labels of {@link #ROTATED_CHARS} characters. */
    private static final double BOTTOM_ROTATED = 80;
    private static final int ROTATED_CHARS = 14;
    /** Labels this short are thinned rather than turned: turned numbers read badly. */
    private static final int SHORT_LABEL = 4;
    /** Distance between neighbouring 45° labels along the axis so that their lines do not overlap. */
    private static final double ROTATED_PITCH = 16;
    private static final double MAX_BAR_WIDTH = 64;
    private static final String FILL = "fill=\"#5b8cc0\"";

    private BarChart() {}

    /** How the x labels fit: every {@code step}-th bar is labelled, turned 45° or not. */
    private record Labels(int step, boolean rotated) {}

    /**
     * @param title the tooltip and accessible name of the chart
     * @param bars the bars, drawn left to right in this order
     * @param valueLabel the y axis title (may be empty)
     */
    public static String render(String title, List<Bar> bars, String valueLabel) {
        if (bars == null || bars.isEmpty()) {
            return Draw.empty("chart bar-chart", WIDTH, HEIGHT, title, "no data");
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double slot = plotWidth / bars.size();
        Labels labels = fit(bars, slot);
        double base = HEIGHT - (labels.rotated() ? BOTTOM_ROTATED : BOTTOM_FLAT);
        double plotHeight = base - TOP;
        double[] ticks = Ticks.nice(0, Math.max(maxValue(bars), 0));
        double axisMax = ticks[ticks.length - 1];

        StringBuilder out = Draw.open("chart bar-chart", WIDTH, HEIGHT, title);
        Draw.plotArea(out, LEFT, TOP, plotWidth, plotHeight);
        Draw.yGrid(out, ticks, LEFT, LEFT + plotWidth, v -> base - v / axisMax * plotHeight);
        for (int i = 0; i < bars.size(); i++) {
            bar(out, bars.get(i), LEFT + i * slot, slot, base, plotHeight / axisMax);
        }
        Draw.line(out, "axis", LEFT, base, LEFT + plotWidth, base, Draw.AXIS);
        xLabels(out, bars, labels, slot, base);
        Draw.yTitle(out, valueLabel, TOP, base);
        return Draw.close(out);
    }

    private static void bar(StringBuilder out, Bar bar, double slotLeft, double slot, double base, double scale) {
        double width = Math.min(slot * 0.7, MAX_BAR_WIDTH);
        double height = value(bar) * scale;
        Draw.rect(out, "bar", slotLeft + (slot - width) / 2, base - height, width, height, FILL);
        out.append("><title>").append(Svg.escape(label(bar) + ": " + Svg.num(value(bar))))
                .append("</title></rect>\n");
    }

    private static void xLabels(StringBuilder out, List<Bar> bars, Labels labels, double slot, double base) {
        for (int i = 0; i < bars.size(); i += labels.step()) {
            double x = LEFT + (i + 0.5) * slot;
            String label = label(bars.get(i));
            if (labels.rotated()) {
                Draw.rotatedText(out, "tick x-tick", x, base + 10, "end", -45, shorten(label));
            } else {
                Draw.text(out, "tick x-tick", x, base + 14, "middle", label);
            }
        }
    }

    /** Flat labels when they all fit; short ones thinned; long ones turned 45° and thinned to their line pitch. */
    private static Labels fit(List<Bar> bars, double slot) {
        int longest = 0;
        for (Bar bar : bars) {
            longest = Math.max(longest, label(bar).length());
        }
        double width = longest * Draw.CHAR_WIDTH + 6;
        if (width <= slot) {
            return new Labels(1, false);
        }
        if (longest <= SHORT_LABEL) {
            return new Labels((int) Math.ceil(width / slot), false);
        }
        return new Labels((int) Math.ceil(ROTATED_PITCH / slot), true);
    }

    /** Elides the middle: labels of a series often differ only at the end ("track 9", "track 10"). */
    private static String shorten(String label) {
        if (label.length() <= ROTATED_CHARS) {
            return label;
        }
        int head = (ROTATED_CHARS - 3) / 2;
        int tail = ROTATED_CHARS - 3 - head;
        return label.substring(0, head) + "..." + label.substring(label.length() - tail);
    }

    private static String label(Bar bar) {
        return bar.label() == null ? "" : bar.label();
    }

    private static double maxValue(List<Bar> bars) {
        double max = 0;
        for (Bar bar : bars) {
            max = Math.max(max, value(bar));
        }
        return max;
    }

    /** Counts cannot be negative; a NaN or infinite value is a caller's bug, drawn as nothing rather than failing. */
    private static double value(Bar bar) {
        double v = bar.value();
        return Double.isFinite(v) && v > 0 ? v : 0;
    }
}
