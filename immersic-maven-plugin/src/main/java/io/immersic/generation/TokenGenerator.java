package io.immersic.generation;

import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Samples token sequences from a trained network, statefully: the primer is fed once, then each step feeds only the
 * last token through {@code rnnTimeStep}. All tracks advance together as one minibatch (one row per track), which
 * costs little more than one track; each row has its own seeded generator, so a track depends only on its seed.
 */
public final class TokenGenerator {

    private final MultiLayerNetwork network;
    private final Vocabulary vocabulary;
    private final RemiGrammar grammar;

    public TokenGenerator(MultiLayerNetwork network, Vocabulary vocabulary) {
        this.network = network;
        this.vocabulary = vocabulary;
        this.grammar = new RemiGrammar(vocabulary);
    }

    /**
     * @param primer tokens to continue (all in the vocabulary; the first should be BAR); empty starts from a bar line
     * @return per track: the primer followed by the generated tokens, ending before the bar after {@code lengthBars}
     */
    public List<List<String>> generate(List<String> primer, GenerationParameters p) {
        List<String> start = primer.isEmpty() ? List.of(RemiTokens.BAR) : primer;
        int tracks = p.tracks();
        Sampler sampler = new Sampler(p.temperature(), p.topK(), p.topP());
        List<List<String>> output = new ArrayList<>();
        RemiGrammar.State[] states = new RemiGrammar.State[tracks];
        SplittableRandom[] randoms = new SplittableRandom[tracks];
        boolean[] finished = new boolean[tracks];
        for (int t = 0; t < tracks; t++) {
            output.add(new ArrayList<>(start));
            states[t] = new RemiGrammar.State();
            // Each track's stream is split off the seed by its index, independent of how many tracks there are.
            randoms[t] = new SplittableRandom(p.seed() * 1_000_003L + t);
            for (String token : start) {
                grammar.advance(states[t], vocabulary.indexOf(token));
            }
        }
        int barsInPrimer = states[0].bars();
        network.rnnClearPreviousState();
        float[] primerIds = new float[tracks * start.size()];
        for (int t = 0; t < tracks; t++) {
            for (int i = 0; i < start.size(); i++) {
                primerIds[t * start.size() + i] = vocabulary.indexOf(start.get(i));
            }
        }
        INDArray out = network.rnnTimeStep(Nd4j.create(primerIds, new long[] {tracks, 1, start.size()}, DataType.FLOAT));
        INDArray probabilities = lastStep(out);
        int maxTokens = p.lengthBars() * (RemiGrammar.MAX_TOKENS_PER_BAR + 1) + 1;
        boolean[] allowed = new boolean[vocabulary.size()];
        float[] next = new float[tracks];
        for (int step = 0; step < maxTokens; step++) {
            float[][] rows = probabilities.toFloatMatrix();
            int active = 0;
            for (int t = 0; t < tracks; t++) {
                if (finished[t]) {
                    continue;
                }
                grammar.allowedNext(states[t], allowed);
                int token = sampler.sample(rows[t], allowed, randoms[t]);
                if (token < 0 || (grammar.isBar(token) && states[t].bars() - barsInPrimer >= p.lengthBars() - 1)) {
                    finished[t] = true; // the next bar line would start a bar beyond the requested length
                    continue;
                }
                grammar.advance(states[t], token);
                output.get(t).add(vocabulary.token(token));
                next[t] = token;
                active++;
            }
            if (active == 0) {
                break;
            }
            probabilities = lastStep(network.rnnTimeStep(Nd4j.create(next, new long[] {tracks, 1, 1}, DataType.FLOAT)));
        }
        network.rnnClearPreviousState();
        return output;
    }

    private static INDArray lastStep(INDArray output) {
        // [tracks, vocab, time] → the distribution after the last fed token, [tracks, vocab]
        long last = output.size(2) - 1;
        return output.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.point(last));
    }
}
