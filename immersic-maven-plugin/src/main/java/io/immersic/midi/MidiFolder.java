package io.immersic.midi;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * Finds the MIDI files of a folder by Ant-style include and exclude patterns (case-insensitive, as file extensions
 * are written either way). Links are followed, but a link back to a folder already being walked is named and not
 * entered (two such links made the walk exponential), and a link whose target is missing is named.
 *
 * <p>Files come in the notebooks' order: by path, ignoring case.
 */
public final class MidiFolder {

    /** The files found, relative to the folder with '/' separators, and a warning for each link not followed. */
    public record Scan(List<String> files, List<String> warnings) {}

    private MidiFolder() {}

    public static Scan scan(Path folder, List<String> includes, List<String> excludes) throws IOException {
        List<String> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String relative = relative(folder, file);
                        if (!selected(relative, includes, excludes)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attributes.isSymbolicLink()) { // only when the link could not be followed
                            warnings.add("Skipping " + file + ": a link to " + target(file) + ", which does not exist");
                        } else if (attributes.isRegularFile()) {
                            files.add(relative);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (e instanceof FileSystemLoopException) {
                            warnings.add("Not following " + file + ": it links back to " + target(file)
                                    + ", a folder already being read (a loop)");
                        } else {
                            warnings.add("Skipping " + file + ": cannot be read (" + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.comparing((String path) -> path.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        return new Scan(files, warnings);
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(File.separatorChar, '/');
    }

    private static boolean selected(String relative, List<String> includes, List<String> excludes) {
        return matchesAny(relative, includes) && !matchesAny(relative, excludes);
    }

    private static boolean matchesAny(String relative, List<String> patterns) {
        for (String pattern : patterns) {
            String normalized = pattern.trim().replace('\\', '/');
            if (normalized.endsWith("/")) {
                normalized += "**"; // Ant's rule: "dir/" means everything under dir
            }
            if (SelectorUtils.matchPath(normalized, relative, "/", false)) {
                return true;
            }
        }
        return false;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing target";
        }
    }
}
