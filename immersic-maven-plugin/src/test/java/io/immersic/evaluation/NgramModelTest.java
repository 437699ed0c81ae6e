package io.immersic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NgramModelTest {

    private static final List<int[]> TRAINING = List.of(new int[] {0, 1, 2, 3, 1, 2, 3, 1, 2, 4},
            new int[] {0, 2, 2, 3, 1, 4, 4});

    @Test
    void probabilitiesSumToOneInEveryContextAndOrder() {
        for (int order = 1; order <= 5; order++) {
            NgramModel model = new NgramModel(order, 6, TRAINING);
            for (int[] context : List.of(new int[] {0, 1, 2, 3, 0}, new int[] {5, 5, 5, 5, 0}, new int[] {4, 4, 0})) {
                int i = context.length - 1;
                double sum = 0;
                for (int token = 0; token < 6; token++) {
                    sum += model.probability(context, i, token);
                }
                assertEquals(1.0, sum, 1e-12, "order " + order);
            }
        }
    }

    @Test
    void aUnigramIsWittenBellSmoothedCounts() {
        // 17 tokens, 5 distinct: P(w) = (c(w) + 5 · 1/6) / (17 + 5). Token 2 occurs 5 times; token 5 never.
        NgramModel unigram = new NgramModel(1, 6, TRAINING);
        int[] any = {0};
        assertEquals((5 + 5.0 / 6) / 22, unigram.probability(any, 0, 2), 1e-12);
        assertEquals((5.0 / 6) / 22, unigram.probability(any, 0, 5), 1e-12);
    }

    @Test
    void aLongerContextPredictsADeterministicPatternBetter() {
        List<int[]> pattern = List.of(new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2});
        double unigram = new NgramModel(1, 3, pattern).nll(pattern);
        double trigram = new NgramModel(3, 3, pattern).nll(pattern);
        assertEquals(Math.log(3), unigram, 0.05);
        assertTrue(trigram < 0.3, "trigram " + trigram);
        assertEquals(1.0, new NgramModel(3, 3, pattern).top1Accuracy(pattern), 1e-9);
    }
}
