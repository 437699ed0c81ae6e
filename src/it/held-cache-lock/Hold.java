import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds a model cache entry's lock as a stopped or hung build would: java Hold.java LOCK_FILE SECONDS. Takes the
 * file lock, writes the record a holder writes (PID, process start, host, since: see cache/LockRecord.java), prints
 * "held" and sleeps. Run by held-cache-lock/setup.groovy with Java's single-file source launcher.
 */
public class Hold {
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.lock();
            ProcessHandle self = ProcessHandle.current();
            long start = self.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
            String record = self.pid() + " " + start + " " + InetAddress.getLocalHost().getHostName().replace(' ', '_')
                    + " " + System.currentTimeMillis() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(record.getBytes(StandardCharsets.UTF_8)), 0);
            System.out.println("held");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]) * 1000);
        }
    }
}
