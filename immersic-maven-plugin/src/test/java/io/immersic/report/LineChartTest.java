package io.immersic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.report.LineChart.Series;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class LineChartTest {

    private static final double EPS = 0.01;

    private static String[] points(Element polyline) {
        return polyline.getAttribute("points").split(" ");
    }

    private static double x(String point) {
        return Double.parseDouble(point.split(",")[0]);
    }

    private static double y(String point) {
        return Double.parseDouble(point.split(",")[1]);
    }

    @Test
    void twoSeriesGiveTwoPolylinesWithAPointPerEpoch() {
        SvgDom dom = SvgDom.parse(LineChart.render("Loss", List.of(
                new Series("train", new double[] {2.0, 1.5, 1.2, 1.0, 0.9}),
                new Series("validation", new double[] {2.1, 1.7, 1.5, 1.45, 1.5})), "epoch", "loss", 0));
        assertEquals("chart line-chart", dom.root().getAttribute("class"));
        List<Element> lines = dom.all("polyline", "series");
        assertEquals(2, lines.size());
        assertEquals("series series-0", lines.get(0).getAttribute("class"));
        assertEquals("series series-1", lines.get(1).getAttribute("class"));
        assertEquals(5, points(lines.get(0)).length);
        assertEquals(5, points(lines.get(1)).length);
        assertNotEquals(lines.get(0).getAttribute("stroke"), lines.get(1).getAttribute("stroke"));
        assertEquals(List.of("train", "validation"), dom.texts("legend"));
        assertEquals(0, dom.all("line", "marker").size());
    }

    @Test
    void pointsLieInsideThePlotAndLowerValuesLower() {
        SvgDom dom = SvgDom.parse(LineChart.render("t",
                List.of(new Series("s", new double[] {3, 1})), "epoch", "loss", 0));
        Element plot = dom.one("rect", "plot-area");
        double top = SvgDom.num(plot, "y");
        double bottom = top + SvgDom.num(plot, "height");
        String[] p = points(dom.one("polyline", "series"));
        assertTrue(y(p[0]) < y(p[1]), "3 is drawn above 1");
        for (String point : p) {
            assertTrue(y(point) > top && y(point) < bottom, point);
        }
    }

    @Test
    void notANumberIsSkipped() {
        SvgDom dom = SvgDom.parse(LineChart.render("t",
                List.of(new Series("s", new double[] {1, Double.NaN, 3, 4})), "epoch", "loss", 0));
        String[] p = points(dom.one("polyline", "series"));
        assertEquals(3, p.length);
        // The point after the gap is still at x = 3: the gap keeps its place on the axis.
        double step = x(p[2]) - x(p[1]);
        assertEquals(2 * step, x(p[1]) - x(p[0]), 3 * EPS);
    }

    @Test
    void markerSitsAtTheMarkedPoint() {
        SvgDom dom = SvgDom.parse(LineChart.render("t",
                List.of(new Series("val", new double[] {5, 4, 3, 3.5, 4})), "epoch", "loss", 3));
        Element marker = dom.one("line", "marker");
        String third = points(dom.one("polyline", "series"))[2];
        assertEquals(x(third), SvgDom.num(marker, "x1"), EPS);
        assertEquals(x(third), SvgDom.num(marker, "x2"), EPS);
        assertTrue(marker.getAttribute("stroke-dasharray").length() > 0);
        assertEquals(List.of("kept epoch 3"), dom.texts("marker-label"));
    }

    @Test
    void emptyOrAllNaNSaysNoData() {
        assertEquals(List.of("no data"), SvgDom.parse(LineChart.render("t", List.of(), "x", "y", 2)).texts("no-data"));
        SvgDom nan = SvgDom.parse(LineChart.render("t",
                List.of(new Series("s", new double[] {Double.NaN})), "x", "y", 0));
        assertEquals(List.of("no data"), nan.texts("no-data"));
        assertEquals(0, nan.all("polyline", null).size());
    }

    @Test
    void singlePointIsACircle() {
        SvgDom dom = SvgDom.parse(LineChart.render("t",
                List.of(new Series("s", new double[] {0.7})), "epoch", "loss", 0));
        assertEquals(0, dom.all("polyline", null).size());
        Element dot = dom.one("circle", "series-0");
        assertTrue(SvgDom.num(dot, "r") > 0);
    }

    @Test
    void flatSeriesStillGetsARange() {
        SvgDom dom = SvgDom.parse(LineChart.render("t",
                List.of(new Series("s", new double[] {2, 2, 2})), "epoch", "loss", 0));
        List<String> ticks = dom.texts("y-tick");
        assertTrue(ticks.size() >= 3, ticks.toString());
        assertTrue(Double.parseDouble(ticks.get(0)) < 2);
        assertTrue(Double.parseDouble(ticks.get(ticks.size() - 1)) > 2);
    }

    @Test
    void manyEpochsThinTheXTicks() {
        double[] values = new double[200];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1.0 / (i + 1);
        }
        SvgDom dom = SvgDom.parse(LineChart.render("t", List.of(new Series("s", values)), "epoch", "loss", 150));
        List<String> ticks = dom.texts("x-tick");
        assertTrue(ticks.size() < 30, ticks.toString());
        assertEquals("1", ticks.get(0));
        assertEquals(200, points(dom.one("polyline", "series")).length);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        List<Series> series = List.of(new Series("a", new double[] {0.123456, 0.1, Double.NaN, 0.05}));
        assertEquals(LineChart.render("t", series, "epoch", "loss", 2),
                LineChart.render("t", series, "epoch", "loss", 2));
    }
}
