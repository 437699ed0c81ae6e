package io.immersic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.common.BuildLog;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainerTest {

    static final TrainingParameters SMALL = new TrainingParameters(12, 1, 32, 16, 0.0, 16, 4, 0.02, 0.25, 12, 7L, 1);

    @BeforeAll
    static void oneThread() {
        Backend.useThreads(1);
    }

    /**
     * Files that repeat a one-bar figure: the next token is fully determined by the previous few. Each file varies
     * the figure (third major or minor, fifth perfect or flat, last note long or short), so up to 8 files are 8
     * different pieces and the split by piece holds some out, while every variation is also in the training files.
     */
    static List<List<String>> repeatingFigure(int files, int bars) {
        List<List<String>> corpus = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            List<String> bar = List.of("BAR", "POS_0", "VEL_4", "PITCH_60", "DUR_12", "POS_12", "VEL_5",
                    "PITCH_" + (64 - (f & 1)), "DUR_6", "POS_24", "VEL_4", "PITCH_" + (67 - ((f >> 1) & 1)),
                    "DUR_" + (24 >> ((f >> 2) & 1)));
            List<String> tokens = new ArrayList<>();
            for (int b = 0; b < bars; b++) {
                tokens.addAll(bar);
            }
            tokens.add("END");
            corpus.add(tokens);
        }
        return corpus;
    }

    @Test
    void learnsContextBeyondWhatAUnigramModelCanKnow() {
        List<List<String>> corpus = repeatingFigure(8, 12);
        Vocabulary vocabulary = Vocabulary.of(corpus);

        Trainer.Result result = new Trainer(BuildLog.SILENT).train(corpus, vocabulary, SMALL);

        double unigram = unigramEntropy(corpus);
        TrainingMetrics metrics = result.metrics();
        assertEquals(2, metrics.validationFiles());
        assertTrue(metrics.validationLoss() < unigram / 2,
                "held-out loss " + metrics.validationLoss() + " should be far below the unigram entropy " + unigram);
        assertTrue(metrics.bestEpoch() >= 1 && metrics.bestEpoch() <= metrics.epochsRun());
    }

    @Test
    void theSameSeedTrainsBitIdenticalWeights() {
        List<List<String>> corpus = repeatingFigure(4, 4);
        Vocabulary vocabulary = Vocabulary.of(corpus);
        TrainingParameters p = new TrainingParameters(2, 1, 16, 8, 0.2, 8, 2, 0.01, 0.25, 2, 3L, 1);

        var first = new Trainer(BuildLog.SILENT).train(corpus, vocabulary, p).network().params();
        var second = new Trainer(BuildLog.SILENT).train(corpus, vocabulary, p).network().params();

        assertEquals(first, second);
    }

    @Test
    void stopsEarlyWhenTheValidationLossStopsImproving() {
        List<List<String>> corpus = repeatingFigure(4, 6);
        List<String> lines = new ArrayList<>();
        BuildLog log = new BuildLog() {
            public void info(String m) { lines.add(m); }
            public void warn(String m) { lines.add(m); }
            public void debug(String m) {}
        };
        // A learning rate this high makes the loss bounce, so patience 1 ends training well before 40 epochs.
        TrainingParameters p = new TrainingParameters(40, 1, 16, 8, 0.0, 8, 2, 0.5, 0.25, 1, 3L, 1);

        TrainingMetrics metrics = new Trainer(log).train(corpus, Vocabulary.of(corpus), p).metrics();

        assertTrue(metrics.epochsRun() < 40, "ran all " + metrics.epochsRun() + " epochs");
        assertEquals(metrics.bestEpoch() + 1, metrics.epochsRun());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Stopping early")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches("Epoch 1/40: train loss [0-9.]+, validation loss [0-9.]+, .*tokens/s.*ETA.*")),
                String.join("\n", lines));
    }

    static double unigramEntropy(List<List<String>> corpus) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (List<String> file : corpus) {
            for (String token : file) {
                counts.merge(token, 1, Integer::sum);
                total++;
            }
        }
        double entropy = 0;
        for (int count : counts.values()) {
            double p = count / (double) total;
            entropy -= p * Math.log(p);
        }
        return entropy;
    }
}
