package io.immersic.cache;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A held lock of one {@link EntryStore} key: a file lock between processes, a {@link ReentrantLock} between threads of
 * one JVM. The holder writes a {@link LockRecord} into the lock file, so that a waiting build can say whom it waits
 * for and take over from a holder that is gone. Closing it lets the next build in.
 *
 * <p>Waiting is bounded: the OS releases the lock of a process that dies, but not of one that is stopped
 * ({@code kill -STOP}) or hung, and such a holder must not block every other build for ever.
 */
public final class KeyLock implements AutoCloseable {

    /** Locks held by this JVM: a second {@link FileChannel#lock} on the same file from one JVM throws, not waits. */
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final FileChannel channel;
    private final FileLock fileLock;
    private final ReentrantLock jvmLock;

    private KeyLock(FileChannel channel, FileLock fileLock, ReentrantLock jvmLock) {
        this.channel = channel;
        this.fileLock = fileLock;
        this.jvmLock = jvmLock;
    }

    /**
     * Takes the lock of {@code lockFile}, waiting at most {@code timeout} for its holder.
     *
     * @param entry the entry the lock guards, for the log
     * @param progressEvery how often a line says the build is still waiting
     * @param log receives the log lines: waiting, still waiting, a stale lock taken over
     * @return the lock, or empty when another holder still had it after {@code timeout}
     */
    static Optional<KeyLock> acquire(Path lockFile, Path entry, Duration timeout, Duration progressEvery,
                                     Consumer<String> log) throws IOException {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, f -> new ReentrantLock());
        LockWait wait = new LockWait(entry, timeout, progressEvery, log);
        while (!jvmLock.tryLock()) {
            if (!wait.goOn(Optional.empty(), false)) {
                return Optional.empty();
            }
        }
        try {
            Optional<KeyLock> lock = lockFile(lockFile, entry, wait, jvmLock, log);
            if (lock.isEmpty()) {
                jvmLock.unlock();
            }
            return lock;
        } catch (IOException | RuntimeException e) {
            jvmLock.unlock();
            throw e;
        }
    }

    /**
     * The file lock, polled until it is free or the wait ends. {@link FileChannel#tryLock} returns null while
     * another process holds it, and throws {@link OverlappingFileLockException} while this JVM holds it through
     * another class loader (the plugin loaded twice, e.g. by two modules of a parallel build): both mean "held".
     */
    private static Optional<KeyLock> lockFile(Path lockFile, Path entry, LockWait wait, ReentrantLock jvmLock,
                                              Consumer<String> log) throws IOException {
        boolean tookOver = false;
        while (true) {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                while (true) {
                    FileLock fileLock = tryLock(channel);
                    Optional<LockRecord> holder = read(channel);
                    if (fileLock != null) {
                        holder.ifPresent(h -> log.accept("The previous holder of " + entry + "'s lock ("
                                + h.describe() + ") ended without releasing it; its work there is redone."));
                        write(channel, LockRecord.current().bytes());
                        return Optional.of(new KeyLock(channel, fileLock, jvmLock));
                    }
                    if (!tookOver && holder.isPresent() && holder.get().isGone()) {
                        // Only where the OS kept the lock of a dead process (a network file system): a fresh lock
                        // file is a fresh lock. A holder that is alive, even stopped, is never taken over.
                        log.accept("The lock of " + entry + " is held by " + holder.get().describe() + ", which is no"
                                + " longer running: the lock is stale; taking it over.");
                        setAside(lockFile, holder.get());
                        tookOver = true;
                        break;
                    }
                    if (!wait.goOn(holder, true)) {
                        channel.close();
                        return Optional.empty();
                    }
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            channel.close();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /**
     * Renames a dead holder's lock file aside, so the next open makes a new one. Two waiters may judge the same dead
     * holder at once; the second may then have moved the first's new file, which it puts back.
     */
    private static void setAside(Path lockFile, LockRecord dead) throws IOException {
        Path aside = lockFile.resolveSibling(lockFile.getFileName() + ".stale-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime());
        Files.move(lockFile, aside, StandardCopyOption.ATOMIC_MOVE);
        Optional<LockRecord> moved;
        try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.READ)) {
            moved = read(channel);
        }
        if (!moved.equals(Optional.of(dead))) {
            try {
                Files.move(aside, lockFile);
                return;
            } catch (FileAlreadyExistsException yetAnother) {
                // a third build made a new one meanwhile: the moved one is no longer anybody's lock file
            }
        }
        try {
            Files.deleteIfExists(aside);
        } catch (IOException e) {
            // Windows keeps a file another process has open; it is only a leftover
        }
    }

    private static Optional<LockRecord> read(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(LockRecord.MAX_BYTES);
            int read = channel.read(buffer, 0);
            return read <= 0 ? Optional.empty() : LockRecord.parse(Arrays.copyOf(buffer.array(), read));
        } catch (IOException e) {
            return Optional.empty(); // Windows refuses to read a region another process locked: holder unknown
        }
    }

    private static void write(FileChannel channel, byte[] bytes) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(bytes), 0);
    }

    static InterruptedIOException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException io = new InterruptedIOException("interrupted while waiting for a model cache lock");
        io.initCause(e);
        return io;
    }

    /** Releases the lock; the record is cleared first, so the next holder knows this one ended cleanly. */
    @Override
    public void close() throws IOException {
        try (channel) { // closing the channel releases the lock too, should release() fail
            channel.truncate(0);
            fileLock.release();
        } finally {
            jvmLock.unlock();
        }
    }
}
