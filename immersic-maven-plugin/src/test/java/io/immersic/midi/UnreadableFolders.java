package io.immersic.midi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Folders the walk cannot list: permissions 000, or where they do not bite (tests run as root) a link to
 * /proc/1/map_files, which only a process with CAP_SYS_ADMIN may list (a link to / meets it under /proc). A test that
 * can make neither is skipped with that message. {@link #unlock} afterwards, so the temporary folder can be deleted.
 */
public final class UnreadableFolders {

    private final List<Path> locked = new ArrayList<>();

    /** A folder (or a link to one) at {@code path} that cannot be listed. */
    public Path make(Path path) throws IOException {
        Files.createDirectories(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        if (!canList(path)) {
            locked.add(path);
            return path;
        }
        Files.delete(path);
        Path denied = Path.of("/proc/1/map_files");
        assumeTrue(Files.isDirectory(denied) && !canList(denied), "No folder here refuses to be listed: permissions"
                + " do not bite (root) and /proc/1/map_files can be listed or is absent");
        return Files.createSymbolicLink(path, denied);
    }

    public void unlock() throws IOException {
        for (Path path : locked) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        }
        locked.clear();
    }

    private static boolean canList(Path folder) {
        try (var listing = Files.list(folder)) {
            listing.count();
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
