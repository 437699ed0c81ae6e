package io.immersic.cache;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One build's wait for a key's lock: the clock against its timeout, and the log lines that say what it waits for (one
 * when it starts, then one per interval, so a long wait is never a silent one).
 */
final class LockWait {

    private static final long POLL_NANOS = 200_000_000L;

    private final Path entry;
    private final long timeoutNanos;
    private final long progressNanos;
    private final Consumer<String> log;
    private long started = -1;
    private long lastReport;

    LockWait(Path entry, Duration timeout, Duration progressEvery, Consumer<String> log) {
        this.entry = entry;
        this.timeoutNanos = timeout.toNanos();
        this.progressNanos = progressEvery.toNanos();
        this.log = log;
    }

    /**
     * Logs as due, then sleeps until the next try.
     *
     * @param holder the holder's record, when the lock file has one
     * @param otherBuild whether the holder is another build (its file lock), not a thread of this one
     * @return false once the timeout has passed: stop waiting
     */
    boolean goOn(Optional<LockRecord> holder, boolean otherBuild) throws java.io.InterruptedIOException {
        long now = System.nanoTime();
        String who = holder.map(h -> "another build, " + h.describe())
                .orElse(otherBuild ? "another build" : "another thread of this build");
        if (started < 0) {
            started = now;
            lastReport = now;
            log.accept("Waiting for " + entry + ": " + who + " is making it (waiting up to "
                    + timeoutNanos / 1_000_000_000L + " s)");
        } else if (now - lastReport >= progressNanos) {
            lastReport = now;
            long waited = (now - started) / 1_000_000_000L;
            log.accept("Still waiting for " + entry + " (held by " + who + " for "
                    + holder.map(h -> h.heldSeconds(waited)).orElse(waited) + " s)");
        }
        long left = timeoutNanos - (now - started);
        if (left <= 0) {
            return false;
        }
        try {
            Thread.sleep(Math.max(1, Math.min(POLL_NANOS, left) / 1_000_000L));
        } catch (InterruptedException e) {
            throw KeyLock.interrupted(e);
        }
        return true;
    }
}
