package io.immersic.report;

import java.util.List;

/**
 * Draws one or more series over x = 1..n (epochs, steps) as one inline SVG element, for training curves in the report:
 * round y ticks fitted to the data, a legend, and a dashed marker at the x the run kept, so a reader sees at once
 * whether the kept model sits where the curves say it should.
 */
public final class LineChart {

    static final double WIDTH = 720;
    static final double HEIGHT = 260;
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 28;
    private static final double BOTTOM = 40;
    private static final double MIN_TICK_GAP = 36;
    private static final String[] COLOURS = {"#3b6ea5", "#d9822b", "#4f9a5b", "#b5485d"};

    private LineChart() {}

    /**
     * One curve: its i-th value is drawn at x = i + 1; NaN values are left out and the line joins their neighbours.
     *
     * @param name the legend entry
     * @param values the y values (copied)
     */
    public record Series(String name, double[] values) {

        public Series {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** Where the data lands on the page, shared by the pieces that draw it. */
    private record Frame(int xMax, double yLo, double yHi) {

        double x(int i) {
            double width = WIDTH - LEFT - RIGHT;
            return xMax == 1 ? LEFT + width / 2 : LEFT + (i - 1) * width / (xMax - 1);
        }

        double y(double v) {
            return base() - (v - yLo) / (yHi - yLo) * (base() - TOP);
        }

        double base() {
            return HEIGHT - BOTTOM;
        }
    }

    /**
     * @param title the tooltip and accessible name of the chart
     * @param series the curves, drawn in this order, colours by position
     * @param xLabel the x axis title, also used in the marker's text (may be empty)
     * @param yLabel the y axis title (may be empty)
     * @param markedX the x to mark as kept, e.g. the best epoch; below 1 for no marker. The x axis reaches it.
     */
    public static String render(String title, List<Series> series, String xLabel, String yLabel, int markedX) {
        double[] range = finiteRange(series);
        if (range == null) {
            return Draw.empty("chart line-chart", WIDTH, HEIGHT, title, "no data");
        }
        double[] ticks = yTicks(range[0], range[1]);
        Frame frame = new Frame(Math.max(longest(series), markedX), ticks[0], ticks[ticks.length - 1]);
        double right = WIDTH - RIGHT;

        StringBuilder out = Draw.open("chart line-chart", WIDTH, HEIGHT, title);
        Draw.plotArea(out, LEFT, TOP, right - LEFT, frame.base() - TOP);
        Draw.yGrid(out, ticks, LEFT, right, frame::y);
        xTicks(out, frame);
        for (int i = 0; i < series.size(); i++) {
            curve(out, series.get(i), i, frame);
        }
        legend(out, series);
        if (markedX >= 1) {
            marker(out, frame, markedX, xLabel);
        }
        if (xLabel != null && !xLabel.isBlank()) {
            Draw.text(out, "axis-label", (LEFT + right) / 2, frame.base() + 34, "middle", xLabel);
        }
        Draw.yTitle(out, yLabel, TOP, frame.base());
        return Draw.close(out);
    }

    /** {min, max} of all finite values, or null when there is none to draw. */
    private static double[] finiteRange(List<Series> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series == null ? List.<Series>of() : series) {
            for (double v : s.values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min > max ? null : new double[] {min, max};
    }

    /** Pads so no point sits on the frame; a flat curve gets a visible band; a non-negative one stays above 0. */
    private static double[] yTicks(double min, double max) {
        double pad = min == max ? (min == 0 ? 1 : Math.abs(min) * 0.1) : (max - min) * 0.05;
        double lo = min - pad;
        if (min >= 0 && lo < 0) {
            lo = 0;
        }
        return Ticks.nice(lo, max + pad);
    }

    private static int longest(List<Series> series) {
        int n = 1;
        for (Series s : series) {
            n = Math.max(n, s.values.length);
        }
        return n;
    }

    /** Integer ticks, every k-th (k = 1, 2, 5, 10, 20 ...) so labels keep apart; x = 1 is always labelled. */
    private static void xTicks(StringBuilder out, Frame frame) {
        int step = xStep(frame);
        for (int i = 1; i <= frame.xMax(); i++) {
            if (i == 1 || i % step == 0) {
                double x = frame.x(i);
                Draw.line(out, "x-tick-mark", x, frame.base(), x, frame.base() + 4, Draw.AXIS);
                Draw.text(out, "tick x-tick", x, frame.base() + 16, "middle", Integer.toString(i));
            }
        }
    }

    private static int xStep(Frame frame) {
        if (frame.xMax() == 1) {
            return 1;
        }
        double unit = (WIDTH - LEFT - RIGHT) / (frame.xMax() - 1);
        int[] mantissas = {1, 2, 5};
        for (int scale = 1; ; scale *= 10) {
            for (int m : mantissas) {
                if (m * scale * unit >= MIN_TICK_GAP || m * scale >= frame.xMax()) {
                    return m * scale;
                }
            }
        }
    }

    private static void curve(StringBuilder out, Series series, int index, Frame frame) {
        StringBuilder points = new StringBuilder();
        int count = 0;
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < series.values.length; i++) {
            if (Double.isFinite(series.values[i])) {
                lastX = frame.x(i + 1);
                lastY = frame.y(series.values[i]);
                points.append(count++ == 0 ? "" : " ").append(Svg.num(lastX)).append(',').append(Svg.num(lastY));
            }
        }
        String cssClass = "series series-" + index;
        if (count == 1) {
            // A one-point polyline draws nothing; a dot keeps a one-epoch run visible.
            out.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(Svg.num(lastX))
                    .append("\" cy=\"").append(Svg.num(lastY)).append("\" r=\"3\" fill=\"").append(colour(index))
                    .append('"');
        } else if (count > 1) {
            out.append("<polyline class=\"").append(cssClass).append("\" points=\"").append(points)
                    .append("\" fill=\"none\" stroke-width=\"2\" ").append(stroke(index));
        } else {
            return;
        }
        out.append("><title>").append(Svg.escape(series.name())).append("</title></")
                .append(count == 1 ? "circle" : "polyline").append(">\n");
    }

    private static void legend(StringBuilder out, List<Series> series) {
        double x = LEFT;
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i).name() == null ? "" : series.get(i).name();
            Draw.line(out, "legend-swatch", x, 10, x + 16, 10, "stroke-width=\"2\" " + stroke(i));
            Draw.text(out, "legend", x + 20, 14, "start", name);
            x += 36 + name.length() * Draw.CHAR_WIDTH;
        }
    }

    /** The label goes left of the line near the right edge so it stays inside the chart. */
    private static void marker(StringBuilder out, Frame frame, int markedX, String xLabel) {
        double x = frame.x(markedX);
        Draw.line(out, "marker", x, TOP, x, frame.base(), "stroke=\"#555\" stroke-dasharray=\"4 3\"");
        String noun = xLabel == null || xLabel.isBlank() ? "" : xLabel + " ";
        boolean nearRight = x > LEFT + (WIDTH - LEFT - RIGHT) * 0.75;
        Draw.text(out, "marker-label", nearRight ? x - 4 : x + 4, TOP + 12, nearRight ? "end" : "start",
                "kept " + noun + markedX);
    }

    private static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    /** Past four series the colours repeat, so the repeats are dashed to stay distinct. */
    private static String stroke(int index) {
        String dash = index < COLOURS.length ? "" : " stroke-dasharray=\"6 3\"";
        return "stroke=\"" + colour(index) + '"' + dash;
    }
}
