package io.immersic.evaluation;

import io.immersic.analysis.CorpusStyle;
import io.immersic.analysis.KeyEstimator;
import io.immersic.harmony.Chord;
import io.immersic.harmony.Key;
import io.immersic.generation.LstmStepper;
import io.immersic.midi.Note;
import io.immersic.model.FileSplit;
import io.immersic.tokens.PieceStyle;
import io.immersic.tokens.RemiDecoder;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Transposer;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Measures a trained model and its tracks: held-out likelihood against an n-gram baseline on exactly the same tokens
 * and split, and, for the generated tracks against the training files, style overlap, copying, repetition and key.
 */
public final class Evaluator {

    static final int MAX_NGRAM_ORDER = 5;

    /**
     * Everything the evaluation reads.
     *
     * @param generatedKeys the key each track was written in (null, or null entries: estimated from its notes)
     * @param generatedPlans the chord each track planned per bar (null, or null entries: no plan)
     * @param generatedNotes the notes each track was written with (velocities as played), or null to decode the
     *                       tokens
     * @param corpusTempos each corpus file's stated tempo (0: states none), or null when not known
     * @param generatedTempoBpm the tracks' tempo (NaN: not known)
     * @param pieceStyle how the model reads a piece's texture words (null: it reads none), so that it reads the
     *                   held-out pieces as it read its training pieces
     */
    public record Input(List<List<String>> corpusFiles, Vocabulary vocabulary, MultiLayerNetwork network,
                        double validationFraction, long trainingSeed, boolean transposed,
                        List<List<String>> generated, double beatsPerBar, List<Key> generatedKeys,
                        List<List<Chord>> generatedPlans, List<List<Note>> generatedNotes,
                        List<Double> corpusTempos, double generatedTempoBpm, PieceStyle pieceStyle) {

        public Input(List<List<String>> corpusFiles, Vocabulary vocabulary, MultiLayerNetwork network,
                     double validationFraction, long trainingSeed, boolean transposed,
                     List<List<String>> generated, double beatsPerBar) {
            this(corpusFiles, vocabulary, network, validationFraction, trainingSeed, transposed, generated,
                    beatsPerBar, null, null, null, null, Double.NaN, null);
        }
    }

    public Evaluation evaluate(Input in) {
        List<int[]> ids = new ArrayList<>();
        for (List<String> file : in.corpusFiles()) {
            ids.add(file.stream().mapToInt(in.vocabulary()::indexOf).toArray());
        }
        FileSplit split = FileSplit.byPiece(in.corpusFiles(), in.validationFraction(), in.trainingSeed());
        // The n-gram learns from exactly what the LSTM learned from: the training files, in all 12 keys if transposed.
        List<int[]> training = new ArrayList<>();
        for (int file : split.training()) {
            if (!in.transposed()) {
                training.add(ids.get(file));
                continue;
            }
            for (List<String> key : Transposer.allKeys(in.corpusFiles().get(file))) {
                if (key != null) {
                    training.add(key.stream().mapToInt(in.vocabulary()::indexOf).toArray());
                }
            }
        }
        List<int[]> validation = split.validation().stream().map(ids::get).toList();
        List<int[]> modelValidation = in.pieceStyle() == null ? validation : split.validation().stream()
                .map(file -> in.pieceStyle().conditioned(in.corpusFiles().get(file)).stream()
                        .mapToInt(in.vocabulary()::indexOf).toArray())
                .toList();

        double[] lstm = lstmScores(in.network(), modelValidation, styleWords(in.vocabulary()),
                in.vocabulary().indexOf(RemiTokens.BAR));
        NgramChoice ngram = bestNgram(in.vocabulary().size(), training, validation);
        Map<String, Double> byOrder = ngram.nllByOrder();
        int bestOrder = ngram.order();
        double bestNll = validation.isEmpty() ? Double.NaN : ngram.nll();
        double ngramTop1 = validation.isEmpty() ? Double.NaN : ngram.model().top1Accuracy(validation);

        GenerationMetrics g = generationMetrics(in.corpusFiles(), split, in.generated(), in.beatsPerBar());
        return new Evaluation(
                new Evaluation.Models(lstm[0], bestNll, bestOrder),
                new Evaluation.Models(Math.exp(lstm[0]), Math.exp(bestNll), bestOrder),
                new Evaluation.Models(lstm[1], ngramTop1, bestOrder),
                byOrder, validation.size(), (long) lstm[2], g.overlap(), g.humanOverlap(), g.kl(), g.copied().tokens(),
                g.copied().bars(), g.shared8(), 1 - g.shared8(), g.distinct(), g.distinct().get("4"), g.key(),
                withTempo(music(in.corpusFiles(), split, notesOf(in), in.beatsPerBar(), in.generatedKeys(),
                        in.generatedPlans()), split, in.corpusTempos(), in.generatedTempoBpm()),
                classifier(in.corpusFiles(), split, notesOf(in), in.beatsPerBar(), in.trainingSeed()),
                in.generated().size());
    }

    /**
     * The musical figures ({@link MusicStats}) of the generated tracks beside the same figures for the held-out
     * human pieces and the training pieces: the human columns are the yardstick that says whether a gap is in the
     * music or in the metric. Human pieces are measured in their estimated key, against their own bar chords.
     */
    static Map<String, Map<String, Double>> music(List<List<String>> corpusFiles, FileSplit split,
                                                  List<List<Note>> generated, double beatsPerBar, List<Key> keys,
                                                  List<List<Chord>> plans) {
        RemiDecoder decoder = new RemiDecoder();
        List<MusicStats.Piece> tracks = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            tracks.add(MusicStats.measure(generated.get(i), beatsPerBar,
                    keys == null ? null : keys.get(i), plans == null ? null : plans.get(i)));
        }
        Map<String, Map<String, Double>> music = new LinkedHashMap<>();
        music.put("generated", MusicStats.summarize(tracks).asMap());
        music.put("heldOutHuman", humanFigures(corpusFiles, split.validation(), beatsPerBar, decoder));
        music.put("training", humanFigures(corpusFiles, split.training(), beatsPerBar, decoder));
        return music;
    }

    /**
     * The music figures with {@code tempoBpm}: the tracks' tempo, and for the held-out and the training pieces the
     * median tempo of the files that state one (a file without a tempo event has an unknown tempo; NaN when none
     * states one).
     */
    static Map<String, Map<String, Double>> withTempo(Map<String, Map<String, Double>> music, FileSplit split,
                                                      List<Double> corpusTempos, double generatedTempoBpm) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (var column : music.entrySet()) {
            Map<String, Double> figures = new LinkedHashMap<>(column.getValue());
            List<Integer> files = column.getKey().equals("heldOutHuman") ? split.validation()
                    : column.getKey().equals("training") ? split.training() : null;
            figures.put("tempoBpm", files == null ? generatedTempoBpm : statedMedian(files, corpusTempos));
            out.put(column.getKey(), figures);
        }
        return out;
    }

    private static double statedMedian(List<Integer> files, List<Double> corpusTempos) {
        if (corpusTempos == null) {
            return Double.NaN;
        }
        double[] stated = files.stream().mapToDouble(corpusTempos::get).filter(bpm -> bpm > 0).sorted().toArray();
        int n = stated.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? stated[n / 2] : (stated[n / 2 - 1] + stated[n / 2]) / 2;
    }

    /**
     * The classifier two-sample test: can 4-bar windows of the tracks be told from the held-out human pieces' and
     * from the training pieces'? Beside them the yardstick, held-out pieces against training pieces: how far apart
     * two sets of human pieces are by the same test. Seeded, so the same tracks give the same figures.
     */
    static Map<String, TwoSampleClassifier.Result> classifier(List<List<String>> corpusFiles, FileSplit split,
                                                              List<List<Note>> generated, double beatsPerBar,
                                                              long seed) {
        RemiDecoder decoder = new RemiDecoder();
        List<List<Note>> heldOut = split.validation().stream().map(f -> decoder.decode(corpusFiles.get(f),
                beatsPerBar)).toList();
        List<List<Note>> training = split.training().stream().map(f -> decoder.decode(corpusFiles.get(f),
                beatsPerBar)).toList();
        Map<String, TwoSampleClassifier.Result> results = new LinkedHashMap<>();
        results.put("generatedVsHeldOut", TwoSampleClassifier.test(heldOut, generated, beatsPerBar, seed));
        results.put("generatedVsTraining", TwoSampleClassifier.test(training, generated, beatsPerBar, seed));
        results.put("heldOutVsTraining", TwoSampleClassifier.test(training, heldOut, beatsPerBar, seed));
        return results;
    }

    private static List<List<Note>> notesOf(Input in) {
        if (in.generatedNotes() != null) {
            return in.generatedNotes();
        }
        RemiDecoder decoder = new RemiDecoder();
        return in.generated().stream().map(t -> decoder.decode(t, in.beatsPerBar())).toList();
    }

    private static Map<String, Double> humanFigures(List<List<String>> corpusFiles, List<Integer> files,
                                                    double beatsPerBar, RemiDecoder decoder) {
        List<MusicStats.Piece> pieces = new ArrayList<>();
        for (int file : files) {
            List<String> tokens = corpusFiles.get(file);
            pieces.add(MusicStats.measure(decoder.decode(tokens, beatsPerBar), beatsPerBar, null,
                    CorpusStyle.barChords(tokens)));
        }
        return MusicStats.summarize(pieces).asMap();
    }

    /** The n-gram order (1–5) with the lowest held-out NLL, and every order's NLL. */
    record NgramChoice(NgramModel model, int order, double nll, Map<String, Double> nllByOrder) {}

    static NgramChoice bestNgram(int vocabularySize, List<int[]> training, List<int[]> validation) {
        Map<String, Double> byOrder = new LinkedHashMap<>();
        NgramChoice best = null;
        for (int order = 1; order <= MAX_NGRAM_ORDER; order++) {
            NgramModel model = new NgramModel(order, vocabularySize, training);
            double nll = model.nll(validation);
            byOrder.put(Integer.toString(order), nll);
            if (best == null || nll < best.nll()) {
                best = new NgramChoice(model, order, nll, byOrder);
            }
        }
        return best;
    }

    /**
     * The measures of the generated tracks (as REMI tokens) against the corpus: style (and, as its yardstick, the
     * held-out human pieces' style against the same training pieces), copying, repetition, key.
     */
    record GenerationMetrics(Map<String, Double> overlap, Map<String, Double> humanOverlap, Map<String, Double> kl,
                             SequenceMetrics.CopiedRun copied, double shared8, Map<String, Double> distinct,
                             Evaluation.KeyConsistency key) {}

    static GenerationMetrics generationMetrics(List<List<String>> corpusFiles, FileSplit split,
                                               List<List<String>> generated, double beatsPerBar) {
        List<List<String>> trainingTokens = split.training().stream().map(corpusFiles::get).toList();
        List<List<String>> heldOutTokens = split.validation().stream().map(corpusFiles::get).toList();
        RemiDecoder decoder = new RemiDecoder();
        List<List<Note>> generatedPieces = generated.stream().map(t -> decoder.decode(t, beatsPerBar)).toList();
        // Features are compared on samples of equal length, as Yang and Lerch did: every piece is cut into segments
        // as long as the median training file, so a 16-bar track is not compared with 4-bar loops as a whole.
        int segmentBars = medianBars(trainingTokens);
        List<Map<String, double[]>> trainingFeatures = features(trainingTokens, segmentBars, beatsPerBar, decoder);
        List<Map<String, double[]>> generatedFeatures = features(generated, segmentBars, beatsPerBar, decoder);
        List<Map<String, double[]>> heldOutFeatures = features(heldOutTokens, segmentBars, beatsPerBar, decoder);
        Map<String, Double> overlap = new LinkedHashMap<>();
        Map<String, Double> humanOverlap = new LinkedHashMap<>();
        Map<String, Double> kl = new LinkedHashMap<>();
        for (String feature : MusicFeatures.NAMES) {
            List<double[]> training = trainingFeatures.stream().map(f -> f.get(feature)).toList();
            DistributionOverlap.Result result = DistributionOverlap.compare(training,
                    generatedFeatures.stream().map(f -> f.get(feature)).toList());
            overlap.put(feature, result.overlapArea());
            kl.put(feature, result.klDivergence());
            humanOverlap.put(feature, DistributionOverlap.compare(training,
                    heldOutFeatures.stream().map(f -> f.get(feature)).toList()).overlapArea());
        }
        // Copying is looked for in every key: a piece copied a tone up is still copied.
        List<List<String>> corpusInAllKeys = new ArrayList<>();
        for (List<String> file : corpusFiles) {
            Transposer.allKeys(file).stream().filter(java.util.Objects::nonNull).forEach(corpusInAllKeys::add);
        }
        SequenceMetrics.CopiedRun copied = SequenceMetrics.longestCopiedRun(generated, corpusInAllKeys);
        double shared8 = SequenceMetrics.sharedNgramShare(generated, corpusInAllKeys, 8);
        Map<String, Double> distinct = new LinkedHashMap<>();
        for (int n = 1; n <= 4; n++) {
            distinct.put(Integer.toString(n), SequenceMetrics.distinct(generated, n));
        }
        return new GenerationMetrics(overlap, humanOverlap, kl, copied, shared8, distinct,
                keyConsistency(corpusFiles, generatedPieces, beatsPerBar, decoder));
    }

    /**
     * The notebook baseline measured the same way: its held-out NLL on its own element tokens against an n-gram on the
     * same elements and split, and its tracks (converted to REMI tokens) against the corpus like the default's.
     */
    public Evaluation evaluateNotebook(List<List<String>> corpusFiles, List<List<String>> elementsPerFile,
                                       FileSplit split, double notebookNll, List<List<String>> generatedRemi,
                                       double beatsPerBar) {
        java.util.TreeSet<String> elements = new java.util.TreeSet<>();
        elementsPerFile.forEach(elements::addAll);
        List<String> vocabulary = List.copyOf(elements);
        List<int[]> ids = elementsPerFile.stream()
                .map(f -> f.stream().mapToInt(vocabulary::indexOf).toArray()).toList();
        List<int[]> training = split.training().stream().map(ids::get).toList();
        List<int[]> validation = split.validation().stream().map(ids::get).toList();
        NgramChoice ngram = bestNgram(vocabulary.size(), training, validation);
        Map<String, Double> byOrder = ngram.nllByOrder();
        double bestNll = ngram.nll();
        int bestOrder = ngram.order();
        GenerationMetrics g = generationMetrics(corpusFiles, split, generatedRemi, beatsPerBar);
        List<List<Note>> generatedNotes = generatedRemi.stream().map(t -> new RemiDecoder().decode(t, beatsPerBar))
                .toList();
        long tokens = validation.stream().mapToLong(f -> Math.max(0, f.length - 1)).sum();
        return new Evaluation(new Evaluation.Models(notebookNll, bestNll, bestOrder),
                new Evaluation.Models(Math.exp(notebookNll), Math.exp(bestNll), bestOrder),
                new Evaluation.Models(Double.NaN, Double.NaN, bestOrder), byOrder, validation.size(), tokens,
                g.overlap(), g.humanOverlap(), g.kl(), g.copied().tokens(), g.copied().bars(), g.shared8(),
                1 - g.shared8(), g.distinct(), g.distinct().get("4"), g.key(),
                music(corpusFiles, split, generatedNotes, beatsPerBar, null, null),
                classifier(corpusFiles, split, generatedNotes, beatsPerBar, 42), generatedRemi.size());
    }

    static int medianBars(List<List<String>> files) {
        int[] bars = files.stream().mapToInt(f -> (int) f.stream().filter(RemiTokens.BAR::equals).count()).sorted()
                .toArray();
        return bars.length == 0 ? 4 : Math.max(1, bars[bars.length / 2]);
    }

    /** The features of every non-empty segment of {@code segmentBars} bars of every piece. */
    static List<Map<String, double[]>> features(List<List<String>> pieces, int segmentBars, double beatsPerBar,
                                                RemiDecoder decoder) {
        double segmentBeats = segmentBars * beatsPerBar;
        List<Map<String, double[]>> features = new ArrayList<>();
        for (List<String> piece : pieces) {
            Map<Integer, List<Note>> segments = new java.util.TreeMap<>();
            for (Note note : decoder.decode(piece, beatsPerBar)) {
                int segment = (int) Math.floor(note.startBeat() / segmentBeats + 1e-9);
                double start = note.startBeat() - segment * segmentBeats;
                segments.computeIfAbsent(segment, s -> new ArrayList<>())
                        .add(new Note(note.pitch(), note.velocity(), start, note.durationBeats(), note.channel()));
            }
            segments.values().forEach(notes -> features.add(MusicFeatures.of(notes, beatsPerBar)));
        }
        return features;
    }

    /** Which of the vocabulary's tokens are texture words ({@link PieceStyle}). */
    static boolean[] styleWords(Vocabulary vocabulary) {
        boolean[] words = new boolean[vocabulary.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = PieceStyle.isWord(vocabulary.token(i));
        }
        return words;
    }

    /**
     * LSTM NLL, top-1 accuracy and token count on the held-out files, each run from a fresh state. A file's texture
     * words are what the model is told, not music it predicts: they are not events, but their cost the first time
     * they come (after the first bar line) is added to the NLL, so a model told the piece's texture pays for being
     * told it and compares fairly with an n-gram that is not told; their repetitions after later bar lines are
     * neither scored nor counted.
     */
    static double[] lstmScores(MultiLayerNetwork network, List<int[]> validation, boolean[] styleWords,
                                int barToken) {
        LstmStepper stepper = new LstmStepper(network);
        double nll = 0;
        long hits = 0;
        long count = 0;
        for (int[] file : validation) {
            LstmStepper.State state = stepper.newState();
            int bars = 0;
            for (int i = 0; i + 1 < file.length; i++) {
                float[] p = stepper.step(state, file[i]);
                bars += file[i] == barToken ? 1 : 0;
                if (styleWords[file[i + 1]]) {
                    nll -= bars == 1 ? Math.log(Math.max(p[file[i + 1]], 1e-12)) : 0;
                    continue;
                }
                nll -= Math.log(Math.max(p[file[i + 1]], 1e-12));
                int best = 0;
                for (int t = 1; t < p.length; t++) {
                    if (p[t] > p[best]) {
                        best = t;
                    }
                }
                hits += best == file[i + 1] ? 1 : 0;
                count++;
            }
        }
        return count == 0 ? new double[] {Double.NaN, Double.NaN, 0} : new double[] {nll / count, (double) hits / count, count};
    }

    private static Evaluation.KeyConsistency keyConsistency(List<List<String>> corpus, List<List<Note>> generated,
                                                            double beatsPerBar, RemiDecoder decoder) {
        double[] corpusProfile = new double[12];
        for (List<String> file : corpus) {
            addProfile(decoder.decode(file, beatsPerBar), corpusProfile);
        }
        String corpusKey = KeyEstimator.best(corpusProfile).name();
        double correlation = 0;
        int inKey = 0;
        for (List<Note> track : generated) {
            double[] profile = new double[12];
            addProfile(track, profile);
            KeyEstimator.Key key = KeyEstimator.best(profile);
            correlation += key.correlation();
            inKey += key.name().equals(corpusKey) ? 1 : 0;
        }
        int n = Math.max(1, generated.size());
        return new Evaluation.KeyConsistency(corpusKey, correlation / n, (double) inKey / n);
    }

    private static void addProfile(List<Note> notes, double[] profile) {
        for (Note note : notes) {
            profile[note.pitch() % 12] += note.durationBeats();
        }
    }
}
