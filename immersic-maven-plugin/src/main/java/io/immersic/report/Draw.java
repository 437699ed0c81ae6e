package io.immersic.report;

import java.util.function.DoubleUnaryOperator;

/**
 * The few SVG elements the report's charts are made of, written the same way every time so that the charts share a
 * look and the output stays byte-for-byte reproducible.
 */
final class Draw {

    static final String GRID = "stroke=\"#e3e3e3\"";
    static final String AXIS = "stroke=\"#888\"";
    /** Average advance of an 11 px sans-serif glyph, to guess whether labels fit without measuring text. */
    static final double CHAR_WIDTH = 6.5;

    private Draw() {}

    /** Opens the root element with its tooltip/accessible name; the caller appends children and {@link #close}s. */
    static StringBuilder open(String cssClass, double width, double height, String title) {
        return open(cssClass, width, height, title, "");
    }

    /** The same with {@code attributes} (e.g. {@code style="…"}, with a leading space) added to the root element. */
    static StringBuilder open(String cssClass, double width, double height, String title, String attributes) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass)
                .append("\" role=\"img\" width=\"").append(Svg.num(width))
                .append("\" height=\"").append(Svg.num(height))
                .append("\" viewBox=\"0 0 ").append(Svg.num(width)).append(' ').append(Svg.num(height))
                .append("\" font-family=\"sans-serif\" font-size=\"11\"").append(attributes).append(">\n");
        out.append("<title>").append(Svg.escape(title)).append("</title>\n");
        return out;
    }

    static String close(StringBuilder out) {
        return out.append("</svg>\n").toString();
    }

    /** A chart with nothing to show still takes its place in the page and says why it is blank. */
    static String empty(String cssClass, double width, double height, String title, String message) {
        StringBuilder out = open(cssClass, width, height, title);
        text(out, "no-data", width / 2, height / 2, "middle", message);
        return close(out);
    }

    static void line(StringBuilder out, String cssClass, double x1, double y1, double x2, double y2, String paint) {
        out.append("<line class=\"").append(cssClass)
                .append("\" x1=\"").append(Svg.num(x1)).append("\" y1=\"").append(Svg.num(y1))
                .append("\" x2=\"").append(Svg.num(x2)).append("\" y2=\"").append(Svg.num(y2))
                .append("\" ").append(paint).append("/>\n");
    }

    static void text(StringBuilder out, String cssClass, double x, double y, String anchor, String raw) {
        textElement(out, cssClass, x, y, anchor, "", raw);
    }

    /** Text turned about its anchor point, for y axis titles and long x labels. */
    static void rotatedText(StringBuilder out, String cssClass, double x, double y, String anchor, int degrees,
            String raw) {
        String turn = " transform=\"rotate(" + degrees + ' ' + Svg.num(x) + ' ' + Svg.num(y) + ")\"";
        textElement(out, cssClass, x, y, anchor, turn, raw);
    }

    private static void textElement(StringBuilder out, String cssClass, double x, double y, String anchor,
            String extra, String raw) {
        out.append("<text class=\"").append(cssClass)
                .append("\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y))
                .append("\" text-anchor=\"").append(anchor).append('"').append(extra).append('>')
                .append(Svg.escape(raw)).append("</text>\n");
    }

    static void rect(StringBuilder out, String cssClass, double x, double y, double w, double h, String paint) {
        out.append("<rect class=\"").append(cssClass)
                .append("\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y))
                .append("\" width=\"").append(Svg.num(w)).append("\" height=\"").append(Svg.num(h))
                .append("\" ").append(paint);
    }

    /** The frame of the plotting area; tests and stylesheets can read the plot's geometry from it. */
    static void plotArea(StringBuilder out, double x, double y, double w, double h) {
        rect(out, "plot-area", x, y, w, h, "fill=\"none\" stroke=\"#ccc\"");
        out.append("/>\n");
    }

    /** Horizontal gridlines with their labels on the left, one per tick. */
    static void yGrid(StringBuilder out, double[] ticks, double left, double right, DoubleUnaryOperator yOf) {
        for (double tick : ticks) {
            double y = yOf.applyAsDouble(tick);
            line(out, "grid", left, y, right, y, GRID);
            text(out, "tick y-tick", left - 6, y + 4, "end", Svg.tick(tick));
        }
    }

    /** The y axis title, turned to read upwards along the left edge. */
    static void yTitle(StringBuilder out, String raw, double top, double bottom) {
        if (raw != null && !raw.isBlank()) {
            rotatedText(out, "axis-label", 14, (top + bottom) / 2, "middle", -90, raw);
        }
    }
}
