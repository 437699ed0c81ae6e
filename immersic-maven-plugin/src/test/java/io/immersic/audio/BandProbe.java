package io.immersic.audio;

import java.util.Map;

/**
 * Prints each stem's RMS, the mix's loudness and the render speed of 32 bars at 80 BPM with four parts; nothing is
 * asserted (timings on a shared machine are noisy). Run: {@code mvn -o -q -pl immersic-maven-plugin test
 * -Dtest=BandProbe -Dprobe=true}.
 */
class BandProbe {

    @org.junit.jupiter.api.Test
    void prints() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("probe"), "run with -Dprobe=true");
        for (LofiPreset lofi : LofiPreset.values()) {
            AudioParameters p = Band.parameters(lofi, true, false);
            Band.render(p, 32, 1).close(); // warm-up
            double best = Double.POSITIVE_INFINITY;
            RenderedTrack track = null;
            for (int run = 0; run < 3; run++) {
                if (track != null) {
                    track.close();
                }
                long start = System.nanoTime();
                track = Band.render(p, 32, 1);
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            StereoBuffer mix = Signals.whole(track.mix());
            Map<String, StereoBuffer> stems = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Signal> stem : track.stems().entrySet()) {
                stems.put(stem.getKey(), Signals.whole(stem.getValue()));
            }
            track.close();
            double seconds = mix.frames() / (double) StereoBuffer.SAMPLE_RATE;
            System.out.printf("lofi %s: %.1f s of audio in %.3f s = %.0fx real time; %.2f LUFS, %.2f dBTP%n", lofi,
                    seconds, best, seconds / best, track.loudness().integratedLufs(), track.loudness().truePeakDbtp());
            if (lofi == LofiPreset.LIGHT) {
                java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "immersic-band.wav"),
                        WavWriter.write(WavWriter.toPcm(mix), false));
                StereoBuffer d = stems.get("drums");
                double lr = 0, ll = 0, rr = 0;
                for (int i = 0; i < d.frames(); i++) {
                    lr += d.left[i] * d.right[i];
                    ll += d.left[i] * d.left[i];
                    rr += d.right[i] * d.right[i];
                }
                StereoBuffer residual = mix;
                for (StereoBuffer stem : stems.values()) {
                    residual = Signals.difference(residual, stem);
                }
                System.out.printf("  drums L/R correlation %.3f, above 2 kHz %.2f; stems-sum residual %.1f dB%n",
                        lr / Math.sqrt(ll * rr), (Spectra.share(d.left, 2000, 22050) + Spectra.share(d.right, 2000, 22050)) / 2,
                        20 * Math.log10(rms(residual) / rms(mix)));
            }
            for (Map.Entry<String, StereoBuffer> stem : stems.entrySet()) {
                System.out.printf("  %-8s RMS %6.1f dBFS, %6.1f LUFS%n", stem.getKey(), 20 * Math.log10(rms(stem.getValue())),
                        Signals.lufs(stem.getValue()));
            }
        }
    }

    static double rms(StereoBuffer b) {
        double sum = 0;
        for (int i = 0; i < b.frames(); i++) {
            sum += b.left[i] * b.left[i] + b.right[i] * b.right[i];
        }
        return Math.sqrt(sum / (2.0 * b.frames()));
    }
}
