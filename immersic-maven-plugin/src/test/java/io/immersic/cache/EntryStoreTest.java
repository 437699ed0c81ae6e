package io.immersic.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
            try (EntryStore.Lock lock = store.lock(KEY, waits::incrementAndGet)) {
                firstHasLock.countDown();
                Thread.sleep(300);
                store.publish(KEY, Map.of("a.json", new byte[] {7}));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        first.start();
        assertTrue(firstHasLock.await(10, TimeUnit.SECONDS));
        try (EntryStore.Lock lock = store.lock(KEY, waits::incrementAndGet)) {
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
            AtomicInteger waits = new AtomicInteger();
            Thread killer = new Thread(() -> {
                sleep(500);
                holder.destroyForcibly();
            });
            killer.start();
            long started = System.nanoTime();
            try (EntryStore.Lock lock = store.lock(KEY, waits::incrementAndGet)) {
                assertEquals(1, waits.get(), "it had to wait");
                assertTrue((System.nanoTime() - started) / 1e9 >= 0.4, "it waited for the holder");
                assertTrue(holder.waitFor(10, TimeUnit.SECONDS), "the holder was killed");
            }
            killer.join();
        } finally {
            holder.destroyForcibly();
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
            EntryStore.Lock lock = new EntryStore(Path.of(args[0])).lock(args[1], () -> { });
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
            lock.close();
        }
    }
}
