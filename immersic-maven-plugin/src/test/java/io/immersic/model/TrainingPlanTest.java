package io.immersic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.common.BuildLog;
import io.immersic.midi.MidiBytes;
import io.immersic.midi.MidiReader;
import io.immersic.tokens.RemiEncoder;
import io.immersic.tokens.Transposer;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files whose notes leave the piano's 21–108 in every key are still played, as written, in every epoch. */
class TrainingPlanTest {

    @BeforeAll
    static void oneThread() {
        Backend.useThreads(1);
    }

    /** One-beat notes of these keys, one after another, read and encoded as preprocessing does. */
    static List<String> tokensOf(int... keys) throws Exception {
        List<int[]> events = new ArrayList<>();
        for (int key : keys) {
            events.add(MidiBytes.event(0, 0x90, key, 90));
            events.add(MidiBytes.event(4, 0x80, key, 0));
        }
        byte[] bytes = new MidiBytes(0, 4).track(MidiBytes.events(events.toArray(int[][]::new))).bytes();
        return new RemiEncoder().encode(new MidiReader().read("test.mid", bytes));
    }

    /** Four ordinary files, 16 notes on keys 0 and 127 (no key fits the piano), and ordinary notes plus a G#0. */
    static List<List<String>> corpusOutsideThePiano() throws Exception {
        List<List<String>> corpus = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            corpus.add(tokensOf(60, 64 - (f & 1), 67, 72 - (f >> 1), 60, 65, 69, 72));
        }
        int[] extremes = new int[16];
        for (int i = 0; i < 16; i++) {
            extremes[i] = i % 2 == 0 ? 0 : 127;
        }
        corpus.add(tokensOf(extremes));
        corpus.add(tokensOf(57, 60, 64, 20, 62, 65, 69, 60));
        return corpus;
    }

    @Test
    void theOriginalKeyIsAlwaysTheFileAsWritten() throws Exception {
        List<String> extremes = corpusOutsideThePiano().get(4);
        List<List<String>> keys = Transposer.allKeys(extremes);
        assertEquals(extremes, keys.get(5));
        for (int k = 0; k < 12; k++) {
            assertTrue(k == 5 || keys.get(k) == null, "key " + k + " cannot fit the piano");
        }
    }

    @Test
    void everyEpochOfEverySplitPlaysEveryTrainingFile() throws Exception {
        List<List<String>> corpus = corpusOutsideThePiano();
        Vocabulary vocabulary = Transposer.vocabularyOfAllKeys(corpus);
        for (long seed = 1; seed <= 20; seed++) {
            TrainingParameters p = new TrainingParameters(24, 1, 16, 8, 0.0, 8, 2, 0.02, 0.34, 24, seed, 1, true);
            TrainingPlan plan = new TrainingPlan(corpus, vocabulary, p);
            for (int epoch = 1; epoch <= 24; epoch++) {
                int[] tokens = plan.nextEpoch();
                assertEquals(plan.tokensPerEpoch(), tokens.length, "seed " + seed + ", epoch " + epoch);
                assertTrue(java.util.Arrays.stream(tokens).allMatch(t -> t >= 0 && t < vocabulary.size()));
            }
            assertEquals(corpus.size(), plan.trainingFiles() + plan.validationFiles());
        }
    }

    @Test
    void aCorpusWithNotesOutsideThePianoTrainsForSeveralEpochsAndSeeds() throws Exception {
        List<List<String>> corpus = corpusOutsideThePiano();
        Vocabulary vocabulary = Transposer.vocabularyOfAllKeys(corpus);
        for (long seed : new long[] {3, 7, 11}) {
            TrainingParameters p = new TrainingParameters(4, 1, 16, 8, 0.0, 8, 2, 0.02, 0.34, 4, seed, 1, true);
            TrainingMetrics metrics = new Trainer(BuildLog.SILENT).train(corpus, vocabulary, p).metrics();
            assertEquals(4, metrics.epochsRun(), "seed " + seed);
            assertTrue(Double.isFinite(metrics.trainLoss()), "seed " + seed);
        }
    }
}
