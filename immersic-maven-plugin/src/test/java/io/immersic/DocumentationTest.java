package io.immersic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.evaluation.MusicStats;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps the documentation whole: the short README (the two commands CI runs, the note that the plugin must be
 * installed locally, what the project ships) and the plugin site's pages in {@code src/site/markdown} (every
 * parameter, every musical figure, a menu entry per page, links that resolve, no web addresses).
 */
class DocumentationTest {

    /** The plugin's folder. */
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path README = BASE.resolve("../README.md");
    private static final Path CI = BASE.resolve("../.ci/run");
    private static final Path PAGES = BASE.resolve("src/site/markdown");
    private static final Path SITE = BASE.resolve("src/site/site.xml");
    /** Written by maven-plugin-plugin's descriptor goal (process-classes), before the tests run. */
    private static final Path DESCRIPTOR = BASE.resolve("target/classes/META-INF/maven/plugin.xml");

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void theReadmeIsShortAndKeepsTheTwoCommandsCiRuns() throws IOException {
        String readme = Files.readString(README);
        int words = readme.trim().split("\\s+").length;
        assertTrue(words <= 1500, "README.md has " + words + " words; 1,500 at most (move detail to the site)");

        String section = section(readme, "## The two commands");
        for (String command : List.of(
                "mvn -B install -DskipTests -Dinvoker.skip && mvn -B -f sample-project/pom.xml package",
                "mvn -B install")) {
            assertTrue(section.lines().anyMatch(command::equals), "The two commands lost the line: " + command);
        }
        String ci = Files.readString(CI);
        for (String command : List.of("mvn -B install", "mvn -B -f sample-project/pom.xml package")) {
            assertTrue(ci.contains(command + "\n"), ".ci/run no longer runs " + command + ": update README and this");
            assertTrue(section.contains(command), "README's two commands lack what .ci/run runs: " + command);
        }
    }

    @Test
    void theReadmesFirstScreenSaysThePluginMustBeInstalledLocally() throws IOException {
        String readme = Files.readString(README);
        String firstScreen = readme.substring(0, readme.indexOf("\n## "));
        assertTrue(firstScreen.toLowerCase().contains("not published"), firstScreen);
        assertTrue(firstScreen.contains("`mvn -B install`"), firstScreen);
    }

    @Test
    void theReadmeStatesTheProvenanceOfWhatTheProjectShips() throws IOException {
        String readme = Files.readString(README);
        String ships = section(readme, "## What the project ships");
        for (String item : List.of("sample-project/src/main/midi", "LofiCorpusWriter", "grooves", "built-in-model.zip",
                "../shared/datasets/", "Test fixtures")) {
            assertTrue(ships.contains(item), "README's \"What the project ships\" no longer names " + item);
        }
        String page = Files.readString(PAGES.resolve("architecture.md"));
        assertTrue(section(page, "## What the project ships").contains("LofiCorpusWriter"),
                "architecture.md lost its section \"What the project ships\"");
    }

    @Test
    void everyParameterOfEveryGoalIsInTheParametersPage() throws Exception {
        Map<String, String> parameters = parametersOfTheGoals();
        assertTrue(parameters.size() > 40, "read only " + parameters + " from " + DESCRIPTOR);
        String page = Files.readString(PAGES.resolve("parameters.md"));
        List<String> missing = new ArrayList<>();
        parameters.forEach((name, property) -> {
            String row = "| `" + name + "` | `" + property + "` |";
            if (!page.lines().anyMatch(line -> line.startsWith(row))) {
                missing.add(row);
            }
        });
        assertEquals(List.of(), missing, "parameters.md has no table row for these");
    }

    @Test
    void everyMusicalFigureIsDefinedInTheEvaluationPage() throws IOException {
        Set<String> documented = codeSpans(Files.readString(PAGES.resolve("evaluation.md")));
        List<String> missing = new ArrayList<>();
        for (RecordComponent figure : MusicStats.Summary.class.getRecordComponents()) {
            if (!documented.contains(figure.getName())) {
                missing.add(figure.getName());
            }
        }
        assertEquals(List.of(), missing, "evaluation.md does not define these figures of evaluation.json's music");
    }

    @Test
    void everyPageIsInTheSiteMenuAndEveryMenuItemIsAPage() throws Exception {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.list(PAGES)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .forEach(name -> pages.add(name.substring(0, name.length() - 3)));
        }
        Set<String> generated = generatedPages();
        Set<String> menu = new TreeSet<>();
        NodeList items = parse(SITE).getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            String href = ((Element) items.item(i)).getAttribute("href");
            String page = href.substring(0, href.length() - ".html".length());
            assertTrue(pages.contains(page) || generated.contains(page), "site.xml links a page that is none: " + href);
            menu.add(page);
        }
        pages.removeAll(menu);
        assertEquals(Set.of(), pages, "pages missing from the site menu (src/site/site.xml)");
        assertTrue(menu.containsAll(generated), "site.xml lacks goal pages: " + generated);
    }

    @Test
    void everyRelativeLinkResolvesAndNoDocumentNamesAWebAddress() throws Exception {
        Set<String> generated = generatedPages();
        List<Path> documents = new ArrayList<>(List.of(README));
        try (Stream<Path> files = Files.list(PAGES)) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            String text = Files.readString(document);
            for (String address : List.of("http://", "https://", "www.")) {
                assertTrue(!text.contains(address), document + " names a web address (" + address + ")");
            }
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1).replaceFirst("#.*", "");
                if (target.isEmpty()) {
                    continue;
                }
                boolean ok = target.endsWith(".html") && document.startsWith(PAGES)
                        ? generated.contains(target.substring(0, target.length() - ".html".length()))
                        : Files.isRegularFile(document.getParent().resolve(target));
                if (!ok) {
                    broken.add(document + " -> " + link.group(1));
                }
            }
        }
        assertEquals(List.of(), broken, "links that lead nowhere (pages link each other as .md, goal pages as .html)");
    }

    /** From the heading to the next heading of the same level (or the end). */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no section " + heading);
        int end = markdown.indexOf("\n" + heading.substring(0, heading.indexOf(' ') + 1), start + heading.length() + 2);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /** The code spans of a page, with shorthands such as {@code similarity2/4/8} read as each name. */
    private static Set<String> codeSpans(String markdown) {
        Set<String> spans = new TreeSet<>();
        Matcher code = CODE.matcher(markdown);
        while (code.find()) {
            String span = code.group(1);
            spans.add(span);
            Matcher shorthand = Pattern.compile("([A-Za-z]+)(\\d+(?:/\\d+)+)").matcher(span);
            if (shorthand.matches()) {
                for (String suffix : shorthand.group(2).split("/")) {
                    spans.add(shorthand.group(1) + suffix);
                }
            }
        }
        return spans;
    }

    /** Each goal's user-settable parameters (help's aside) and their user properties, from the plugin descriptor. */
    private static Map<String, String> parametersOfTheGoals() throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        NodeList mojos = parse(DESCRIPTOR).getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (text(mojo, "goal").equals("help")) {
                continue;
            }
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList declared = mojo.getElementsByTagName("parameter");
            for (int j = 0; j < declared.getLength(); j++) {
                Element parameter = (Element) declared.item(j);
                if (!text(parameter, "editable").equals("true")) {
                    continue;
                }
                String name = text(parameter, "name");
                String value = text(configuration, name);
                Matcher property = Pattern.compile("\\$\\{(immersic\\.[A-Za-z0-9]+)}").matcher(value);
                assertTrue(property.matches(), "goal " + text(mojo, "goal") + ": " + name + " has no user property");
                parameters.put(name, property.group(1));
            }
        }
        return parameters;
    }

    /** The pages the plugin report writes: one per goal, and the goals' overview. */
    private static Set<String> generatedPages() throws Exception {
        Set<String> pages = new TreeSet<>(Set.of("plugin-info"));
        NodeList mojos = parse(DESCRIPTOR).getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            pages.add(text((Element) mojos.item(i), "goal") + "-mojo");
        }
        return pages;
    }

    private static String text(Element parent, String child) {
        NodeList found = parent.getElementsByTagName(child);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
    }

    private static Document parse(Path xml) throws Exception {
        assertTrue(Files.isRegularFile(xml), xml + " is missing (the descriptor is written at process-classes)");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }
}
