package io.immersic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** A use of another package: an import, a static import or a qualified name in the code or its comments. */
    private static final Pattern USE = Pattern.compile("\\bio\\.immersic\\.([a-z]+)\\.[A-Za-z]");

    private static final Path SOURCES = Path.of(System.getProperty("basedir", "."), "src/main/java/io/immersic");

    @Test
    void everyPackageUsesOnlyLowerLayers() throws IOException {
        Map<String, Integer> layerOf = new java.util.HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String name : LAYERS.get(i)) {
                layerOf.put(name, i);
            }
        }
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String own = SOURCES.relativize(file).getName(0).toString();
                Integer ownLayer = layerOf.get(own);
                if (ownLayer == null) {
                    problems.add(SOURCES.relativize(file) + ": package " + own + " has no layer in LayersTest");
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int n = 0; n < lines.size(); n++) {
                    Matcher m = USE.matcher(lines.get(n));
                    while (m.find()) {
                        String used = m.group(1);
                        Integer usedLayer = layerOf.get(used);
                        if (!used.equals(own) && (usedLayer == null || usedLayer >= ownLayer)) {
                            problems.add(SOURCES.relativize(file) + ":" + (n + 1) + ": " + own + " uses " + used
                                    + " (" + lines.get(n).strip() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "packages may only use packages of lower layers");
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
