package io.immersic.benchmark;

import io.immersic.analysis.CorpusStyle;
import io.immersic.evaluation.TwoSampleClassifier;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.generation.TokenGenerator;
import io.immersic.midi.Note;
import io.immersic.model.Trainer;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.PieceFingerprint;
import io.immersic.tokens.RemiDecoder;
import io.immersic.tokens.Vocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The classifier two-sample test with every human piece held out once: the pieces are dealt into {@value #FOLDS}
 * folds (a piece's transpositions together), a model is trained without each fold (and a 1-epoch model beside it),
 * and its 20 tracks are set against that fold's pieces, which it never saw. Pooled over the folds, 80 generated
 * tracks meet all the corpus's pieces, where the single split of the music benchmark meets 8 (9 windows, whose AUC
 * moves by ±0.1 with which pieces they are). The yardstick beside it is two halves of the human pieces against each
 * other, over {@value #YARDSTICK_HALVINGS} random halvings by piece.
 */
final class CrossFittedClassifier {

    static final int FOLDS = 4;
    static final int YARDSTICK_HALVINGS = MusicBenchmark.YARDSTICK_SPLITS;
    private static final int TRACKS_PER_FOLD = 20;

    /** Trains a model on the files with the parameters (or reuses a saved one). */
    interface Training {
        Trainer.Result train(List<List<String>> files, TrainingParameters p) throws IOException;
    }

    /**
     * @param trained the trained models' tracks against the held-out pieces
     * @param oneEpoch the same with 1-epoch models
     * @param yardstickLogistic mean AUC of half the human pieces against the other half, logistic
     * @param yardstickTrees the same, trees
     */
    record Result(TwoSampleClassifier.Result trained, TwoSampleClassifier.Result oneEpoch, double yardstickLogistic,
                  double yardstickTrees) {}

    private CrossFittedClassifier() {}

    static Result run(List<List<String>> files, Vocabulary vocabulary, TrainingParameters trainedParameters,
                      TrainingParameters oneEpochParameters, Training training, double temperature, double topP)
            throws IOException {
        int[] fold = foldOfFile(files, trainedParameters.seed());
        RemiDecoder decoder = new RemiDecoder();
        List<List<Note>> heldOut = new ArrayList<>();
        List<List<Note>> trained = new ArrayList<>();
        List<List<Note>> oneEpoch = new ArrayList<>();
        GenerationParameters twenty = new GenerationParameters(TRACKS_PER_FOLD, 16, temperature, 0, topP, 7, null,
                0, 0);
        for (int k = 0; k < FOLDS; k++) {
            List<List<String>> seen = new ArrayList<>();
            for (int file = 0; file < files.size(); file++) {
                if (fold[file] == k) {
                    heldOut.add(decoder.decode(files.get(file), 4));
                } else {
                    seen.add(files.get(file));
                }
            }
            CorpusStyle style = CorpusStyle.of(seen, 4); // the hands, too, of pieces the model saw
            for (TrainingParameters p : List.of(trainedParameters, oneEpochParameters)) {
                TokenGenerator generator = new TokenGenerator(training.train(seen, p).network(), vocabulary, style);
                (p == trainedParameters ? trained : oneEpoch).addAll(MusicBenchmark.played(
                        generator.generate(List.of(), twenty, MusicControls.NONE, false), style.roll()));
            }
        }
        // Half the pieces against the other half: the yardstick of the music benchmark with a validation fraction of 1/2.
        Map<String, Object> halves = MusicBenchmark.humanYardstickOverSplits(files, 0.5);
        return new Result(TwoSampleClassifier.test(heldOut, trained, 4, trainedParameters.seed()),
                TwoSampleClassifier.test(heldOut, oneEpoch, 4, trainedParameters.seed()),
                (double) halves.get("meanLogistic"), (double) halves.get("meanTrees"));
    }

    /** Each file's fold: pieces shuffled with the seed and dealt round, a piece's files in one fold. */
    static int[] foldOfFile(List<List<String>> files, long seed) {
        int[] pieceOfFile = PieceFingerprint.pieceIndexes(files);
        int pieces = java.util.Arrays.stream(pieceOfFile).max().orElse(-1) + 1;
        List<Integer> order = new ArrayList<>();
        for (int piece = 0; piece < pieces; piece++) {
            order.add(piece);
        }
        Collections.shuffle(order, new Random(seed));
        int[] foldOfPiece = new int[pieces];
        for (int i = 0; i < pieces; i++) {
            foldOfPiece[order.get(i)] = i % FOLDS;
        }
        int[] fold = new int[files.size()];
        for (int file = 0; file < files.size(); file++) {
            fold[file] = foldOfPiece[pieceOfFile[file]];
        }
        return fold;
    }
}
