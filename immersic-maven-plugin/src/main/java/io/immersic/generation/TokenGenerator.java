package io.immersic.generation;

import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Samples token sequences from a trained network, statefully: the primer is fed once, then each step feeds only the
 * last token and carries the LSTM state forward (never re-feeding a window). Each track has its own state and its own
 * generator split off the seed by the track's index, so a track depends only on the model, its seed and its index.
 */
public final class TokenGenerator {

    private final LstmStepper stepper;
    private final Vocabulary vocabulary;
    private final RemiGrammar grammar;

    public TokenGenerator(MultiLayerNetwork network, Vocabulary vocabulary) {
        this.stepper = new LstmStepper(network);
        this.vocabulary = vocabulary;
        this.grammar = new RemiGrammar(vocabulary);
    }

    /**
     * @param primer tokens to continue (all in the vocabulary; the first should be BAR); empty starts from a bar line
     * @return per track: the primer followed by the generated tokens, ending before the bar after {@code lengthBars}
     */
    public List<List<String>> generate(List<String> primer, GenerationParameters p) {
        List<List<String>> tracks = new ArrayList<>(p.tracks());
        for (int track = 0; track < p.tracks(); track++) {
            tracks.add(generateTrack(primer.isEmpty() ? List.of(RemiTokens.BAR) : primer, p, track));
        }
        return tracks;
    }

    private List<String> generateTrack(List<String> primer, GenerationParameters p, int track) {
        Sampler sampler = new Sampler(p.temperature(), p.topK(), p.topP());
        SplittableRandom random = new SplittableRandom(p.seed() * 1_000_003L + track);
        LstmStepper.State lstm = stepper.newState();
        RemiGrammar.State grammarState = new RemiGrammar.State();
        List<String> tokens = new ArrayList<>(primer);
        float[] probabilities = null;
        for (String token : primer) {
            int id = vocabulary.indexOf(token);
            grammar.advance(grammarState, id);
            probabilities = stepper.step(lstm, id);
        }
        int barsInPrimer = grammarState.bars();
        boolean[] allowed = new boolean[vocabulary.size()];
        int maxTokens = p.lengthBars() * (RemiGrammar.MAX_TOKENS_PER_BAR + 1) + 1;
        for (int step = 0; step < maxTokens; step++) {
            grammar.allowedNext(grammarState, allowed);
            int next = sampler.sample(probabilities, allowed, random);
            if (next < 0 || (grammar.isBar(next) && grammarState.bars() - barsInPrimer >= p.lengthBars() - 1)) {
                break; // the next bar line would start a bar beyond the requested length
            }
            grammar.advance(grammarState, next);
            tokens.add(vocabulary.token(next));
            probabilities = stepper.step(lstm, next);
        }
        return tokens;
    }
}
