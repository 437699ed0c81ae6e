package io.immersic.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A content-addressed store: each entry is a folder named by its key (a SHA-256 fingerprint of everything that made
 * it) and is immutable once published. An entry is written in a temporary folder and renamed into place, so a reader
 * sees a whole entry or none, even after a {@code kill -9}. A per-key lock (a file lock between processes, a
 * {@link ReentrantLock} between threads of one JVM) lets one build make an entry while the others wait and reuse it.
 */
public final class EntryStore {

    /** Locks held by this JVM: a second {@link FileChannel#lock} on the same file from one JVM throws, not waits. */
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path root;

    public EntryStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
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
     * Takes the key's lock, waiting for another build (or thread) that holds it; {@code onWait} runs once first when
     * it must wait. A process that dies releases its lock, so a killed build never blocks the next one.
     */
    public Lock lock(String key, Runnable onWait) throws IOException {
        Files.createDirectories(root);
        // The real path, so that two spellings of one folder (a symbolic link) share one lock.
        Path lockFile = root.toRealPath().resolve(checkKey(key) + ".lock");
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, f -> new ReentrantLock());
        boolean waited = false;
        if (!jvmLock.tryLock()) {
            onWait.run();
            waited = true;
            jvmLock.lock();
        }
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock fileLock = lockFileWaiting(channel, waited ? () -> { } : onWait);
                return new Lock(channel, fileLock, jvmLock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            jvmLock.unlock();
            throw e;
        }
    }

    /**
     * The file lock, waiting for its holder. Another process: {@link FileChannel#lock} blocks until it is released.
     * This JVM through another class loader (the plugin loaded twice, e.g. by two modules of a parallel build), which
     * the {@link ReentrantLock} table cannot see: the JVM refuses a second lock on the file with
     * {@link OverlappingFileLockException}, so poll until it is free.
     */
    private static FileLock lockFileWaiting(FileChannel channel, Runnable onWait) throws IOException {
        boolean told = false;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
                if (!told) {
                    onWait.run();
                }
                return channel.lock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                if (!told) {
                    onWait.run();
                    told = true;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for " + channel, e);
                }
            }
        }
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

    /** A held key lock; closing it lets the next build in. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock fileLock;
        private final ReentrantLock jvmLock;

        private Lock(FileChannel channel, FileLock fileLock, ReentrantLock jvmLock) {
            this.channel = channel;
            this.fileLock = fileLock;
            this.jvmLock = jvmLock;
        }

        @Override
        public void close() throws IOException {
            try (channel) { // closing the channel releases the lock too, should release() fail
                fileLock.release();
            } finally {
                jvmLock.unlock();
            }
        }
    }
}
