package io.immersic.midi;

import io.immersic.common.IoReasons;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the MIDI files of a folder by Ant-style include and exclude patterns (case-insensitive, as file extensions
 * are written either way). Links are followed, but a link back to a folder already being walked is named and not
 * entered (two such links made the walk exponential), and a link whose target is missing is named. A folder or file
 * that cannot be read (a link to {@code /} reaches {@code /proc}) is named and skipped, and the walk carries on: one
 * unreadable corner must not fail a build whose other files are fine.
 *
 * <p>Files come in the notebooks' order: by path, ignoring case.
 */
public final class MidiFolder {

    /** The files found, relative to the folder with '/' separators, and warnings naming what was not read. */
    public record Scan(List<String> files, List<String> warnings) {}

    private MidiFolder() {}

    /** Past this many problems of one kind, one line counts them and names the first few, not a line each. */
    static final int NAMED_EACH = 5;

    /** A path the walk could not enter or read, and why ("permission denied"). */
    private record Problem(Path path, String why) {}

    public static Scan scan(Path folder, List<String> includes, List<String> excludes) throws IOException {
        List<String> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Problem> loops = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
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
                            loops.add(new Problem(file, "a loop"));
                        } else { // a folder that cannot be opened, or a file whose attributes cannot be read
                            unreadable.add(new Problem(file, IoReasons.describe(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) { // opened, but listing failed part way (/proc/1/map_files); the default throws
                            unreadable.add(new Problem(dir, IoReasons.describe(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        warnings.addAll(named(loops, "links back to a folder already being read (loops)", p -> "Not following "
                + p.path() + ": it links back to " + target(p.path()) + ", a folder already being read (a loop)"));
        warnings.addAll(named(unreadable, "folders or files that cannot be read", p -> "Skipping " + p.path()
                + ": cannot be read (" + p.why() + ")"));
        files.sort(Comparator.comparing((String path) -> path.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        return new Scan(files, warnings);
    }

    /** A line each for a few problems; for more (a link to / meets thousands), one line that names the first few. */
    private static List<String> named(List<Problem> problems, String what, Function<Problem, String> line) {
        if (problems.size() <= NAMED_EACH) {
            return problems.stream().map(line).toList();
        }
        return List.of("Skipping " + problems.size() + " " + what + ", e.g. " + problems.subList(0, NAMED_EACH)
                .stream().map(p -> p.path() + " (" + p.why() + ")").collect(Collectors.joining(", ")) + ", and "
                + (problems.size() - NAMED_EACH) + " more");
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
            if (new AntPattern(normalized, false).matches(relative)) {
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
