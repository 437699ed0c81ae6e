package io.immersic.cache;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Who holds a key's lock, as the holder writes it into the lock file: its process (PID and start time, so a reused
 * PID is not taken for it), its host, and since when it holds the lock. Waiting builds read it to say whom they wait
 * for, and to tell a holder that is gone from one that is only slow.
 *
 * @param processStart when the holder's process started, in epoch milliseconds; 0 when unknown
 * @param since when it took the lock, in epoch milliseconds
 */
record LockRecord(long pid, long processStart, String host, long since) {

    /** The longest record a lock file holds; anything else in it is not a record. */
    static final int MAX_BYTES = 512;

    private static final String UNKNOWN_HOST = "unknown-host";
    private static final String HOST = hostName();

    /** This process, taking the lock now. */
    static LockRecord current() {
        ProcessHandle self = ProcessHandle.current();
        return new LockRecord(self.pid(), startOf(self), HOST, System.currentTimeMillis());
    }

    /** The record a lock file holds; empty when it holds none (released cleanly, or written by an older plugin). */
    static Optional<LockRecord> parse(byte[] bytes) {
        String[] fields = new String(bytes, StandardCharsets.UTF_8).trim().split(" ");
        if (fields.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LockRecord(Long.parseLong(fields[0]), Long.parseLong(fields[1]), fields[2],
                    Long.parseLong(fields[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    byte[] bytes() {
        return (pid + " " + processStart + " " + host + " " + since + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether the holder is certainly gone: it ran on this host (a PID means nothing on another one, e.g. beside a
     * cache on a network drive) and its PID names no process, or a process that started at another time.
     */
    boolean isGone() {
        if (!HOST.equals(host) || HOST.equals(UNKNOWN_HOST)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        long start = startOf(process.get());
        return processStart != 0 && start != 0 && Math.abs(start - processStart) > 1000;
    }

    /** E.g. "PID 4242 on build-7". */
    String describe() {
        return "PID " + pid + " on " + host;
    }

    /** How long the lock has been held, by the holder's clock; never less than {@code atLeast} seconds. */
    long heldSeconds(long atLeast) {
        return Math.max(atLeast, (System.currentTimeMillis() - since) / 1000);
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** The host's name, without a space (the record's separator); looked up once. */
    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().replace(' ', '_');
        } catch (UnknownHostException e) {
            return UNKNOWN_HOST; // then no holder is judged gone by its PID
        }
    }
}
