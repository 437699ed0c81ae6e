package io.immersic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages layered: a package uses only packages of lower layers, so there is no package cycle and the
 * engine's parts can be read (and tested) from the bottom up. A new package must be given a layer here.
 */
class LayersTest {

    /** Bottom first. Packages in one layer are independent of each other. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("common"),                          // log, exceptions, setting marks, I/O reasons
            List.of("midi", "cache"),                   // reading and writing files
            List.of("harmony"),
            List.of("tokens"),
            List.of("analysis"),
            List.of("model"),
            List.of("generation", "notebook"),
            List.of("band"),                            // the parts a composed track is played by, and its plan
            List.of("audio"),                           // renders the band
            List.of("evaluation"),                      // measures generated tracks (uses the generator's stepper)
            List.of("report"),                          // report.html: charts of the analysis, training, evaluation
            List.of("method"),                          // trains and composes; the engine hands it a ModelSupply
            List.of("engine"),
            List.of("mojo"));                           // Maven: the only place that knows Maven's words

    /** Maven's API (and the libraries it hands plugins): only {@code mojo} may know it. */
    private static final String MOJO = "mojo";

    /**
     * A use of a package of the plugin, in any form: a single-type, wildcard ({@code .*}) or static import, or a
     * fully-qualified name in the code or its comments. Blanks around the dots are allowed, as Java allows them.
     */
    private static final Pattern USE = Pattern.compile("\\bio\\s*\\.\\s*immersic\\s*\\.\\s*([A-Za-z_$][\\w$]*)");

    /** A use of Maven's API, in any of the same forms. */
    private static final Pattern MAVEN = Pattern.compile(
            "\\b(org\\s*\\.\\s*apache\\s*\\.\\s*maven|org\\s*\\.\\s*codehaus\\s*\\.\\s*plexus"
                    + "|org\\s*\\.\\s*eclipse\\s*\\.\\s*aether)\\b");

    private static final Map<String, Integer> LAYER_OF = new HashMap<>();

    static {
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String name : LAYERS.get(i)) {
                LAYER_OF.put(name, i);
            }
        }
    }

    private static final Path SOURCES = Path.of(System.getProperty("basedir", "."), "src/main/java/io/immersic");

    /**
     * The layering problems of one source file: {@code file} is its path below {@code io/immersic/} with '/'
     * separators ({@code model/Lstm.java}), whose first folder is its package; {@code text} is its content.
     */
    static List<String> problems(String file, String text) {
        List<String> problems = new ArrayList<>();
        String own = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
        Integer ownLayer = LAYER_OF.get(own);
        if (ownLayer == null) {
            problems.add(file + ": package " + own + " has no layer in LayersTest");
            return problems;
        }
        String[] lines = text.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            Matcher m = USE.matcher(lines[n]);
            while (m.find()) {
                String used = m.group(1);
                Integer usedLayer = LAYER_OF.get(used);
                if (!used.equals(own) && (usedLayer == null || usedLayer >= ownLayer)) {
                    problems.add(file + ":" + (n + 1) + ": " + own + " uses " + used + " (" + lines[n].strip() + ")");
                }
            }
            Matcher maven = MAVEN.matcher(lines[n]);
            if (!own.equals(MOJO) && maven.find()) {
                problems.add(file + ":" + (n + 1) + ": " + own + " uses Maven's API, which only " + MOJO
                        + " may know (" + lines[n].strip() + ")");
            }
        }
        return problems;
    }

    @Test
    void everyPackageUsesOnlyLowerLayers() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                problems.addAll(problems(name, Files.readString(file)));
            }
        }
        assertEquals(List.of(), problems, "packages may only use packages of lower layers, and only "
                + MOJO + " may use Maven's API");
    }

    @Test
    void seesAWildcardImportAcrossLayers() {
        assertOneProblem("model/Lstm.java", "package io.immersic.model;\n\nimport io.immersic.engine.*;\n",
                "model/Lstm.java:3: model uses engine");
    }

    @Test
    void seesAStaticImportAcrossLayers() {
        assertOneProblem("tokens/Vocabulary.java",
                "package io.immersic.tokens;\nimport static io.immersic.generation.Sampler.sample;\n",
                "tokens/Vocabulary.java:2: tokens uses generation");
        assertOneProblem("tokens/Vocabulary.java",
                "package io.immersic.tokens;\nimport static io.immersic.audio.*;\n",
                "tokens/Vocabulary.java:2: tokens uses audio");
    }

    @Test
    void seesAFullyQualifiedUpwardUse() {
        assertOneProblem("harmony/Chords.java", "package io.immersic.harmony;\nclass Chords {\n"
                        + "    Object plan = new io.immersic.band.BandPlan();\n}\n",
                "harmony/Chords.java:3: harmony uses band");
        assertOneProblem("harmony/Chords.java", "package io.immersic.harmony;\nclass Chords {\n"
                        + "    Object m = io .immersic. mojo.GenerateMojo.class;\n}\n",
                "harmony/Chords.java:3: harmony uses mojo");
    }

    @Test
    void seesMavenOutsideMojo() {
        assertOneProblem("audio/Mixer.java", "package io.immersic.audio;\nimport org.apache.maven.plugin.logging.Log;\n",
                "audio/Mixer.java:2: audio uses Maven's API");
        assertOneProblem("audio/Mixer.java", "package io.immersic.audio;\nimport org.codehaus.plexus.util.*;\n",
                "audio/Mixer.java:2: audio uses Maven's API");
        assertOneProblem("audio/Mixer.java", "package io.immersic.audio;\nclass Mixer {\n"
                + "    org.eclipse.aether.RepositorySystem system;\n}\n", "audio/Mixer.java:3: audio uses Maven's API");
    }

    @Test
    void acceptsLegalUses() {
        String text = """
                package io.immersic.audio;

                import static io.immersic.common.Log.info;
                import io.immersic.band.*;
                import io.immersic.midi.MidiFolder;
                import io.immersic.audio.mix.Bus;

                class Mixer {
                    io.immersic.harmony.Chord chord;
                }
                """;
        assertEquals(List.of(), problems("audio/Mixer.java", text));
        assertEquals(List.of(), problems("mojo/GenerateMojo.java",
                "package io.immersic.mojo;\nimport org.apache.maven.plugin.AbstractMojo;\nimport io.immersic.engine.*;\n"));
    }

    @Test
    void seesAPackageWithoutALayer() {
        assertOneProblem("extras/Thing.java", "package io.immersic.extras;\n",
                "extras/Thing.java: package extras has no layer");
        assertOneProblem("audio/Mixer.java", "import io.immersic.extras.Thing;\n", "audio/Mixer.java:1: audio uses extras");
    }

    private static void assertOneProblem(String file, String text, String start) {
        List<String> problems = problems(file, text);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(start), problems.get(0));
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> folders = Files.list(SOURCES)) {
            folders.filter(Files::isDirectory).forEach(f -> packages.add(f.getFileName().toString()));
        }
        TreeSet<String> layered = new TreeSet<>();
        LAYERS.forEach(layered::addAll);
        assertTrue(packages.size() > 5, "found the sources at " + SOURCES);
        assertEquals(packages, layered);
    }
}
