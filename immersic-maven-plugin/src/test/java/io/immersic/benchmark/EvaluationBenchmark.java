package io.immersic.benchmark;

import io.immersic.evaluation.Evaluation;
import io.immersic.evaluation.Evaluator;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.TokenGenerator;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import io.immersic.tokens.Vocabulary;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The evaluation table on the benchmark's model: held-out NLL against the n-gram, and the generation metrics for a
 * grid of sampling settings (10 tracks of 16 bars each), from which the defaults are chosen.
 */
final class EvaluationBenchmark {

    private EvaluationBenchmark() {}

    static void printRows(Corpus corpus, Vocabulary vocabulary, MultiLayerNetwork network, TrainingParameters p) {
        List<List<String>> files = corpus.files().stream().map(CorpusEntry::tokens).toList();
        TokenGenerator generator = new TokenGenerator(network, vocabulary,
                io.immersic.analysis.CorpusStyle.of(files, 4));
        System.out.println();
        System.out.println("| sampling (T, top-p) | LSTM NLL | n-gram NLL (order) | min OA (feature) | mean OA |"
                + " longest copy tokens / bar lines | 8-grams in corpus | distinct-4 | key corr. |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        double[][] grid = {{1.0, 1.0}, {1.0, 0.95}, {0.9, 0.95}, {0.8, 0.9}, {1.1, 0.98}, {1.2, 1.0}, {1.3, 1.0}, {0, 1.0}};
        for (double[] setting : grid) {
            GenerationParameters g = new GenerationParameters(10, 16, setting[0], 0, setting[1], 7, null, 0, 0);
            List<List<String>> generated = Benchmark.generate(generator, g);
            Evaluation e = new Evaluator().evaluate(new Evaluator.Input(files, vocabulary, network,
                    p.validationFraction(), p.seed(), p.transpose(), generated, 4));
            String worst = e.overlap().entrySet().stream().min(java.util.Map.Entry.comparingByValue())
                    .map(java.util.Map.Entry::getKey).orElse("?");
            double meanOverlap = e.overlap().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
            printRow((setting[0] == 0 ? "argmax" : String.format("%.1f", setting[0])) + ", "
                    + String.format("%.2f", setting[1]), e);
        }
        printRow("notebook preset (own tokens)", notebook(corpus, p));
        System.out.println("(The notebook preset's NLL columns are on its own pitch/chord tokens, against an n-gram on"
                + " those tokens; every other column is measured in REMI tokens for both methods.)");
    }

    private static void printRow(String label, Evaluation e) {
        String worst = e.overlap().entrySet().stream().min(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse("?");
        double meanOverlap = e.overlap().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("| %s | %.4f | %.4f (%d) | %.2f (%s) | %.2f | %d / %d | %.1f %% | %.3f | %.2f |%n", label,
                e.heldOutNll().lstm(), e.heldOutNll().ngram(), e.heldOutNll().ngramOrder(), e.minOverlap(), worst,
                meanOverlap, e.longestCopiedTokens(), e.longestCopiedBars(), 100 * e.copied8gramShare(),
                e.distinct4(), e.key().meanCorrelation());
    }

    /**
     * The notebooks' method through its own {@link io.immersic.method.NotebookMethod} (same files, same split by
     * piece), trained for {@code notebook.epochs} (10) epochs: 10 greedy tracks of 500 elements.
     */
    static Evaluation notebook(Corpus corpus, TrainingParameters p) {
        TrainingParameters epochs = new TrainingParameters(Integer.getInteger("notebook.epochs", 10), p.layers(),
                p.hiddenSize(), p.embeddingSize(), p.dropout(), p.sequenceLength(), p.batchSize(), p.learningRate(),
                p.validationFraction(), p.patience(), p.seed(), p.threads(), p.transpose());
        io.immersic.common.BuildLog log = new io.immersic.common.BuildLog() {
            public void info(String m) { System.out.println("[INFO] " + m); }
            public void warn(String m) { System.out.println("[WARNING] " + m); }
            public void debug(String m) {}
        };
        try {
            io.immersic.method.Composer composer = new io.immersic.method.NotebookMethod(log)
                    .trainOrReuse(corpus, new io.immersic.engine.ModelStep(log)
                            .supply(new io.immersic.engine.TrainRequest(null, epochs)));
            List<TokenGenerator.Track> tracks = composer.compose(List.of(),
                    new GenerationParameters(10, 16, 0, 0, 1.0, 7, null, 0, 0),
                    io.immersic.generation.MusicControls.NONE, false);
            io.immersic.band.Performer band = new io.immersic.band.Performer(composer.tempoBpm(),
                    composer.beatsPerBar(), composer.roll(), false, java.util.EnumSet.of(io.immersic.band.Part.KEYS));
            List<io.immersic.band.PerformedTrack> performed = new java.util.ArrayList<>();
            for (int i = 0; i < tracks.size(); i++) {
                performed.add(band.perform(tracks.get(i), i + 1, 7 * 1_000_003L + i));
            }
            return composer.evaluate(corpus, performed, composer.tempoBpm());
        } catch (io.immersic.common.ImmersicException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
