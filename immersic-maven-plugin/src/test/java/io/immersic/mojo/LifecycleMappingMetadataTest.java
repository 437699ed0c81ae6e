package io.immersic.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The m2e metadata in the jar gives every goal of the plugin exactly one action. */
class LifecycleMappingMetadataTest {

    private static final String METADATA = "META-INF/m2e/lifecycle-mapping-metadata.xml";
    private static final String DESCRIPTOR = "META-INF/maven/plugin.xml";
    private static final Set<String> ACTIONS = Set.of("ignore", "execute", "error", "configurator");

    @Test
    void everyGoalHasExactlyOneMappingAndEveryMappingAGoal() throws Exception {
        Document metadata = parse(LifecycleMappingMetadataTest.class.getClassLoader().getResource(METADATA), METADATA);
        assertEquals("lifecycleMappingMetadata", metadata.getDocumentElement().getTagName());

        TreeMap<String, List<String>> actionsByGoal = new TreeMap<>();
        for (Element execution : children(metadata.getDocumentElement(), "pluginExecutions", "pluginExecution")) {
            List<Element> actions = children(execution, "action", "*");
            assertEquals(1, actions.size(), "one action per pluginExecution");
            String action = actions.get(0).getTagName();
            assertTrue(ACTIONS.contains(action), "unknown m2e action " + action);
            for (Element goal : children(execution, "pluginExecutionFilter", "goals", "goal")) {
                actionsByGoal.computeIfAbsent(goal.getTextContent().trim(), g -> new ArrayList<>()).add(action);
            }
        }

        Set<String> goals = pluginGoals();
        assertEquals(goals, actionsByGoal.keySet(), "goals mapped for m2e");
        actionsByGoal.forEach((goal, actions) -> assertEquals(1, actions.size(), goal + " mapped " + actions));
    }

    /** The goals in the descriptor that maven-plugin-plugin writes before the tests run, or the known ones. */
    private static Set<String> pluginGoals() throws Exception {
        for (URL url : Collections.list(LifecycleMappingMetadataTest.class.getClassLoader().getResources(DESCRIPTOR))) {
            Document descriptor = parse(url, DESCRIPTOR);
            if (!"immersic-maven-plugin".equals(text(descriptor.getDocumentElement(), "artifactId"))) {
                continue;
            }
            Set<String> goals = new TreeSet<>();
            for (Element mojo : children(descriptor.getDocumentElement(), "mojos", "mojo")) {
                goals.add(text(mojo, "goal"));
            }
            assertTrue(goals.contains("train"), "descriptor lists the goals: " + goals);
            return goals;
        }
        // Run where process-classes has not written the descriptor (an IDE): the goals as of this writing.
        return new TreeSet<>(Set.of("preprocess", "train", "generate", "evaluate", "help"));
    }

    private static Document parse(URL url, String name) throws Exception {
        assertNotNull(url, name + " on the classpath");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (InputStream in = url.openStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** The elements at the end of a path of child names below {@code from}; "*" matches any name. */
    private static List<Element> children(Element from, String... path) {
        List<Element> level = List.of(from);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element parent : level) {
                NodeList nodes = parent.getChildNodes();
                for (int i = 0; i < nodes.getLength(); i++) {
                    Node node = nodes.item(i);
                    if (node instanceof Element e && (name.equals("*") || name.equals(e.getTagName()))) {
                        next.add(e);
                    }
                }
            }
            level = next;
        }
        return level;
    }

    private static String text(Element parent, String child) {
        List<Element> found = children(parent, child);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }
}
