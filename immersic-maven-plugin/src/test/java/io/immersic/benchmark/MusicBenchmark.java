package io.immersic.benchmark;

import io.immersic.analysis.CorpusStyle;
import io.immersic.common.BuildLog;
import io.immersic.engine.OutputLayout;
import io.immersic.engine.PreprocessRequest;
import io.immersic.engine.PreprocessStep;
import io.immersic.evaluation.Evaluation;
import io.immersic.evaluation.Evaluator;
import io.immersic.evaluation.TwoSampleClassifier;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.Humanizer;
import io.immersic.generation.MusicControls;
import io.immersic.generation.TokenGenerator;
import io.immersic.harmony.Chord;
import io.immersic.midi.Note;
import io.immersic.model.Backend;
import io.immersic.model.FileSplit;
import io.immersic.model.Trainer;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import io.immersic.tokens.RemiDecoder;
import io.immersic.tokens.Transposer;
import io.immersic.tokens.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The music benchmark of issue 7 on a human corpus (default {@code ../shared/datasets/lofi-progressions}), split by
 * piece: trains the default model, composes 20 tracks of 16 bars with the default settings and 20 with a given
 * progression, and prints every musical figure beside the held-out human pieces and the training pieces, the style
 * overlap beside its human yardstick, held-out NLL against the best n-gram, copying in any key, loop closure, and how
 * much harmony the models themselves predict ({@link HarmonyPrediction}).
 * Writes piano rolls and {@code music.json} to {@code target/benchmark/}. Not a test; it asserts nothing.
 */
public final class MusicBenchmark {

    static final String PROGRESSION = "Dm9 G13 Cmaj9 A7b9";

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args.length > 0 ? args[0] : "../shared/datasets/lofi-progressions").toAbsolutePath()
                .normalize();
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : TrainingParameters.DEFAULTS.epochs();
        Path out = Files.createDirectories(Path.of("target/benchmark"));
        BuildLog log = new BuildLog() {
            public void info(String m) { System.out.println("[INFO] " + m); }
            public void warn(String m) { System.out.println("[WARNING] " + m); }
            public void debug(String m) {}
        };
        Corpus corpus = new PreprocessStep(log).run(new PreprocessRequest(dataset, List.of("**/*.mid", "**/*.midi"),
                List.of(), null, new OutputLayout(Files.createTempDirectory("immersic-music"))));
        List<List<String>> files = corpus.files().stream().map(CorpusEntry::tokens).toList();
        TrainingParameters d = TrainingParameters.DEFAULTS;
        int patience = Integer.getInteger("benchmark.patience", d.patience());
        int sequenceLength = Integer.getInteger("benchmark.sequenceLength", d.sequenceLength());
        TrainingParameters p = new TrainingParameters(epochs, d.layers(), d.hiddenSize(), d.embeddingSize(),
                d.dropout(), sequenceLength, d.batchSize(), d.learningRate(), d.validationFraction(),
                patience, d.seed(), d.threads(), true);
        Backend.useThreads(p.threads());
        CorpusStyle style = CorpusStyle.of(files, 4);
        Vocabulary vocabulary = Transposer.vocabularyOfAllKeys(style.vocabularyLines(files));
        Trainer.Result trained = trainOrReuse(files, vocabulary, p, log, out);
        System.out.println("[INFO] Corpus style: " + style);
        TokenGenerator generator = new TokenGenerator(trained.network(), vocabulary, style);
        double temperature = Double.parseDouble(System.getProperty("benchmark.temperature",
                Double.toString(GenerationParameters.DEFAULT_TEMPERATURE)));
        double topP = Double.parseDouble(System.getProperty("benchmark.topP",
                Double.toString(GenerationParameters.DEFAULT_TOP_P)));
        GenerationParameters twenty = new GenerationParameters(20, 16, temperature, 0, topP, 7, null, 0, 0);

        Map<String, Object> report = new LinkedHashMap<>();
        long started = System.nanoTime();
        List<TokenGenerator.Track> free = generator.generate(List.of(), twenty, MusicControls.NONE, false);
        double seconds = (System.nanoTime() - started) / 1e9;
        Evaluation defaults = evaluate(corpus, vocabulary, trained, p, free);
        List<TokenGenerator.Track> asked = generator.generate(List.of(), twenty,
                MusicControls.parse(null, PROGRESSION, null), false);
        Evaluation progression = evaluate(corpus, vocabulary, trained, p, asked);
        List<TokenGenerator.Track> loops = generator.generate(List.of(), twenty, MusicControls.NONE, true);
        // The same pipeline with a model trained for one epoch: a figure it reaches as well is made by the rules.
        TrainingParameters oneEpochParameters = new TrainingParameters(1, d.layers(), d.hiddenSize(),
                d.embeddingSize(), d.dropout(), sequenceLength, d.batchSize(), d.learningRate(),
                d.validationFraction(), d.patience(), d.seed(), d.threads(), true);
        Trainer.Result oneEpoch = trainOrReuse(files, vocabulary, oneEpochParameters, log, out);
        List<TokenGenerator.Track> untrained = new TokenGenerator(oneEpoch.network(), vocabulary, style)
                .generate(List.of(), twenty, MusicControls.NONE, false);
        Evaluation oneEpochEvaluation = evaluate(corpus, vocabulary, oneEpoch, oneEpochParameters, untrained);
        boolean withNotebook = !"false".equals(System.getProperty("benchmark.notebook"));
        Evaluation notebook = withNotebook ? EvaluationBenchmark.notebook(corpus, p) : null;

        System.out.println();
        System.out.printf("| corpus | %d files, %d distinct pieces; split by piece: %d held-out file(s) |%n",
                files.size(), io.immersic.tokens.PieceFingerprint.distinctPieces(files), defaults.validationFiles());
        System.out.printf("| corpus tempo | %s |%n", corpus.tempo().describe());
        System.out.printf("| held-out NLL per event, LSTM vs best n-gram | %.4f vs %.4f (%d-gram): %+.1f %% |%n",
                defaults.heldOutNll().lstm(), defaults.heldOutNll().ngram(), defaults.heldOutNll().ngramOrder(),
                100 * (defaults.heldOutNll().lstm() - defaults.heldOutNll().ngram()) / defaults.heldOutNll().ngram());
        System.out.printf("| composition speed | %.0f tokens/s, keys and top line (20 tracks x 16 bars in %.2f s) |%n",
                free.stream().mapToInt(t -> t.tokens().size() + t.melody().size()).sum() / seconds, seconds);
        if (notebook != null) {
            System.out.printf("| notebook baseline, same split | held-out NLL %.4f on its own elements vs %.4f"
                    + " (%d-gram) |%n", notebook.heldOutNll().lstm(), notebook.heldOutNll().ngram(),
                    notebook.heldOutNll().ngramOrder());
        }
        System.out.println();
        System.out.println("| figure | generated (trained) | generated (1 epoch) | generated (progression "
                + PROGRESSION + ") | held-out human | training | notebook baseline |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String figure : defaults.music().get("generated").keySet()) {
            System.out.printf("| %s | %s | %s | %s | %s | %s | %s |%n", figure,
                    f(defaults.music().get("generated").get(figure)),
                    f(oneEpochEvaluation.music().get("generated").get(figure)),
                    f(progression.music().get("generated").get(figure)),
                    f(defaults.music().get("heldOutHuman").get(figure)),
                    f(defaults.music().get("training").get(figure)),
                    notebook == null ? "not run" : f(notebook.music().get("generated").get(figure)));
        }
        System.out.println();
        System.out.println("| classifier two-sample test, ROC AUC (logistic / trees) | trained | 1 epoch |"
                + " progression |");
        System.out.println("|---|---|---|---|");
        for (String test : defaults.classifier().keySet()) {
            System.out.printf("| %s | %s | %s | %s |%n", test, auc(defaults.classifier().get(test)),
                    auc(oneEpochEvaluation.classifier().get(test)), auc(progression.classifier().get(test)));
        }
        System.out.println("[INFO] trained, generated vs held-out: "
                + defaults.classifier().get("generatedVsHeldOut").describe());
        System.out.println("[INFO] 1 epoch, generated vs held-out: "
                + oneEpochEvaluation.classifier().get("generatedVsHeldOut").describe());
        Map<String, Object> yardstick = humanYardstickOverSplits(files, p.validationFraction());
        System.out.printf("| human yardstick over %s piece splits of the same size, logistic / trees | mean %.2f / "
                + "%.2f, range %.2f-%.2f / %.2f-%.2f |%n", yardstick.get("splits"), yardstick.get("meanLogistic"),
                yardstick.get("meanTrees"), yardstick.get("minLogistic"), yardstick.get("maxLogistic"),
                yardstick.get("minTrees"), yardstick.get("maxTrees"));
        FileSplit split = FileSplit.byPiece(files, p.validationFraction(), p.seed());
        Map<String, Map<String, TwoSampleClassifier.Result>> overSeeds = new LinkedHashMap<>();
        overSeeds.put("trained", classifierOverSeeds(generator, files, split, p, temperature, topP, style.roll()));
        overSeeds.put("oneEpoch", classifierOverSeeds(new TokenGenerator(oneEpoch.network(), vocabulary, style), files,
                split, p, temperature, topP, style.roll()));
        System.out.printf("| classifier over generation seeds %s (%d tracks each), logistic / trees | trained: vs"
                + " held-out %s, vs training %s | 1 epoch: vs held-out %s, vs training %s |%n",
                java.util.Arrays.toString(CLASSIFIER_SEEDS), 20 * CLASSIFIER_SEEDS.length,
                auc(overSeeds.get("trained").get("vsHeldOut")), auc(overSeeds.get("trained").get("vsTraining")),
                auc(overSeeds.get("oneEpoch").get("vsHeldOut")), auc(overSeeds.get("oneEpoch").get("vsTraining")));
        CrossFittedClassifier.Result crossFitted = CrossFittedClassifier.run(files, vocabulary, p,
                oneEpochParameters, (seen, parameters) -> trainOrReuse(seen, vocabulary, parameters, log, out),
                temperature, topP);
        System.out.printf("| classifier with every piece held out once (%d folds by piece, 20 tracks of each fold's"
                + " model against its %s), logistic / trees | trained %s | 1 epoch %s | human half against half"
                + " (mean of %d halvings) %.2f / %.2f |%n", CrossFittedClassifier.FOLDS, "unseen pieces",
                auc(crossFitted.trained()), auc(crossFitted.oneEpoch()), CrossFittedClassifier.YARDSTICK_HALVINGS,
                crossFitted.yardstickLogistic(), crossFitted.yardstickTrees());
        System.out.println("[INFO] cross-fitted, trained: " + crossFitted.trained().describe());
        Map<String, Object> crossFittedFigures = new LinkedHashMap<>();
        crossFittedFigures.put("folds", CrossFittedClassifier.FOLDS);
        crossFittedFigures.put("trained", crossFitted.trained());
        crossFittedFigures.put("oneEpoch", crossFitted.oneEpoch());
        crossFittedFigures.put("humanHalvesLogistic", crossFitted.yardstickLogistic());
        crossFittedFigures.put("humanHalvesTrees", crossFitted.yardstickTrees());
        report.put("classifierCrossFitted", crossFittedFigures);
        printHarmonyPrediction(trained, oneEpoch, vocabulary, style.modelInput(files), split, report);
        printContextUse(trained, oneEpoch, vocabulary, style.modelInput(files), split, report);
        printTextureSpread(free, untrained, style.roll(), files, split, report);
        System.out.println();
        System.out.println("| style feature | OA generated vs training | OA held-out human vs training | gap |"
                + " OA 1 epoch | OA with the progression |");
        System.out.println("|---|---|---|---|---|---|");
        for (String feature : defaults.overlap().keySet()) {
            double generated = defaults.overlap().get(feature);
            double human = defaults.humanOverlap().get(feature);
            System.out.printf("| %s | %.2f | %.2f | %+.2f | %.2f | %.2f |%n", feature, generated, human,
                    generated - human, oneEpochEvaluation.overlap().get(feature), progression.overlap().get(feature));
        }
        System.out.printf("%n| longest copied run, any key | %d tokens across %d bar line(s) (progression: %d / %d) |%n",
                defaults.longestCopiedTokens(), defaults.longestCopiedBars(), progression.longestCopiedTokens(),
                progression.longestCopiedBars());
        List<List<Note>> askedNotes = played(asked, style.roll());
        double fewestVoiced = 1;
        for (int i = 0; i < asked.size(); i++) {
            fewestVoiced = Math.min(fewestVoiced, io.immersic.evaluation.MusicStats.measure(askedNotes.get(i), 4,
                    asked.get(i).key(), asked.get(i).chords()).plannedChordShare());
        }
        if (Boolean.getBoolean("benchmark.misses")) {
            for (int i = 0; i < asked.size(); i++) {
                List<Note> notes = askedNotes.get(i);
                for (int bar = 0; bar < asked.get(i).chords().size(); bar++) {
                    Chord chord = asked.get(i).chords().get(bar);
                    boolean[] sounding = new boolean[12];
                    for (Note n : notes) {
                        if (n.startBeat() < bar * 4 + 4 && n.endBeat() > bar * 4) sounding[n.pitch() % 12] = true;
                    }
                    for (int pc : chord.guidePitchClasses()) {
                        if (!sounding[pc]) {
                            System.out.println("track " + i + " bar " + bar + " " + chord.symbol() + " misses " + pc + " sections " + asked.get(i).sections());
                        }
                    }
                }
            }
        }
        System.out.printf("| progression: bars voicing the planned root, third and seventh, fewest in any track |"
                + " %.1f %% |%n", 100 * fewestVoiced);
        printLoopClosure(loops);
        printBand(generator, new TokenGenerator(oneEpoch.network(), vocabulary, style), corpus, style, temperature,
                topP, files);
        writePianoRolls(free, asked, out);
        report.put("default", defaults);
        report.put("oneEpoch", oneEpochEvaluation);
        report.put("progression", progression);
        report.put("humanYardstickOverSplits", yardstick);
        report.put("classifierOverSeeds", overSeeds);
        if (notebook != null) {
            report.put("notebook", notebook);
        }
        io.immersic.engine.Json.write(out.resolve("music.json"), report);
        System.out.println("[INFO] Wrote " + out.resolve("music.json") + " and piano rolls");
    }

    /**
     * Issue 20's figures: 20 tracks of 32 bars at default settings, played by the band, trained model beside the
     * 1-epoch one, and the human pieces' top voice (highest note of each onset) and bass (lowest note of the bar's
     * first onset) beside the melody and the bass.
     */
    private static void printBand(TokenGenerator trained, TokenGenerator untrained, Corpus corpus, CorpusStyle style,
                                  double temperature, double topP, List<List<String>> files) {
        GenerationParameters thirtyTwo = new GenerationParameters(20, 32, temperature, 0, topP, 7, null, 0, 0);
        io.immersic.band.Performer band = new io.immersic.band.Performer(corpus.tempo().bpm(), 4, style.roll(),
                false, java.util.EnumSet.allOf(io.immersic.band.Part.class));
        System.out.println();
        System.out.println("| band figure (20 tracks x 32 bars) | trained | 1 epoch |");
        System.out.println("|---|---|---|");
        List<io.immersic.evaluation.BandFigures> figures = new ArrayList<>();
        for (TokenGenerator generator : List.of(trained, untrained)) {
            List<TokenGenerator.Track> tracks = generator.generate(List.of(), thirtyTwo, MusicControls.NONE, false);
            List<io.immersic.evaluation.BandFigures> each = new ArrayList<>();
            for (int i = 0; i < tracks.size(); i++) {
                each.add(io.immersic.evaluation.BandFigures.of(band.perform(tracks.get(i), i + 1,
                        7 * 1_000_003L + i)));
            }
            figures.add(io.immersic.evaluation.BandFigures.mean(each));
        }
        for (var component : io.immersic.evaluation.BandFigures.class.getRecordComponents()) {
            if (component.getType() != double.class) {
                continue;
            }
            try {
                System.out.printf("| %s | %s | %s |%n", component.getName(),
                        f((Double) component.getAccessor().invoke(figures.get(0))),
                        f((Double) component.getAccessor().invoke(figures.get(1))));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        int steps = 0;
        int moves = 0;
        double leap = 0;
        for (List<String> file : files) {
            java.util.TreeMap<Double, Integer> top = new java.util.TreeMap<>();
            for (Note note : new RemiDecoder().decode(file, 4)) {
                top.merge(note.startBeat(), note.pitch(), Math::max);
            }
            Integer previous = null;
            for (int pitch : top.values()) {
                if (previous != null) {
                    moves++;
                    steps += Math.abs(pitch - previous) <= 2 ? 1 : 0;
                    leap += Math.abs(pitch - previous);
                }
                previous = pitch;
            }
        }
        System.out.printf("| human pieces' top voice: moves of <= 2 semitones | %.3f (mean move %.1f semitones) |%n",
                (double) steps / moves, leap / moves);
    }

    /**
     * How much harmony the trained and the 1-epoch models know, on the held-out and the training files as written
     * ({@link HarmonyPrediction}): chance is 1/12.
     */
    private static void printHarmonyPrediction(Trainer.Result trained, Trainer.Result oneEpoch, Vocabulary vocabulary,
                                               List<List<String>> files, FileSplit split,
                                               Map<String, Object> report) {
        Map<String, Object> figures = new LinkedHashMap<>();
        System.out.println();
        System.out.println("| model's own harmony, files as written (chance 0.083) | held-out: pitch class / pitch NLL /"
                + " chord root | training: pitch class / pitch NLL / chord root |");
        System.out.println("|---|---|---|");
        Map<String, Trainer.Result> models = new LinkedHashMap<>();
        models.put("trained", trained);
        models.put("1 epoch", oneEpoch);
        for (Map.Entry<String, Trainer.Result> model : models.entrySet()) {
            Map<String, Double> heldOut = HarmonyPrediction.of(model.getValue().network(), vocabulary,
                    split.validation().stream().map(files::get).toList());
            Map<String, Double> training = HarmonyPrediction.of(model.getValue().network(), vocabulary,
                    split.training().stream().map(files::get).toList());
            System.out.printf("| %s | %.3f / %.2f / %.3f | %.3f / %.2f / %.3f |%n", model.getKey(),
                    heldOut.get("pitchClassProbability"), heldOut.get("pitchNll"), heldOut.get("chordRootProbability"),
                    training.get("pitchClassProbability"), training.get("pitchNll"),
                    training.get("chordRootProbability"));
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("heldOut", heldOut);
            both.put("training", training);
            figures.put(model.getKey(), both);
        }
        report.put("harmonyPrediction", figures);
    }

    /**
     * What each model draws from the piece so far, per token kind ({@link ContextUse}): NLL with the whole piece
     * behind it against a memory of {@value ContextUse#SHORT_MEMORY} tokens, on the held-out files.
     */
    private static void printContextUse(Trainer.Result trained, Trainer.Result oneEpoch, Vocabulary vocabulary,
                                        List<List<String>> files, FileSplit split, Map<String, Object> report) {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> kindNames = ContextUse.KINDS.stream().map(kind -> kind.replace("_", "")).toList();
        System.out.println();
        System.out.println("| NLL per token kind, whole piece / " + ContextUse.SHORT_MEMORY + "-token memory (nats)"
                + " | held-out: " + String.join(" | ", kindNames) + " | training: " + String.join(" | ", kindNames)
                + " |");
        System.out.println("|---" + "|---".repeat(2 * ContextUse.KINDS.size()) + "|");
        Map<String, Trainer.Result> models = new LinkedHashMap<>();
        models.put("trained", trained);
        models.put("1 epoch", oneEpoch);
        for (Map.Entry<String, Trainer.Result> model : models.entrySet()) {
            Map<String, Object> both = new LinkedHashMap<>();
            StringBuilder row = new StringBuilder("| " + model.getKey());
            for (String set : List.of("heldOut", "training")) {
                List<Integer> which = set.equals("heldOut") ? split.validation() : split.training();
                Map<String, double[]> byKind = ContextUse.of(model.getValue().network(), vocabulary,
                        which.stream().map(files::get).toList());
                byKind.values().forEach(nll -> row.append(String.format(" | %.2f / %.2f", nll[0], nll[1])));
                Map<String, Object> kinds = new LinkedHashMap<>();
                byKind.forEach((kind, nll) -> kinds.put(kind, figurePair("wholePiece", nll[0], "shortMemory", nll[1])));
                both.put(set, kinds);
            }
            System.out.println(row + " |");
            figures.put(model.getKey(), both);
        }
        report.put("contextUse", figures);
    }

    /**
     * How different the pieces are from one another: the spread (SD) across pieces of each piece's mean notes,
     * onsets and pitch classes per bar ({@link TextureSpread}, on the notes the classifier reads). Human pieces range from sparse triads to dense voicings; a model that has not
     * learned a piece's texture writes every track near the corpus's average, and a classifier finds the human
     * pieces out at both ends.
     */
    private static void printTextureSpread(List<TokenGenerator.Track> trained, List<TokenGenerator.Track> oneEpoch,
                                           CorpusStyle.Roll roll, List<List<String>> files, FileSplit split,
                                           Map<String, Object> report) {
        RemiDecoder decoder = new RemiDecoder();
        Map<String, List<List<Note>>> sets = new LinkedHashMap<>();
        sets.put("generated", played(trained, roll));
        sets.put("generated1Epoch", played(oneEpoch, roll));
        sets.put("heldOutHuman", split.validation().stream().map(f -> decoder.decode(files.get(f), 4)).toList());
        sets.put("training", split.training().stream().map(f -> decoder.decode(files.get(f), 4)).toList());
        Map<String, Object> figures = new LinkedHashMap<>();
        System.out.println();
        System.out.println("| texture across pieces, SD of the pieces' means (mean) | notes per bar | onsets per bar |"
                + " pitch classes per bar |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, List<List<Note>>> set : sets.entrySet()) {
            Map<String, double[]> spread = TextureSpread.of(set.getValue());
            StringBuilder row = new StringBuilder("| " + set.getKey());
            spread.values().forEach(v -> row.append(String.format(" | %.2f (%.2f)", v[1], v[0])));
            System.out.println(row + " |");
            Map<String, Object> bySet = new LinkedHashMap<>();
            spread.forEach((figure, v) -> bySet.put(figure, figurePair("mean", v[0], "sd", v[1])));
            figures.put(set.getKey(), bySet);
        }
        report.put("textureSpread", figures);
    }

    /** Two named figures in this order (a Map.of would write them to music.json in any order). */
    private static Map<String, Double> figurePair(String first, double a, String second, double b) {
        Map<String, Double> pair = new LinkedHashMap<>();
        pair.put(first, a);
        pair.put(second, b);
        return pair;
    }

    private static String auc(TwoSampleClassifier.Result result) {
        return result == null || !result.ran() ? "n/a"
                : String.format("%.2f / %.2f", result.aucLogistic(), result.aucTrees());
    }

    /**
     * Trains, or reuses the model a previous run saved for the same tokens and parameters, so that tuning the
     * composition does not retrain (the saved model is keyed by a fingerprint of both).
     */
    private static Trainer.Result trainOrReuse(List<List<String>> files, Vocabulary vocabulary, TrainingParameters p,
                                               BuildLog log, Path out) throws java.io.IOException {
        List<List<String>> modelInput = CorpusStyle.of(files, 4).modelInput(files); // as the train goal reads them
        String key = new io.immersic.cache.Fingerprint().add("files", modelInput).add("parameters", p).hex()
                .substring(0, 16);
        Path saved = out.resolve("music-model-" + key + ".zip");
        if (Files.isRegularFile(saved)) {
            System.out.println("[INFO] Reusing " + saved);
            var network = org.deeplearning4j.util.ModelSerializer.restoreMultiLayerNetwork(saved.toFile(), false);
            return new Trainer.Result(network, null);
        }
        Trainer.Result trained = new Trainer(log).train(modelInput, vocabulary, p);
        org.deeplearning4j.util.ModelSerializer.writeModel(trained.network(), saved.toFile(), false);
        return trained;
    }

    /** Piece splits the human yardstick is averaged over. */
    static final int YARDSTICK_SPLITS = 12;

    /**
     * The human yardstick (held-out human pieces against training ones) over {@value #YARDSTICK_SPLITS} random
     * splits by piece of the benchmark's size (seeds 1, 2, ...): with 8 held-out pieces, the one split the model
     * was trained on says little, since which pieces are held out moves the AUC by ±0.2.
     */
    static Map<String, Object> humanYardstickOverSplits(List<List<String>> files, double validationFraction) {
        RemiDecoder decoder = new RemiDecoder();
        List<Double> logistic = new ArrayList<>();
        List<Double> trees = new ArrayList<>();
        for (long seed = 1; seed <= YARDSTICK_SPLITS; seed++) {
            FileSplit split = FileSplit.byPiece(files, validationFraction, seed);
            List<List<Note>> heldOut = split.validation().stream().map(f -> decoder.decode(files.get(f), 4)).toList();
            List<List<Note>> training = split.training().stream().map(f -> decoder.decode(files.get(f), 4)).toList();
            TwoSampleClassifier.Result result = TwoSampleClassifier.test(training, heldOut, 4, seed);
            logistic.add(result.aucLogistic());
            trees.add(result.aucTrees());
        }
        Map<String, Object> yardstick = new LinkedHashMap<>();
        yardstick.put("splits", YARDSTICK_SPLITS);
        yardstick.put("meanLogistic", logistic.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
        yardstick.put("minLogistic", logistic.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN));
        yardstick.put("maxLogistic", logistic.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        yardstick.put("meanTrees", trees.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
        yardstick.put("minTrees", trees.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN));
        yardstick.put("maxTrees", trees.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        return yardstick;
    }

    /**
     * Generation seeds the classifier is also run over, pooled: against 9 held-out windows one seed's 80 generated
     * windows move the forest's AUC by ±0.06, as much as the gap a change is meant to show.
     */
    static final long[] CLASSIFIER_SEEDS = {7, 8, 9};

    /** The two-sample test of 20 tracks for each of {@link #CLASSIFIER_SEEDS}, against the held-out and training pieces. */
    private static Map<String, TwoSampleClassifier.Result> classifierOverSeeds(
            TokenGenerator generator, List<List<String>> files, FileSplit split, TrainingParameters p,
            double temperature, double topP, CorpusStyle.Roll roll) {
        List<TokenGenerator.Track> tracks = new ArrayList<>();
        for (long seed : CLASSIFIER_SEEDS) {
            tracks.addAll(generator.generate(List.of(), new GenerationParameters(20, 16, temperature, 0, topP, seed,
                    null, 0, 0), MusicControls.NONE, false));
        }
        List<List<Note>> generated = played(tracks, roll);
        RemiDecoder decoder = new RemiDecoder();
        List<List<Note>> heldOut = split.validation().stream().map(f -> decoder.decode(files.get(f), 4)).toList();
        List<List<Note>> training = split.training().stream().map(f -> decoder.decode(files.get(f), 4)).toList();
        Map<String, TwoSampleClassifier.Result> results = new LinkedHashMap<>();
        results.put("vsHeldOut", TwoSampleClassifier.test(heldOut, generated, 4, p.seed()));
        results.put("vsTraining", TwoSampleClassifier.test(training, generated, 4, p.seed()));
        return results;
    }

    /** The tracks measured as the generate goal measures them, written at the corpus's tempo (the default). */
    private static Evaluation evaluate(Corpus corpus, Vocabulary vocabulary, Trainer.Result trained,
                                       TrainingParameters p, List<TokenGenerator.Track> tracks) {
        CorpusStyle style = CorpusStyle.of(corpus.files().stream().map(CorpusEntry::tokens).toList(), 4);
        return new Evaluator().evaluate(new Evaluator.Input(corpus.files().stream().map(CorpusEntry::tokens).toList(),
                vocabulary, trained.network(), p.validationFraction(), p.seed(), true,
                tracks.stream().map(TokenGenerator.Track::tokens).toList(), 4,
                tracks.stream().map(TokenGenerator.Track::key).toList(),
                tracks.stream().map(TokenGenerator.Track::chords).toList(),
                played(tracks, style.roll()), corpus.files().stream().map(CorpusEntry::tempoBpm).toList(),
                corpus.tempo().bpm(), style.pieceStyle()));
    }

    /** The notes as the generate goal writes them: decoded, released as hands release them, velocities humanized (seed 7). */
    static List<List<Note>> played(List<TokenGenerator.Track> tracks, CorpusStyle.Roll roll) {
        List<List<Note>> notes = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            List<Note> decoded = io.immersic.band.Performer.keysAsPlayed(
                    new RemiDecoder().decode(tracks.get(i).tokens(), 4), tracks.get(i).chords(), 4);
            notes.add(Humanizer.apply(decoded, 4, tracks.get(i).barLevels(), tracks.get(i).rollOr(roll),
                    tracks.get(i).evenTouch(), tracks.get(i).balance(), 7 * 1_000_003L + i));
        }
        return notes;
    }

    /** How much closer a loop's last bar is to its first than any two bars are (pitch-class profile cosine). */
    private static void printLoopClosure(List<TokenGenerator.Track> loops) {
        double closing = 0;
        double any = 0;
        int pairs = 0;
        RemiDecoder decoder = new RemiDecoder();
        for (TokenGenerator.Track loop : loops) {
            List<Note> notes = decoder.decode(loop.tokens(), 4);
            int bars = loop.chords().size();
            closing += cosine(profile(notes, bars - 1), profile(notes, 0));
            for (int bar = 1; bar < bars - 1; bar++) {
                any += cosine(profile(notes, bar), profile(notes, 0));
                pairs++;
            }
        }
        long seamsHeardInside = loops.stream().filter(MusicBenchmark::seamIsAMoveTheLoopMakes).count();
        System.out.printf("| loop mode: last bar vs bar 1 (pitch-class cosine) | %.2f (other bars vs bar 1: %.2f) |%n",
                closing / loops.size(), any / pairs);
        System.out.printf("| loop mode: seam (last chord -> first chord) is a chord move the track makes inside |"
                + " %d of %d loops |%n", seamsHeardInside, loops.size());
    }

    private static boolean seamIsAMoveTheLoopMakes(TokenGenerator.Track loop) {
        List<Chord> chords = loop.chords();
        Chord last = chords.get(chords.size() - 1);
        for (int bar = 0; bar + 1 < chords.size() - 1; bar++) {
            if (chords.get(bar).equals(last) && chords.get(bar + 1).equals(chords.get(0))) {
                return true;
            }
        }
        return false;
    }

    private static double[] profile(List<Note> notes, int bar) {
        double[] profile = new double[12];
        for (Note note : notes) {
            double start = Math.max(note.startBeat(), bar * 4.0);
            double end = Math.min(note.endBeat(), bar * 4.0 + 4);
            if (end > start) {
                profile[note.pitch() % 12] += end - start;
            }
        }
        return profile;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < 12; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static void writePianoRolls(List<TokenGenerator.Track> free, List<TokenGenerator.Track> asked, Path out)
            throws java.io.IOException {
        RemiDecoder decoder = new RemiDecoder();
        for (int i = 0; i < 3; i++) {
            for (var named : Map.of("default", free.get(i), "progression", asked.get(i)).entrySet()) {
                List<Note> notes = Humanizer.apply(decoder.decode(named.getValue().tokens(), 4), 4,
                        named.getValue().barLevels(), i);
                List<Chord> chords = new ArrayList<>(named.getValue().chords());
                PianoRoll.write(notes, chords, 4, out.resolve("roll-" + named.getKey() + "-" + (i + 1) + ".png"));
            }
        }
    }

    private static String f(Double value) {
        return value == null || value.isNaN() ? "n/a" : String.format("%.3f", value);
    }
}
