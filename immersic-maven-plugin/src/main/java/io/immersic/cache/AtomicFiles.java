package io.immersic.cache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Writes a file through a temporary sibling and a move, so a failed or interrupted build never leaves half a file. */
public final class AtomicFiles {

    /**
     * The names of the temporary files, {@code .NAME.PID-THREAD.tmp} (e.g. {@code .track-1.wav.4711-1.tmp}), and only
     * those: what {@link #removeLeftovers} may delete.
     */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9]+(-[0-9]+)?\\.tmp");

    /** Numbers the scratch files of this process, so that two open at once never share a name. */
    private static final AtomicLong SCRATCH = new AtomicLong();

    private AtomicFiles() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        Path temporary = temporarySibling(target);
        try {
            Files.write(temporary, bytes);
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** What a streamed file holds: written to the stream it is given, once. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} from {@code content} streamed through a buffer, never held whole, by way of a temporary
     * sibling renamed into place, as {@link #write(Path, byte[])} does.
     */
    public static void write(Path target, Content content) throws IOException {
        Path temporary = temporarySibling(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            }
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A temporary path beside {@code target}, unique to this process and thread. Unlike {@link Files#createTempFile},
     * a file written there gets the user's usual permissions, not owner-only ones.
     */
    public static Path temporarySibling(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
    }

    /**
     * A new path in {@code folder} (created if need be) of this class's temporary pattern, unique in this process: for
     * a scratch file that lives only while a stage works (a render's tapes). Its user deletes it; after a killed build,
     * {@link #removeLeftovers} does.
     */
    public static Path scratchFile(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return folder.toAbsolutePath().resolve("." + name + "." + ProcessHandle.current().pid() + "-"
                + SCRATCH.incrementAndGet() + ".tmp");
    }

    /**
     * Deletes the temporary files a killed build left directly in {@code folder}: names of this class's pattern only,
     * never another file. Called when a stage starts, before it writes there; one build at a time writes into a
     * project's output folder, so none of them is still being written.
     *
     * @return the files deleted
     */
    public static List<Path> removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> TEMPORARY.matcher(f.getFileName().toString()).matches()).toList()) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            }
        }
        return removed;
    }

    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
