package io.immersic.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling and a move, so a failed or interrupted build never leaves half a file. */
public final class AtomicFiles {

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

    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
