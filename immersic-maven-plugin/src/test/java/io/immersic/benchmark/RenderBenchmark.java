package io.immersic.benchmark;

import io.immersic.audio.AudioParameters;
import io.immersic.audio.DrumSource;
import io.immersic.audio.Instrument;
import io.immersic.audio.LofiPreset;
import io.immersic.audio.RenderedTrack;
import io.immersic.audio.StereoBuffer;
import io.immersic.audio.TrackRenderer;
import io.immersic.audio.WavMetadata;
import io.immersic.audio.WavWriter;
import io.immersic.midi.Note;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Render speed and the sound's levels and brightness, for a track of about 60 seconds played by the whole band: the
 * generated keys, a top line (their highest notes an octave up), and the drums and bass the band writes for them.
 */
final class RenderBenchmark {

    private RenderBenchmark() {}

    /** Prints a row per instrument and lo-fi preset; returns the slowest real-time factor. */
    static double printRows(List<Note> notes, double bpm, int bars) throws Exception {
        java.util.Map<io.immersic.band.Part, List<Note>> band = band(notes, bpm, bars);
        double slowest = Double.POSITIVE_INFINITY;
        double seconds = bars * 4 * 60.0 / bpm;
        java.nio.file.Path scratch = java.nio.file.Files.createTempDirectory("immersic-render-benchmark");
        scratch.toFile().deleteOnExit(); // a tape's file has no name once open: the folder stays empty
        for (Instrument instrument : Instrument.values()) {
            for (LofiPreset lofi : new LofiPreset[] {LofiPreset.OFF, LofiPreset.DUSTY}) {
                AudioParameters p = new AudioParameters(instrument, DrumSource.LOFI, 0.5, lofi, true, false, false,
                        false, null);
                TrackRenderer renderer = new TrackRenderer(p, io.immersic.band.Part.KEYS.program(), scratch);
                renderer.render(band, bpm, 4, bars, List.of(0), 1).close(); // warm-up: JIT, not first-call costs
                com.sun.management.ThreadMXBean threads =
                        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                // The median of three timed renders: one run on a shared 2-core machine is noisy.
                double[] times = new double[3];
                long allocated = 0;
                StereoBuffer mix = null;
                byte[] wav = null;
                for (int run = 0; run < times.length; run++) {
                    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                    long start = System.nanoTime();
                    try (RenderedTrack track = renderer.render(band, bpm, 4, bars, List.of(0), 1)) {
                        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                        WavWriter.write(track.mix(), WavMetadata.NONE, bytes);
                        wav = bytes.toByteArray();
                        times[run] = (System.nanoTime() - start) / 1e9;
                        allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
                        mix = new StereoBuffer(track.mix().frames());
                        track.mix().read(0, mix.frames(), mix);
                    }
                }
                java.util.Arrays.sort(times);
                double elapsed = times[1];
                System.out.printf("| render %.0f s track, the band, %s, lofi %s (median of 3) | %.3f s = %.0fx real time; %.0f MiB allocated;"
                                + " RMS %.1f dBFS, peak %.1f dBFS, spectral centroid %.0f Hz |%n",
                        seconds, instrument.name().toLowerCase(), lofi.name().toLowerCase(), elapsed,
                        mix.frames() / (double) StereoBuffer.SAMPLE_RATE / elapsed, allocated / 1048576.0,
                        20 * Math.log10(rms(mix)), 20 * Math.log10(peak(mix)), centroid(mix.left));
                if (wav.length == 0) {
                    throw new IllegalStateException("empty WAV");
                }
                slowest = Math.min(slowest, mix.frames() / (double) StereoBuffer.SAMPLE_RATE / elapsed);
            }
        }
        return slowest;
    }

    /** The keys, a top line from their highest notes an octave up, and the band's drums and bass over one section. */
    static java.util.Map<io.immersic.band.Part, List<Note>> band(List<Note> keys, double bpm, int bars) {
        java.util.Map<Integer, io.immersic.harmony.Chord> heard = io.immersic.harmony.BarChords.label(keys, 4);
        List<io.immersic.harmony.Chord> chords = new java.util.ArrayList<>();
        for (int bar = 0; bar < bars; bar++) {
            chords.add(heard.get(bar));
        }
        io.immersic.band.Plan plan = new io.immersic.band.Plan(null, bpm, 4, 4,
                io.immersic.band.Plan.sections("A".repeat(bars), bars), chords, false);
        java.util.TreeMap<Double, Note> top = new java.util.TreeMap<>();
        keys.forEach(note -> top.merge(note.startBeat(), note, (a, b) -> a.pitch() >= b.pitch() ? a : b));
        List<Note> melody = top.values().stream().map(n -> new Note(Math.min(127, n.pitch() + 12), n.velocity(),
                n.startBeat(), n.durationBeats(), 2)).toList();
        List<Note> drums = io.immersic.band.DrumPart.write(plan, 1);
        java.util.Map<io.immersic.band.Part, List<Note>> band = new java.util.EnumMap<>(io.immersic.band.Part.class);
        band.put(io.immersic.band.Part.KEYS, keys);
        band.put(io.immersic.band.Part.BASS, io.immersic.band.BassPart.write(plan, drums, 1));
        band.put(io.immersic.band.Part.MELODY, melody);
        band.put(io.immersic.band.Part.DRUMS, drums);
        return band;
    }

    private static double peak(StereoBuffer buffer) {
        double peak = 0;
        for (int i = 0; i < buffer.frames(); i++) {
            peak = Math.max(peak, Math.max(Math.abs(buffer.left[i]), Math.abs(buffer.right[i])));
        }
        return peak;
    }

    private static double rms(StereoBuffer buffer) {
        double sum = 0;
        for (int i = 0; i < buffer.frames(); i++) {
            sum += buffer.left[i] * buffer.left[i] + buffer.right[i] * buffer.right[i];
        }
        return Math.sqrt(sum / (2.0 * buffer.frames()));
    }

    /** Magnitude-weighted mean frequency over 4096-sample Hann frames. */
    private static double centroid(float[] x) {
        int n = 4096;
        double weighted = 0;
        double total = 0;
        for (int from = 0; from + n <= x.length; from += n) {
            double[] re = new double[n];
            double[] im = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = x[from + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1)));
            }
            io.immersic.audio.Spectra.fft(re, im);
            for (int k = 1; k < n / 2; k++) {
                double magnitude = Math.hypot(re[k], im[k]);
                weighted += magnitude * k * StereoBuffer.SAMPLE_RATE / (double) n;
                total += magnitude;
            }
        }
        return total == 0 ? 0 : weighted / total;
    }
}
