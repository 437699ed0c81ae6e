package io.immersic.benchmark;

import io.immersic.common.BuildLog;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the benchmark table on the shared lo-fi dataset: preprocess time, training speed, generation speed, peak
 * RSS and held-out loss. Run with {@code mvn -Pbenchmark verify} (see src/site/markdown/benchmark.md); not a test,
 * it asserts nothing.
 */
public final class Benchmark {

    private static final java.util.regex.Pattern LAST_EPOCH = java.util.regex.Pattern.compile(
            "^Epoch (\\d+)/\\1: .*validation loss ([0-9.]+)");

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

        // Training beside the PyTorch anchor: the default model and hyper-parameters, one thread, a fixed number of
        // epochs (no early stop), on exactly the same token streams; runs interleaved (A, B, A, B, A, B).
        TrainingParameters d = TrainingParameters.DEFAULTS;
        TrainingParameters p = new TrainingParameters(epochs, d.layers(), d.hiddenSize(), d.embeddingSize(),
                d.dropout(), d.sequenceLength(), 16, d.learningRate(), d.validationFraction(), epochs + 1,
                d.seed(), 1, args.length <= 2 || Boolean.parseBoolean(args[2]));
        Backend.useThreads(p.threads());
        System.out.println("[INFO] Backend: " + Backend.describe(p.threads()));
        double[] loadBefore = loadAverage();
        List<List<String>> files = corpus.files().stream().map(CorpusEntry::tokens).toList();
        io.immersic.tokens.Vocabulary vocabulary = p.transpose()
                ? io.immersic.tokens.Transposer.vocabularyOfAllKeys(files) : corpus.vocabularyIndex();
        Path out = Path.of("target/benchmark").toAbsolutePath();
        Path streams = out.resolve("streams.txt");
        PyTorchAnchor.export(new io.immersic.model.TrainingPlan(files, vocabulary, p), vocabulary.size(), epochs, streams);
        Optional<PyTorchAnchor> anchor = PyTorchAnchor.find(dataset.resolve("../../anchors/pytorch_lstm.py").normalize(),
                streams);
        int repeats = anchor.isPresent() ? 3 : 1;
        double[] immersicSpeed = new double[repeats];
        double[] immersicLoss = new double[repeats];
        double[] torchSpeed = new double[repeats];
        double[] torchLoss = new double[repeats];
        double[] immersicBest = new double[repeats];
        double[] torchBest = new double[repeats];
        double torchRss = Double.NaN;
        Trainer.Result trained = null;
        for (int run = 0; run < repeats; run++) {
            double[] lastValidation = {Double.NaN};
            BuildLog capture = new BuildLog() {
                public void info(String m) {
                    log.info(m);
                    java.util.regex.Matcher v = LAST_EPOCH.matcher(m);
                    if (v.find()) {
                        lastValidation[0] = Double.parseDouble(v.group(2));
                    }
                }
                public void warn(String m) { log.warn(m); }
                public void debug(String m) {}
            };
            trained = new Trainer(capture).train(files, vocabulary, p);
            immersicSpeed[run] = trained.metrics().tokensPerSecond();
            immersicLoss[run] = lastValidation[0];
            immersicBest[run] = trained.metrics().validationLoss(); // no early stop: the lowest of all epochs
            if (anchor.isPresent()) {
                PyTorchAnchor.TrainRun torch = anchor.get().train(p.threads(), epochs);
                torchSpeed[run] = torch.tokensPerSecond();
                torchLoss[run] = torch.validationLoss();
                torchBest[run] = torch.bestValidationLoss();
                torchRss = torch.peakRssMiB();
                System.out.printf("[INFO] Run %d/%d: Immersic %,.0f tokens/s, held-out loss %.4f; PyTorch %,.0f tokens/s,"
                        + " held-out loss %.4f%n", run + 1, repeats, immersicSpeed[run], immersicLoss[run],
                        torchSpeed[run], torchLoss[run]);
            }
        }

        // The path the batched one replaced (DL4J's own LSTM layer), once, on the same streams: same loss expected.
        double[] dl4jValidation = {Double.NaN};
        Trainer.Result dl4j = new Trainer(new BuildLog() {
            public void info(String m) {
                java.util.regex.Matcher v = LAST_EPOCH.matcher(m);
                if (v.find()) {
                    dl4jValidation[0] = Double.parseDouble(v.group(2));
                }
            }
            public void warn(String m) { log.warn(m); }
            public void debug(String m) {}
        }, Trainer.Path.DL4J_LAYER).train(files, vocabulary, p);
        System.out.printf("[INFO] DL4J's own LSTM layer: %,.0f tokens/s, held-out loss %.4f after %d epochs%n",
                dl4j.metrics().tokensPerSecond(), dl4jValidation[0], epochs);

        TokenGenerator generator = new TokenGenerator(trained.network(), vocabulary,
                io.immersic.analysis.CorpusStyle.of(files, 4));
        GenerationParameters one = new GenerationParameters(1, 64, 1.0, 0, 0.95, 7, null, 0, 0);
        GenerationParameters three = new GenerationParameters(3, 64, 1.0, 0, 0.95, 7, null, 0, 0);
        generate(generator, one); // warm-up
        double[] oneTrack = timeGeneration(generator, one);
        double[] threeTracks = timeGeneration(generator, three);
        double dl4jStepsPerSecond = rnnTimeStepBaseline(trained.network(), 2000);
        double stepperSpeed = stepperTokensPerSecond(trained.network(), 3);
        double torchGeneration = anchor.isPresent() ? anchor.get().generate(1, 3) : Double.NaN;

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
        System.out.printf("| training: tokens/s, 1 thread (median of %d) | %,.0f |%n", repeats, median(immersicSpeed));
        System.out.printf("| held-out loss after %d epochs, nats/token (median) | %.4f (lowest of the epochs %.4f) |%n",
                epochs, median(immersicLoss), median(immersicBest));
        System.out.printf("| DL4J's own LSTM layer (the path replaced), same streams: tokens/s, held-out loss, lowest |"
                        + " %,.0f (batched %.2fx), %.4f (batched %+.1f %%), %.4f (batched %+.1f %%) |%n",
                dl4j.metrics().tokensPerSecond(), median(immersicSpeed) / dl4j.metrics().tokensPerSecond(),
                dl4jValidation[0], 100 * (median(immersicLoss) / dl4jValidation[0] - 1),
                dl4j.metrics().validationLoss(), 100 * (median(immersicBest) / dl4j.metrics().validationLoss() - 1));
        if (anchor.isPresent()) {
            System.out.printf("| PyTorch anchor, same streams, 1 thread: tokens/s (median of %d) | %,.0f (Immersic %.2fx) |%n",
                    repeats, median(torchSpeed), median(immersicSpeed) / median(torchSpeed));
            System.out.printf("| PyTorch anchor: held-out loss after %d epochs | %.4f (Immersic %+.1f %%) |%n", epochs,
                    median(torchLoss), 100 * (median(immersicLoss) / median(torchLoss) - 1));
            System.out.printf("| PyTorch anchor: lowest held-out loss of the %d epochs | %.4f (Immersic %+.1f %%) |%n",
                    epochs, median(torchBest), 100 * (median(immersicBest) / median(torchBest) - 1));
            System.out.printf("| PyTorch anchor: generation tokens/s (one token a step) | %,.0f (Immersic %.2fx) |%n",
                    torchGeneration, stepperSpeed / torchGeneration);
        }
        System.out.printf("| uniform-guess reference ln(vocabulary) | %.4f |%n", Math.log(corpus.vocabulary().size()));
        System.out.printf("| generation, 1 track (stateful, sampling included): tokens/s | %,.0f |%n",
                oneTrack[0] / oneTrack[1]);
        System.out.printf("| generation, 3 tracks: tokens/s | %,.0f |%n", threeTracks[0] / threeTracks[1]);
        System.out.printf("| baseline: DL4J rnnTimeStep alone, same model, 1 token a call: steps/s | %,.0f (generation is %.1fx) |%n",
                dl4jStepsPerSecond, (oneTrack[0] / oneTrack[1]) / dl4jStepsPerSecond);
        System.out.printf("| generation, network step + sampling alone: tokens/s | %,.0f |%n", stepperSpeed);
        System.out.printf("| peak RSS (VmHWM) | %.0f MiB |%n", peakRssMiB());

        // A ~60 s track from the trained model: 20 bars at 80 BPM.
        GenerationParameters minute = new GenerationParameters(1, 20, 1.0, 0, 0.95, 11, null, 0, 0);
        List<io.immersic.midi.Note> notes = new io.immersic.tokens.RemiDecoder().decode(
                generate(generator, minute).get(0), 4);
        System.out.printf("| 60 s track: notes | %d |%n", notes.size());
        double realTime = RenderBenchmark.printRows(notes, 80, 20);
        double[] loadAfter = loadAverage();

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", dataset.toString());
        json.put("loadAverage", Map.of("before", loadBefore, "after", loadAfter));
        json.put("preprocess", Map.of("seconds", preprocessSeconds[3], "files", corpus.files().size()));
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("epochs", epochs);
        training.put("threads", p.threads());
        training.put("streams", p.batchSize());
        training.put("tokensPerEpoch", m.trainingTokens());
        training.put("tokensPerSecond", median(immersicSpeed));
        training.put("heldOutLoss", median(immersicLoss));
        training.put("bestHeldOutLoss", median(immersicBest));
        training.put("runs", repeats);
        training.put("dl4jLayerTokensPerSecond", dl4j.metrics().tokensPerSecond());
        training.put("dl4jLayerHeldOutLoss", dl4jValidation[0]);
        training.put("dl4jLayerBestHeldOutLoss", dl4j.metrics().validationLoss());
        training.put("pytorchTokensPerSecond", anchor.isPresent() ? median(torchSpeed) : null);
        training.put("pytorchHeldOutLoss", anchor.isPresent() ? median(torchLoss) : null);
        training.put("pytorchBestHeldOutLoss", anchor.isPresent() ? median(torchBest) : null);
        training.put("ratio", anchor.isPresent() ? median(immersicSpeed) / median(torchSpeed) : null);
        training.put("pytorchPeakRssMiB", anchor.isPresent() ? torchRss : null);
        json.put("training", training);
        Map<String, Object> generation = new LinkedHashMap<>();
        generation.put("tokensPerSecond", stepperSpeed);
        generation.put("trackTokensPerSecond", oneTrack[0] / oneTrack[1]);
        generation.put("pytorchTokensPerSecond", anchor.isPresent() ? torchGeneration : null);
        generation.put("ratio", anchor.isPresent() ? stepperSpeed / torchGeneration : null);
        json.put("generation", generation);
        json.put("render", Map.of("realTimeFactor", realTime));
        json.put("peakRssMiB", peakRssMiB());
        Files.createDirectories(out);
        new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValue(out.resolve("benchmark.json").toFile(), json);
        System.out.println("[INFO] Wrote " + out.resolve("benchmark.json"));

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

    private static double peakRssMiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static double[] loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2])};
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The network's step with sampling, one token at a time, as the anchor's gen mode measures it: the median of
     * {@code repeats} runs of 3,000 steps after 300 warm-up steps.
     */
    private static double stepperTokensPerSecond(org.deeplearning4j.nn.multilayer.MultiLayerNetwork network,
                                                 int repeats) {
        io.immersic.generation.LstmStepper stepper = new io.immersic.generation.LstmStepper(network);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double[] speeds = new double[repeats];
        for (int run = -1; run < repeats; run++) {
            int steps = run < 0 ? 300 : 3000;
            io.immersic.generation.LstmStepper.State state = stepper.newState();
            int token = 0;
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                float[] probabilities = stepper.step(state, token);
                double u = random.nextDouble();
                token = probabilities.length - 1;
                for (int k = 0; k < probabilities.length; k++) {
                    u -= probabilities[k];
                    if (u < 0) {
                        token = k;
                        break;
                    }
                }
            }
            if (run >= 0) {
                speeds[run] = steps / ((System.nanoTime() - start) / 1e9);
            }
        }
        return median(speeds);
    }
}
