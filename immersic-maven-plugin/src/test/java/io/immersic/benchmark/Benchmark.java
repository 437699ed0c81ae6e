package io.immersic.benchmark;

import io.immersic.engine.BuildLog;
import io.immersic.engine.OutputLayout;
import io.immersic.engine.PreprocessRequest;
import io.immersic.engine.PreprocessStep;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.TokenGenerator;
import io.immersic.model.Backend;
import io.immersic.model.Trainer;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Prints the benchmark table on the shared lo-fi dataset: preprocess time, training speed, generation speed, peak
 * RSS and held-out loss. Run with {@code mvn -Pbenchmark verify} (see README); not a test, it asserts nothing.
 */
public final class Benchmark {

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args.length > 0 ? args[0] : "../shared/datasets/lofi-samples").toAbsolutePath().normalize();
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : TrainingParameters.DEFAULTS.epochs();
        Path work = Files.createTempDirectory("immersic-benchmark");
        BuildLog log = new BuildLog() {
            public void info(String m) { System.out.println("[INFO] " + m); }
            public void warn(String m) { System.out.println("[WARNING] " + m); }
            public void debug(String m) {}
        };
        PreprocessRequest request = new PreprocessRequest(dataset, List.of("**/*.mid", "**/*.midi"), List.of(), null,
                new OutputLayout(work));

        // Preprocess in-process: the first run warms the JIT; the median of the next runs is reported.
        new PreprocessStep(BuildLog.SILENT).run(request);
        double[] preprocessSeconds = new double[7];
        Corpus corpus = null;
        for (int i = 0; i < preprocessSeconds.length; i++) {
            Files.deleteIfExists(request.output().preprocessState()); // force a full run, not the cache hit
            long start = System.nanoTime();
            corpus = new PreprocessStep(BuildLog.SILENT).run(request);
            preprocessSeconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(preprocessSeconds);
        long cachedStart = System.nanoTime();
        new PreprocessStep(BuildLog.SILENT).run(request);
        double cachedSeconds = (System.nanoTime() - cachedStart) / 1e9;

        TrainingParameters p = TrainingParameters.DEFAULTS;
        p = new TrainingParameters(epochs, p.layers(), p.hiddenSize(), p.embeddingSize(), p.dropout(),
                p.sequenceLength(), p.batchSize(), p.learningRate(), p.validationFraction(), p.patience(), p.seed(),
                p.threads(), args.length <= 2 || Boolean.parseBoolean(args[2]));
        Backend.useThreads(p.threads());
        System.out.println("[INFO] Backend: " + Backend.describe(p.threads()));
        List<List<String>> files = corpus.files().stream().map(CorpusEntry::tokens).toList();
        io.immersic.tokens.Vocabulary vocabulary = p.transpose()
                ? io.immersic.tokens.Transposer.vocabularyOfAllKeys(files) : corpus.vocabularyIndex();
        Trainer.Result trained = new Trainer(log).train(files, vocabulary, p);

        TokenGenerator generator = new TokenGenerator(trained.network(), vocabulary,
                io.immersic.analysis.CorpusStyle.of(files, 4));
        GenerationParameters one = new GenerationParameters(1, 64, 1.0, 0, 0.95, 7, null, 0, 0);
        GenerationParameters three = new GenerationParameters(3, 64, 1.0, 0, 0.95, 7, null, 0, 0);
        generate(generator, one); // warm-up
        double[] oneTrack = timeGeneration(generator, one);
        double[] threeTracks = timeGeneration(generator, three);
        double dl4jStepsPerSecond = rnnTimeStepBaseline(trained.network(), 2000);

        var m = trained.metrics();
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf("| files / tokens / vocabulary | %d / %d / %d |%n", corpus.files().size(),
                corpus.tokenCount(), corpus.vocabulary().size());
        System.out.printf("| preprocess %d files, in-process (median of 7, min) | %.3f s, %.3f s |%n",
                corpus.files().size(), preprocessSeconds[3], preprocessSeconds[0]);
        System.out.printf("| preprocess, nothing changed (cache hit) | %.3f s |%n", cachedSeconds);
        System.out.printf("| training: epochs run (best) | %d (%d) |%n", m.epochsRun(), m.bestEpoch());
        System.out.printf("| training: seconds per epoch | %.2f s |%n", m.seconds() / m.epochsRun());
        System.out.printf("| training: tokens/s | %,.0f |%n", m.tokensPerSecond());
        System.out.printf("| held-out loss at the end (best epoch), nats/token | %.4f (train %.4f) |%n",
                m.validationLoss(), m.trainLoss());
        System.out.printf("| uniform-guess reference ln(vocabulary) | %.4f |%n", Math.log(corpus.vocabulary().size()));
        System.out.printf("| generation, 1 track (stateful, sampling included): tokens/s | %,.0f |%n",
                oneTrack[0] / oneTrack[1]);
        System.out.printf("| generation, 3 tracks: tokens/s | %,.0f |%n", threeTracks[0] / threeTracks[1]);
        System.out.printf("| baseline: DL4J rnnTimeStep alone, same model, 1 token a call: steps/s | %,.0f (generation is %.1fx) |%n",
                dl4jStepsPerSecond, (oneTrack[0] / oneTrack[1]) / dl4jStepsPerSecond);
        System.out.printf("| peak RSS (VmHWM) | %s |%n", peakRss());

        // A ~60 s track from the trained model: 20 bars at 80 BPM.
        GenerationParameters minute = new GenerationParameters(1, 20, 1.0, 0, 0.95, 11, null, 0, 0);
        List<io.immersic.midi.Note> notes = new io.immersic.tokens.RemiDecoder().decode(
                generate(generator, minute).get(0), 4);
        System.out.printf("| 60 s track: notes | %d |%n", notes.size());
        RenderBenchmark.printRows(notes, 80, 20);

        EvaluationBenchmark.printRows(corpus, vocabulary, trained.network(), p);
    }

    private static double[] timeGeneration(TokenGenerator generator, GenerationParameters p) {
        long start = System.nanoTime();
        long tokens = 0;
        for (List<String> track : generate(generator, p)) {
            tokens += track.size();
        }
        return new double[] {tokens, (System.nanoTime() - start) / 1e9};
    }

    static List<List<String>> generate(TokenGenerator generator, GenerationParameters p) {
        return generator.generate(List.of(), p, io.immersic.generation.MusicControls.NONE, false).stream()
                .map(TokenGenerator.Track::tokens).toList();
    }

    /** Steps per second of DL4J's own stateful step on the same model: the baseline the generator is measured against. */
    private static double rnnTimeStepBaseline(org.deeplearning4j.nn.multilayer.MultiLayerNetwork network, int steps) {
        var input = org.nd4j.linalg.factory.Nd4j.create(new float[] {0}, new long[] {1, 1, 1},
                org.nd4j.linalg.api.buffer.DataType.FLOAT);
        network.rnnClearPreviousState();
        for (int i = 0; i < 200; i++) {
            network.rnnTimeStep(input); // warm-up
        }
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            network.rnnTimeStep(input);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        network.rnnClearPreviousState();
        return steps / seconds;
    }

    private static String peakRss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format("%.0f MiB", kb / 1024.0);
            }
        }
        return "n/a";
    }
}
