package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.engine.BuildLog;
import io.immersic.model.Backend;
import io.immersic.model.Trainer;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenGeneratorTest {

    private static MultiLayerNetwork network;
    private static Vocabulary vocabulary;

    @BeforeAll
    static void trainASmallModel() {
        Backend.useThreads(1);
        List<List<String>> corpus = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            List<String> tokens = new ArrayList<>();
            for (int b = 0; b < 6; b++) {
                tokens.addAll(List.of("BAR", "POS_0", "VEL_4", "PITCH_" + (60 + f), "DUR_12", "VEL_3", "PITCH_67",
                        "DUR_6", "POS_24", "VEL_5", "PITCH_" + (72 - b), "DUR_24"));
            }
            tokens.add("END");
            corpus.add(tokens);
        }
        vocabulary = Vocabulary.of(corpus);
        TrainingParameters p = new TrainingParameters(3, 1, 16, 8, 0.0, 16, 2, 0.02, 0.25, 3, 1L, 1);
        network = new Trainer(BuildLog.SILENT).train(corpus, vocabulary, p).network();
    }

    private static GenerationParameters params(int tracks, long seed) {
        return new GenerationParameters(tracks, 5, 1.0, 0, 1.0, seed, null, 0, 0);
    }

    @Test
    void theSameSeedGivesTheSameTokensAndAnotherSeedOthers() {
        TokenGenerator generator = new TokenGenerator(network, vocabulary);
        List<List<String>> first = generator.generate(List.of(), params(2, 9));
        List<List<String>> again = generator.generate(List.of(), params(2, 9));
        List<List<String>> other = generator.generate(List.of(), params(2, 10));

        assertEquals(first, again);
        assertNotEquals(first, other);
        assertNotEquals(first.get(0), first.get(1), "tracks of one run differ");
    }

    @Test
    void aTrackDependsOnlyOnItsSeedNotOnHowManyTracksRunBesideIt() {
        TokenGenerator generator = new TokenGenerator(network, vocabulary);
        assertEquals(generator.generate(List.of(), params(1, 4)).get(0),
                generator.generate(List.of(), params(3, 4)).get(0));
    }

    @Test
    void everyTrackHasTheRequestedBarsAndOnlyPlayableNotes() {
        for (List<String> track : new TokenGenerator(network, vocabulary).generate(List.of(), params(3, 1))) {
            assertEquals(5, track.stream().filter("BAR"::equals).count(), String.join(" ", track));
            for (int i = 0; i < track.size(); i++) {
                String token = track.get(i);
                if (token.startsWith("VEL_")) {
                    assertTrue(track.get(i + 1).startsWith("PITCH_"), "VEL then PITCH at " + i);
                }
                if (token.startsWith("PITCH_")) {
                    assertTrue(track.get(i + 1).startsWith("DUR_"), "PITCH then DUR at " + i);
                }
            }
            assertTrue(track.stream().noneMatch("END"::equals));
        }
    }

    @Test
    void aLoopHasExactlyItsBarsAndIsReproducible() {
        TokenGenerator generator = new TokenGenerator(network, vocabulary);
        List<List<String>> loops = generator.generate(List.of(), params(2, 6), true);
        for (List<String> track : loops) {
            assertEquals(5, track.stream().filter("BAR"::equals).count(), String.join(" ", track));
        }
        assertEquals(loops, generator.generate(List.of(), params(2, 6), true));
    }

    @Test
    void continuesAPrimer() {
        List<String> primer = List.of("BAR", "POS_0", "VEL_4", "PITCH_61", "DUR_12");
        for (List<String> track : new TokenGenerator(network, vocabulary).generate(primer, params(2, 2))) {
            assertEquals(primer, track.subList(0, primer.size()));
            assertTrue(track.size() > primer.size());
        }
    }
}
