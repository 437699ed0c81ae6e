package io.immersic.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.audio.AudioFormats;
import io.immersic.audio.DrumSource;
import io.immersic.audio.AudioParameters;
import io.immersic.audio.Instrument;
import io.immersic.audio.LofiPreset;
import io.immersic.generation.GenerationParameters;
import io.immersic.model.TrainingParameters;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the plugin descriptor the build generated (process-classes runs before the tests) and checks what users see
 * in {@code mvn immersic:help -Ddetail}: each goal lists only what it reads, every parameter has {@code @since}, and
 * every documented default is the engine's.
 */
class PluginDescriptorTest {

    private static final List<String> GOALS = List.of("preprocess", "train", "generate", "evaluate");

    /** Every goal of the plugin with parameters of its own; help has none besides Maven's generated ones. */
    private static final List<String> DOCUMENTED = List.of("preprocess", "train", "generate", "evaluate", "report");

    /** goal → parameter name → {@code <parameter>} element; and goal → name → {@code <configuration>} entry. */
    private static final Map<String, Map<String, Element>> PARAMETERS = new LinkedHashMap<>();
    private static final Map<String, Map<String, Element>> CONFIGURATION = new LinkedHashMap<>();
    private static final Map<String, String> GOAL_SINCE = new LinkedHashMap<>();

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile())
                .getDocumentElement();
        NodeList mojos = root.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            GOAL_SINCE.put(goal, text(mojo, "since"));
            PARAMETERS.put(goal, children(mojo, "parameters"));
            CONFIGURATION.put(goal, children(mojo, "configuration"));
        }
    }

    @Test
    void preprocessListsOnlyWhatItReads() {
        Set<String> shown = userParameters("preprocess");
        assertTrue(shown.size() <= 12, "preprocess shows " + shown);
        assertEquals(Set.of("skip", "outputDirectory", "midiDirectory", "includes", "excludes", "notesFile"), shown);
    }

    @Test
    void eachGoalAddsToTheOneItRuns() {
        assertTrue(userParameters("train").containsAll(userParameters("preprocess")));
        assertFalse(userParameters("train").contains("temperature"));
        assertTrue(userParameters("generate").containsAll(userParameters("train")));
        Set<String> evaluate = new TreeSet<>(userParameters("generate"));
        evaluate.remove("evaluate"); // the evaluate goal always evaluates; only generate has the switch
        assertEquals(evaluate, userParameters("evaluate"));
    }

    @Test
    void everyParameterAndGoalHasSince() {
        assertTrue(PARAMETERS.keySet().containsAll(DOCUMENTED), "goals: " + PARAMETERS.keySet());
        for (String goal : DOCUMENTED) {
            assertEquals("0.1.0", GOAL_SINCE.get(goal), goal);
            PARAMETERS.get(goal).forEach((name, p) -> assertEquals("0.1.0", text(p, "since"), goal + " " + name));
        }
    }

    @Test
    void everyUserPropertyIsImmersicDotName() {
        for (String goal : DOCUMENTED) {
            for (String name : userParameters(goal)) {
                assertEquals("${" + ImmersicProperties.PREFIX + name + "}",
                        CONFIGURATION.get(goal).get(name).getTextContent(), goal + " " + name);
            }
        }
    }

    @Test
    void documentedDefaultsAreTheEngines() throws Exception {
        Map<String, String> renamed = Map.of("seed", "trainingSeed");
        for (RecordComponent c : TrainingParameters.class.getRecordComponents()) {
            assertSameDefault(renamed.getOrDefault(c.getName(), c.getName()),
                    c.getAccessor().invoke(TrainingParameters.DEFAULTS));
        }
        renamed = Map.of("lengthBars", "length", "tempoBpm", "tempo");
        for (RecordComponent c : GenerationParameters.class.getRecordComponents()) {
            if (!c.getName().equals("primer")) {
                assertSameDefault(renamed.getOrDefault(c.getName(), c.getName()),
                        c.getAccessor().invoke(GenerationParameters.DEFAULTS));
            }
        }
        AudioParameters audio = AudioParameters.DEFAULTS;
        assertSameDefault("drumLevel", audio.drumLevel());
        assertSameDefault("stems", audio.stems());
        assertSameDefault("loop", audio.loop());
        assertEquals(audio.instrument(), Instrument.parse(defaultOf("instrument")));
        assertEquals(audio.lofi(), LofiPreset.parse(defaultOf("lofi")));
        assertEquals(audio.drumSource(), DrumSource.parse(defaultOf("drums"), null));
        assertEquals(audio.formats(), AudioFormats.parse(List.of(defaultOf("formats"))));
    }

    private static void assertSameDefault(String name, Object engine) {
        String documented = defaultOf(name);
        if (engine instanceof Number number) {
            assertEquals(number.doubleValue(), Double.parseDouble(documented), name);
        } else {
            assertEquals(String.valueOf(engine), documented, name);
        }
    }

    /** The default the generate goal documents (the goal that has every engine parameter). */
    private static String defaultOf(String name) {
        Element entry = CONFIGURATION.get("generate").get(name);
        assertTrue(entry != null && entry.hasAttribute("default-value"), name + " has no default");
        return entry.getAttribute("default-value");
    }

    /** The parameters help lists: the editable ones. */
    private static Set<String> userParameters(String goal) {
        Set<String> names = new TreeSet<>();
        PARAMETERS.get(goal).forEach((name, p) -> {
            if (!"false".equals(text(p, "editable"))) {
                names.add(name);
            }
        });
        return names;
    }

    private static Map<String, Element> children(Element mojo, String container) {
        Map<String, Element> byName = new LinkedHashMap<>();
        NodeList containers = mojo.getElementsByTagName(container);
        if (containers.getLength() == 0) {
            return byName;
        }
        NodeList nodes = containers.item(0).getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                byName.put(container.equals("parameters") ? text(e, "name") : e.getTagName(), e);
            }
        }
        return byName;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }
}
