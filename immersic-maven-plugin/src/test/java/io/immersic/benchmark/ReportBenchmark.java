package io.immersic.benchmark;

import io.immersic.analysis.CorpusAnalysis;
import io.immersic.midi.Note;
import io.immersic.model.TrainingMetrics;
import io.immersic.report.HtmlReport;
import io.immersic.report.ReportContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How long report.html takes for a build like the sample project's (3 tracks of 32 bars, ~320 notes each, the
 * corpus charts, 30 epochs of loss): the first page in a fresh JVM (what a build pays, class loading included) and
 * the median of the next ten. Target: ≤ 1 s added to a 3-track build. Writes the figures to the file in args[0].
 */
public final class ReportBenchmark {

    public static void main(String[] args) throws Exception {
        ReportContent content = sampleLikeContent(new Random(7));
        long start = System.nanoTime();
        int bytes = HtmlReport.render(content).length();
        double firstMs = (System.nanoTime() - start) / 1e6;
        double[] next = new double[10];
        for (int i = 0; i < next.length; i++) {
            long t = System.nanoTime();
            HtmlReport.render(content);
            next[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(next);
        String json = String.format(Locale.ROOT, "{\"tracks\": 3, \"bars\": 32, \"pageBytes\": %d,"
                + " \"firstRenderMs\": %.1f, \"medianRenderMs\": %.1f, \"targetMs\": 1000}%n", bytes, firstMs, next[5]);
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmark/report.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json);
        System.out.printf(Locale.ROOT, "| report.html for 3 x 32-bar tracks (target ≤ 1000 ms) | first %.0f ms,"
                + " then %.1f ms (median), %,d bytes |%n", firstMs, next[5], bytes);
    }

    private static ReportContent sampleLikeContent(Random random) {
        List<ReportContent.Track> tracks = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            List<Note> notes = new ArrayList<>();
            for (int i = 0; i < 320; i++) {
                notes.add(new Note(40 + random.nextInt(44), 40 + random.nextInt(80), random.nextInt(128),
                        0.25 + random.nextInt(16) * 0.25, 0));
            }
            List<String> chords = new ArrayList<>();
            for (int bar = 0; bar < 32; bar++) {
                chords.add(bar % 2 == 0 ? "Gm9" : "Cm11");
            }
            tracks.add(new ReportContent.Track("track-" + t, "tracks/track-" + t + ".mid",
                    "tracks/track-" + t + ".wav", "G minor", 78, 32, 4, notes, chords, "AABA", 2, false));
        }
        List<TrainingMetrics.EpochLoss> history = new ArrayList<>();
        for (int epoch = 1; epoch <= 30; epoch++) {
            history.add(new TrainingMetrics.EpochLoss(epoch, 3.0 / Math.sqrt(epoch), 3.2 / Math.sqrt(epoch) + 0.2));
        }
        CorpusAnalysis corpus = new CorpusAnalysis(24, 24, 3598, 518, 13335, 1152, "E- major", spread(12, "n"),
                spread(53, "p"), spread(39, "d"), spread(56, "v"), 2, spread(8, "q"), Map.of("E- major", 24),
                List.of(), new io.immersic.tokens.CorpusTempo(80, 0, 24));
        return new ReportContent(corpus, new ReportContent.Training("default", "trained in this build",
                "CPU/Linux-amd64", "2 LSTM layer(s) of 128", history, 22, 21000), tracks, null,
                ReportContent.Gate.NONE, List.of(new ReportContent.Setting("seed", "42")),
                "mvn immersic:generate -Dimmersic.seed=42");
    }

    private static Map<String, Double> spread(int n, String prefix) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            values.put(prefix + i, 100.0 / n * (1 + Math.sin(i)));
        }
        return values;
    }
}
