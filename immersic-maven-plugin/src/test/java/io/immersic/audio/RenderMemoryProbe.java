package io.immersic.audio;

import io.immersic.band.Part;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Measures what rendering and writing a long track costs: the peak heap, bytes allocated a frame, the real-time
 * factor, and a digest of the WAVs (the same seed must give the same bytes). Prints, asserts nothing. Run it under a
 * small heap, 200 bars by default ({@code -Dimmersic.memoryProbe.bars=N} for another length):
 * {@code mvn -o -Pbenchmark -pl immersic-maven-plugin test-compile exec:exec
 * -Dbenchmark.main=io.immersic.audio.RenderMemoryProbe -Dbenchmark.jvm=-Xmx256m}. The tapes go to
 * {@code target/render-probe}.
 */
public final class RenderMemoryProbe {

    private RenderMemoryProbe() {}

    public static void main(String[] args) throws Exception {
        int bars = Integer.getInteger("immersic.memoryProbe.bars", 200);
        Path scratch = Files.createDirectories(Path.of("target", "render-probe"));
        for (boolean stems : new boolean[] {false, true}) {
            for (Instrument instrument : Instrument.values()) {
                probe(instrument, stems, bars, scratch);
            }
        }
    }

    private static void probe(Instrument instrument, boolean stems, int bars, Path scratch) throws Exception {
        AudioParameters p = new AudioParameters(instrument, DrumSource.LOFI, AudioParameters.DEFAULT_DRUM_LEVEL,
                LofiPreset.DUSTY, true, false, stems, false, null);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        double renderSeconds;
        int frames;
        try (RenderedTrack track = new TrackRenderer(p, Part.KEYS.program(), scratch)
                .render(Band.parts(bars), 80, 4, bars, List.of(0), 42)) {
            renderSeconds = (System.nanoTime() - started) / 1e9;
            frames = track.mix().frames();
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                WavWriter.write(track.mix(), WavMetadata.NONE, out);
                for (Signal stem : track.stems().values()) {
                    WavWriter.write(stem, WavMetadata.NONE, out);
                }
            }
        }
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = 0; // each pool's own peak, summed: at least the heap's peak
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double audioSeconds = (double) frames / StereoBuffer.SAMPLE_RATE;
        System.out.printf("PROBE %s stems=%s %d bars, %.0f s: peak heap %d MB (max %d MB), allocated %.1f B/frame,"
                        + " render %.0fx real time, with writing %.0fx; sha256 %s%n", instrument, stems, bars,
                audioSeconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, (double) allocated / frames,
                audioSeconds / renderSeconds, audioSeconds / totalSeconds,
                HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }
}
