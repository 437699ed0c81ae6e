package io.immersic.benchmark;

import io.immersic.analysis.CorpusStyle;
import io.immersic.common.BuildLog;
import io.immersic.engine.OutputLayout;
import io.immersic.engine.PreprocessRequest;
import io.immersic.engine.PreprocessStep;
import io.immersic.evaluation.MusicStats;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import io.immersic.tokens.RemiDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every musical figure ({@link MusicStats}) of a human corpus (default {@code ../shared/datasets/lofi-progressions}),
 * measured the way the evaluation measures human pieces: preprocessed to tokens, decoded in 4/4, in the estimated
 * key, against the pieces' own bar chords. The yardstick for a figure's definition: one a human corpus scores oddly
 * on measures the metric, not the music. Not a test; it asserts nothing.
 *
 * <pre>mvn -B -o -q -pl immersic-maven-plugin test-compile exec:exec -Pbenchmark \
 *     -Dbenchmark.main=io.immersic.benchmark.HumanFigures -Dbenchmark.dataset=$PWD/../shared/datasets/lofi-progressions</pre>
 */
public final class HumanFigures {

    private HumanFigures() {}

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args.length > 0 ? args[0] : "../shared/datasets/lofi-progressions").toAbsolutePath()
                .normalize();
        BuildLog log = new BuildLog() {
            public void info(String m) { System.out.println("[INFO] " + m); }
            public void warn(String m) { System.out.println("[WARNING] " + m); }
            public void debug(String m) {}
        };
        Corpus corpus = new PreprocessStep(log).run(new PreprocessRequest(dataset, List.of("**/*.mid", "**/*.midi"),
                List.of(), null, new OutputLayout(Files.createTempDirectory("immersic-figures"))));
        RemiDecoder decoder = new RemiDecoder();
        List<MusicStats.Piece> pieces = new ArrayList<>();
        for (CorpusEntry entry : corpus.files()) {
            pieces.add(MusicStats.measure(decoder.decode(entry.tokens(), 4), 4, null,
                    CorpusStyle.barChords(entry.tokens())));
        }
        System.out.printf("%n| figure | %s (%d files) |%n|---|---|%n", dataset.getFileName(), pieces.size());
        for (Map.Entry<String, Double> figure : MusicStats.summarize(pieces).asMap().entrySet()) {
            System.out.printf("| %s | %.4f |%n", figure.getKey(), figure.getValue());
        }
    }
}
