package io.immersic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class BarChartTest {

    private static final double EPS = 0.01;

    @Test
    void rootIsAnAccessibleSizedSvg() {
        SvgDom dom = SvgDom.parse(BarChart.render("Notes per chord", List.of(new Bar("Dm9", 3)), "notes"));
        Element root = dom.root();
        assertEquals("svg", root.getLocalName());
        assertEquals(SvgDom.NS, root.getNamespaceURI());
        assertEquals("chart bar-chart", root.getAttribute("class"));
        assertEquals("img", root.getAttribute("role"));
        assertEquals("720", root.getAttribute("width"));
        assertEquals("260", root.getAttribute("height"));
        assertEquals("0 0 720 260", root.getAttribute("viewBox"));
        assertEquals("Notes per chord", dom.title());
        assertTrue(dom.texts("axis-label").contains("notes"));
    }

    @Test
    void barHeightsAreProportionalToTheirValues() {
        SvgDom dom = SvgDom.parse(BarChart.render("t", List.of(new Bar("a", 50), new Bar("b", 100)), "n"));
        double plotHeight = SvgDom.num(dom.one("rect", "plot-area"), "height");
        List<Element> bars = dom.all("rect", "bar");
        assertEquals(2, bars.size());
        assertEquals(plotHeight, SvgDom.num(bars.get(1), "height"), EPS);
        assertEquals(plotHeight / 2, SvgDom.num(bars.get(0), "height"), EPS);
        // Both stand on the same baseline, the bottom of the plot area.
        double base = SvgDom.num(dom.one("rect", "plot-area"), "y") + plotHeight;
        for (Element bar : bars) {
            assertEquals(base, SvgDom.num(bar, "y") + SvgDom.num(bar, "height"), EPS);
        }
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), dom.texts("y-tick"));
    }

    @Test
    void barsKeepTheGivenOrderWithTheirLabels() {
        SvgDom dom = SvgDom.parse(BarChart.render("t",
                List.of(new Bar("Cmaj7", 5), new Bar("Am7", 9), new Bar("Dm9", 1)), "n"));
        List<Element> bars = dom.all("rect", "bar");
        assertEquals(List.of("Cmaj7: 5", "Am7: 9", "Dm9: 1"),
                bars.stream().map(Element::getTextContent).toList());
        assertTrue(SvgDom.num(bars.get(0), "x") < SvgDom.num(bars.get(1), "x"));
        assertTrue(SvgDom.num(bars.get(1), "x") < SvgDom.num(bars.get(2), "x"));
        assertEquals(List.of("Cmaj7", "Am7", "Dm9"), dom.texts("x-tick"));
    }

    @Test
    void singleBarFillsThePlotHeight() {
        SvgDom dom = SvgDom.parse(BarChart.render("t", List.of(new Bar("only", 7)), "n"));
        Element bar = dom.one("rect", "bar");
        assertTrue(SvgDom.num(bar, "height") > 0);
        assertTrue(SvgDom.num(bar, "width") > 0);
        assertEquals(List.of("only"), dom.texts("x-tick"));
    }

    @Test
    void emptySaysNoDataAndDrawsNoBars() {
        SvgDom dom = SvgDom.parse(BarChart.render("Empty", List.of(), "n"));
        assertEquals(List.of("no data"), dom.texts("no-data"));
        assertEquals(0, dom.all("rect", "bar").size());
        assertEquals("Empty", dom.title());
    }

    @Test
    void allZeroValuesGiveFlatBarsOnAUnitAxis() {
        SvgDom dom = SvgDom.parse(BarChart.render("t", List.of(new Bar("a", 0), new Bar("b", -4)), "n"));
        for (Element bar : dom.all("rect", "bar")) {
            assertEquals(0, SvgDom.num(bar, "height"), EPS);
        }
        List<String> ticks = dom.texts("y-tick");
        assertEquals("0", ticks.get(0));
        assertEquals("1", ticks.get(ticks.size() - 1));
    }

    @Test
    void manyBarsAreAllDrawnButTheirLabelsThinned() {
        List<Bar> bars = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            bars.add(new Bar("bar " + i, i));
        }
        SvgDom dom = SvgDom.parse(BarChart.render("t", bars, "n"));
        assertEquals(60, dom.all("rect", "bar").size());
        List<String> labels = dom.texts("x-tick");
        assertTrue(labels.size() < 60 && labels.size() > 1, "labels: " + labels);
        assertEquals("bar 1", labels.get(0));
    }

    @Test
    void longTurnedLabelsKeepTheirEnds() {
        List<Bar> bars = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            bars.add(new Bar("a rather long name " + i, i));
        }
        List<String> labels = SvgDom.parse(BarChart.render("t", bars, "n")).texts("x-tick");
        assertEquals("a rat...name 1", labels.get(0));
        assertEquals("a rat...ame 12", labels.get(labels.size() - 1));
    }

    @Test
    void hugeCountsAreLabelledShort() {
        SvgDom dom = SvgDom.parse(BarChart.render("t", List.of(new Bar("notes", 3_000_000)), "n"));
        assertTrue(dom.texts("y-tick").contains("3M"), dom.texts("y-tick").toString());
    }

    @Test
    void specialCharactersAreEscaped() {
        String svg = BarChart.render("a <b> & c", List.of(new Bar("<&>", 2)), "\"n\"");
        assertTrue(svg.contains("&lt;&amp;&gt;"));
        SvgDom dom = SvgDom.parse(svg);
        assertEquals(List.of("<&>"), dom.texts("x-tick"));
        assertEquals("a <b> & c", dom.title());
    }

    @Test
    void sameInputGivesTheSameBytes() {
        List<Bar> bars = List.of(new Bar("x", 1.234567), new Bar("y", 2.5));
        assertEquals(BarChart.render("t", bars, "n"), BarChart.render("t", List.copyOf(bars), "n"));
    }
}
