package io.immersic.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses a chart as namespace-aware XML, proving it well-formed, and finds its elements by tag and CSS class. */
final class SvgDom {

    static final String NS = "http://www.w3.org/2000/svg";

    private final Document document;

    private SvgDom(Document document) {
        this.document = document;
    }

    static SvgDom parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new SvgDom(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Elements with this tag whose class attribute holds this class (null: any class), in document order. */
    List<Element> all(String tag, String cssClass) {
        NodeList nodes = document.getElementsByTagNameNS(NS, tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    Element one(String tag, String cssClass) {
        List<Element> found = all(tag, cssClass);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + tag + "." + cssClass + ", found " + found.size());
        }
        return found.get(0);
    }

    List<String> texts(String cssClass) {
        return all("text", cssClass).stream().map(Element::getTextContent).toList();
    }

    /** The text of the root's own title element, the chart's accessible name. */
    String title() {
        return all("title", null).get(0).getTextContent();
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
