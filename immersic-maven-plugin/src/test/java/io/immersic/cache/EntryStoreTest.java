package io.immersic.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryStoreTest {

    @TempDir
    Path temp;

    private static final String KEY = "0123456789abcdef".repeat(4);
    /** Longer than any test waits: the lock must come before it. */
    private static final Duration LONG = Duration.ofMinutes(2);

    @Test
    void aPublishedEntryHoldsItsFilesAndNothingTemporaryIsLeft() throws Exception {
        EntryStore store = new EntryStore(temp.resolve("models"));
        assertTrue(store.entry(KEY).isEmpty());

        Path entry = store.publish(KEY, Map.of("a.json", new byte[] {1, 2}, "b.bin", new byte[] {3}));

        assertEquals(store.entry(KEY).orElseThrow(), entry);
        assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(entry.resolve("a.json")));
        assertEquals(List.of(KEY), names(store.root()));
    }

    @Test
    void whatAKilledPublishLeftIsNeverAnEntryAndIsRemovedByTheNextPublish() throws Exception {
        EntryStore store = new EntryStore(temp.resolve("models"));
        Path leftover = Files.createDirectories(store.root().resolve("." + KEY + ".tmp-999999-1"));
        Files.write(leftover.resolve("a.json"), new byte[] {9}); // half an entry, as a kill -9 leaves it

        assertTrue(store.entry(KEY).isEmpty());
        store.publish(KEY, Map.of("a.json", new byte[] {1}));

        assertEquals(List.of(KEY), names(store.root()));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(store.entry(KEY).orElseThrow().resolve("a.json")));
    }

    @Test
    void aDiscardedEntryIsGoneAndCanBePublishedAgain() throws Exception {
        EntryStore store = new EntryStore(temp.resolve("models"));
        store.publish(KEY, Map.of("a.json", new byte[] {1}));
        store.discard(KEY);
        assertTrue(store.entry(KEY).isEmpty());
        store.publish(KEY, Map.of("a.json", new byte[] {2}));
        assertArrayEquals(new byte[] {2}, Files.readAllBytes(store.entry(KEY).orElseThrow().resolve("a.json")));
    }

    @Test
    void aKeyThatIsNotAFingerprintCannotNameAPath() {
        EntryStore store = new EntryStore(temp.resolve("models"));
        for (String key : List.of("../x", "", KEY.toUpperCase(), KEY + "/..")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> store.entry(key));
        }
    }

    @Test
    void twoThreadsTakeTurnsTheSecondWaitsAndThenSeesTheFirstsEntry() throws Exception {
        EntryStore store = new EntryStore(temp.resolve("models"));
        AtomicInteger waits = new AtomicInteger();
        CountDownLatch firstHasLock = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try (KeyLock lock = store.lock(KEY, LONG, line -> waits.incrementAndGet()).orElseThrow()) {
                firstHasLock.countDown();
                Thread.sleep(300);
                store.publish(KEY, Map.of("a.json", new byte[] {7}));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        first.start();
        assertTrue(firstHasLock.await(10, TimeUnit.SECONDS));
        try (KeyLock lock = store.lock(KEY, LONG, line -> waits.incrementAndGet()).orElseThrow()) {
            assertTrue(store.entry(KEY).isPresent(), "the lock is granted only after the first published");
        }
        first.join();
        assertEquals(1, waits.get());
    }

    /** Another process holds the lock; it is killed (SIGKILL); its lock is released and this one gets it. */
    @Test
    void aLockHeldByAnotherProcessIsWaitedForAndAKilledHolderReleasesIt() throws Exception {
        Path root = temp.resolve("models");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), root.toString(), KEY)
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()))) {
            assertEquals("locked", out.readLine());
            EntryStore store = new EntryStore(root);
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread killer = new Thread(() -> {
                sleep(500);
                holder.destroyForcibly();
            });
            killer.start();
            long started = System.nanoTime();
            try (KeyLock lock = store.lock(KEY, LONG, lines::add).orElseThrow()) {
                assertEquals(1, count(lines, "Waiting for " + store.entryFolder(KEY)), "it had to wait: " + lines);
                assertEquals(1, count(lines, "ended without releasing it; its work there is redone"),
                        "the killed holder's record was left: " + lines);
                assertTrue((System.nanoTime() - started) / 1e9 >= 0.4, "it waited for the holder");
                assertTrue(holder.waitFor(10, TimeUnit.SECONDS), "the holder was killed");
            }
            killer.join();
        } finally {
            holder.destroyForcibly();
        }
    }

    // ---- bounded waits: a holder that is alive but never lets go (kill -STOP) ---------------------------------

    /**
     * This test holds the file lock (a second channel, as another build would), with its own live record: a 1 s
     * timeout gives up with a first line, progress lines of 0.3 s (never more than one per interval), then the lock
     * is free again for the next build.
     */
    @Test
    void aHolderThatNeverLetsGoIsWaitedForOnlyUntilTheTimeoutWithProgressLines() throws Exception {
        EntryStore store = new EntryStore(temp.resolve("models"), Duration.ofMillis(300));
        List<String> lines = new CopyOnWriteArrayList<>();
        Optional<KeyLock> lock;
        long started = System.nanoTime();
        try (HeldLockFile held = HeldLockFile.hold(store, KEY, LockRecord.current())) {
            lock = store.lock(KEY, Duration.ofSeconds(1), lines::add);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(lock.isEmpty(), "the holder never let go");
        assertTrue(seconds >= 0.9 && seconds < 30, "gave up after " + seconds + " s");
        String entry = store.entryFolder(KEY).toString();
        assertTrue(lines.get(0).startsWith("Waiting for " + entry + ": another build, PID "
                + ProcessHandle.current().pid() + " on "), lines.get(0));
        assertTrue(lines.get(0).endsWith("(waiting up to 1 s)"), lines.get(0));
        long progress = count(lines, "Still waiting for " + entry + " (held by another build, PID ");
        assertTrue(progress >= 1 && progress <= 1 + (int) (seconds / 0.3), progress + " in " + seconds + " s: " + lines);
        assertEquals(1 + progress, lines.size(), "nothing else: " + lines);

        lines.clear();
        try (KeyLock again = store.lock(KEY, Duration.ZERO, lines::add).orElseThrow()) {
            assertEquals(1, lines.size(), lines.toString()); // the test's channel closed without clearing its record
            assertTrue(lines.get(0).contains("ended without releasing it"), lines.get(0));
        }
        lines.clear();
        try (KeyLock third = store.lock(KEY, Duration.ZERO, lines::add).orElseThrow()) {
            assertEquals(List.of(), lines, "a lock closed by its holder clears the record");
        }
    }

    @Test
    void anotherThreadThatHoldsTheLockIsWaitedForUntilTheTimeoutAndZeroDoesNotWait() throws Exception {
        EntryStore store = new EntryStore(temp.resolve("models"), Duration.ofMillis(300));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (KeyLock lock = store.lock(KEY, LONG, line -> { }).orElseThrow()) {
                locked.countDown();
                done.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        holder.start();
        try {
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            List<String> lines = new CopyOnWriteArrayList<>();
            assertTrue(store.lock(KEY, Duration.ofSeconds(1), lines::add).isEmpty());
            assertTrue(lines.get(0).contains("another thread of this build is making it"), lines.toString());
            assertTrue(count(lines, "Still waiting for ") >= 1, lines.toString());

            lines.clear();
            long started = System.nanoTime();
            assertTrue(store.lock(KEY, Duration.ZERO, lines::add).isEmpty());
            assertTrue((System.nanoTime() - started) / 1e9 < 10, "zero does not wait");
            assertEquals(1, lines.size(), lines.toString());
        } finally {
            done.countDown();
            holder.join();
        }
    }

    /**
     * A lock file still locked although its record names a process of this host that is gone (as a network file
     * system may keep a dead process's lock): the lock is stale, taken over at once, and the log says so.
     */
    @Test
    void aLockWhoseHolderIsNoLongerRunningIsTakenOverWithALogLine() throws Exception {
        EntryStore store = new EntryStore(temp.resolve("models"), Duration.ofMillis(300));
        LockRecord me = LockRecord.current();
        LockRecord gone = new LockRecord(Integer.MAX_VALUE, me.processStart(), me.host(), me.since());
        assertTrue(gone.isGone(), "no process has PID " + Integer.MAX_VALUE);
        assertTrue(!me.isGone(), "this process is running");
        List<String> lines = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        try (HeldLockFile held = HeldLockFile.hold(store, KEY, gone);
             KeyLock lock = store.lock(KEY, LONG, lines::add).orElseThrow()) {
            assertTrue((System.nanoTime() - started) / 1e9 < 20, "taken over, not waited out");
            assertEquals(1, count(lines, "is held by PID " + Integer.MAX_VALUE + " on " + me.host()
                    + ", which is no longer running: the lock is stale; taking it over."), lines.toString());
            assertEquals(0, count(lines, "Still waiting"), lines.toString());
        }
    }

    private static long count(List<String> lines, String part) {
        return lines.stream().filter(l -> l.contains(part)).count();
    }

    /** The key's lock file locked through a channel of the test's own, with a holder's record written in it. */
    private record HeldLockFile(FileChannel channel) implements AutoCloseable {
        static HeldLockFile hold(EntryStore store, String key, LockRecord record) throws Exception {
            Files.createDirectories(store.root());
            FileChannel channel = FileChannel.open(store.root().toRealPath().resolve(key + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            channel.lock();
            channel.write(ByteBuffer.wrap(record.bytes()), 0);
            return new HeldLockFile(channel);
        }

        @Override
        public void close() throws Exception {
            channel.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
        }
    }

    /** A second process that takes a key's lock, says so, and holds it until it is killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            KeyLock lock = new EntryStore(Path.of(args[0])).lock(args[1], Duration.ofMinutes(1), line -> { })
                    .orElseThrow();
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
            lock.close();
        }
    }
}
