package io.immersic.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A content-addressed store: each entry is a folder named by its key (a SHA-256 fingerprint of everything that made
 * it) and is immutable once published. An entry is written in a temporary folder and renamed into place, so a reader
 * sees a whole entry or none, even after a {@code kill -9}. A per-key lock ({@link KeyLock}) lets one build make an
 * entry while the others wait, for a bounded time, and reuse it.
 */
public final class EntryStore {

    /** How often a build waiting for a key's lock says it is still waiting. */
    public static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final Path root;
    private final Duration progressEvery;

    public EntryStore(Path root) {
        this(root, PROGRESS_EVERY);
    }

    /** @param progressEvery how often a build waiting for a key's lock says so (shorter in tests) */
    EntryStore(Path root, Duration progressEvery) {
        this.root = root.toAbsolutePath().normalize();
        this.progressEvery = progressEvery;
    }

    public Path root() {
        return root;
    }

    /** The entry's folder (it may not exist). */
    public Path entryFolder(String key) {
        return root.resolve(checkKey(key));
    }

    /** The published entry, when there is one. */
    public Optional<Path> entry(String key) {
        Path folder = entryFolder(key);
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) ? Optional.of(folder) : Optional.empty();
    }

    /**
     * Takes the key's lock, waiting at most {@code timeout} for another build (or thread) that holds it, with a log
     * line when the wait starts and one per progress interval. A process that dies releases its lock, so a killed
     * build never blocks the next one; a stopped or hung one blocks others only until their timeout.
     *
     * @param timeout how long to wait; zero: do not wait
     * @param log receives the lines that say what this build waits for
     * @return the lock, or empty when another holder still had it after {@code timeout}
     */
    public Optional<KeyLock> lock(String key, Duration timeout, Consumer<String> log) throws IOException {
        Files.createDirectories(root);
        // The real path, so that two spellings of one folder (a symbolic link) share one lock.
        Path lockFile = root.toRealPath().resolve(checkKey(key) + ".lock");
        return KeyLock.acquire(lockFile, entryFolder(key), timeout, progressEvery, log);
    }

    /**
     * Publishes an entry: its files go to a temporary folder, which is renamed to the key. A damaged entry of the same
     * key (found by the caller, who holds the lock) is removed first. Leftovers of builds killed while publishing
     * this key are removed too: under the lock, nobody else can be writing them.
     */
    public Path publish(String key, Map<String, byte[]> files) throws IOException {
        Path target = entryFolder(key);
        Files.createDirectories(root);
        removeLeftovers(key);
        Path temporary = root.resolve("." + key + ".tmp-" + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId());
        Files.createDirectories(temporary);
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(temporary.resolve(file.getKey()), file.getValue());
            }
            discard(key);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(temporary);
        }
        return target;
    }

    /** Removes an entry (renamed aside first, so no reader ever sees it half deleted). */
    public void discard(String key) throws IOException {
        Path folder = entryFolder(key);
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Path aside = root.resolve("." + key + ".discarded-" + ProcessHandle.current().pid() + "-"
                    + System.nanoTime());
            Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(aside);
        }
    }

    private void removeLeftovers(String key) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("." + key + ".tmp-") || name.startsWith("." + key + ".discarded-")) {
                    deleteTree(file);
                }
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) { // walk does not follow links
            for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Keys are fingerprints: 64 lower-case hex digits, so a key can never name a path outside the store. */
    private static String checkKey(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 key: " + key);
        }
        return key;
    }
}
