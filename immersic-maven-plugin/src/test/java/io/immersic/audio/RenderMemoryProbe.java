package io.immersic.audio;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures what rendering and writing a long track costs: bytes allocated a frame, the peak heap, the real-time
 * factor, and a digest of the WAVs (the same seed must give the same bytes). Prints, asserts nothing about time; runs
 * only with {@code -Dimmersic.memoryProbe=true} (add {@code -DargLine=-Xmx256m} to render under a small heap).
 */
class RenderMemoryProbe {

    @Test
    void twoHundredBars() throws Exception {
        assumeTrue(Boolean.getBoolean("immersic.memoryProbe"));
        int bars = Integer.getInteger("immersic.memoryProbe.bars", 200);
        for (boolean stems : new boolean[] {false, true}) {
            for (Instrument instrument : Instrument.values()) {
                probe(instrument, stems, bars);
            }
        }
    }

    private static void probe(Instrument instrument, boolean stems, int bars) throws Exception {
        AudioParameters p = new AudioParameters(instrument, "lofi", AudioParameters.DEFAULT_DRUM_LEVEL,
                LofiPreset.DUSTY, true, false, stems, false, null);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        RenderedTrack track = new TrackRenderer(p).render(Band.parts(bars), 80, 4, bars, java.util.List.of(0), 42);
        double renderSeconds = (System.nanoTime() - started) / 1e9;
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            write(track.mix(), out);
            for (Map.Entry<String, StereoBuffer> stem : track.stems().entrySet()) {
                write(stem.getValue(), out);
            }
        }
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long frames = track.mix().frames();
        double audioSeconds = (double) frames / StereoBuffer.SAMPLE_RATE;
        System.out.printf("PROBE %s stems=%s %d bars, %.0f s: allocated %.1f B/frame, peak heap %d MB (max %d MB),"
                        + " render %.0fx real time, with writing %.0fx; sha256 %s%n", instrument, stems, bars,
                audioSeconds, (double) allocated / frames, peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                audioSeconds / renderSeconds, audioSeconds / totalSeconds,
                HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    private static void write(StereoBuffer buffer, OutputStream out) throws Exception {
        WavWriter.write(buffer, WavMetadata.NONE, out);
    }
}
