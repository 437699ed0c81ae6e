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
 *
 * <p>For a seamless loop the last bar must lead back into the first: {@value #LOOP_CANDIDATES} candidate last bars
 * are sampled from the same state and the one whose harmony is closest to the opening bar is kept.
 */
public final class TokenGenerator {

    static final int LOOP_CANDIDATES = 8;

    private final LstmStepper stepper;
    private final Vocabulary vocabulary;
    private final RemiGrammar grammar;
    private final int barToken;

    /** Where one sequence stands: its LSTM state, grammar state, next-token distribution and random stream. */
    private final class Run {
        final LstmStepper.State lstm;
        final RemiGrammar.State grammarState;
        float[] probabilities;
        final SplittableRandom random;

        Run(LstmStepper.State lstm, RemiGrammar.State grammarState, float[] probabilities, SplittableRandom random) {
            this.lstm = lstm;
            this.grammarState = grammarState;
            this.probabilities = probabilities;
            this.random = random;
        }

        void feed(int token) {
            grammar.advance(grammarState, token);
            probabilities = stepper.step(lstm, token);
        }

        Run fork() {
            return new Run(lstm.copy(), grammarState.copy(), probabilities, random.split());
        }
    }

    public TokenGenerator(MultiLayerNetwork network, Vocabulary vocabulary) {
        this.stepper = new LstmStepper(network);
        this.vocabulary = vocabulary;
        this.grammar = new RemiGrammar(vocabulary);
        this.barToken = vocabulary.indexOf(RemiTokens.BAR);
    }

    public List<List<String>> generate(List<String> primer, GenerationParameters p) {
        return generate(primer, p, false);
    }

    /**
     * @param primer tokens to continue (all in the vocabulary; the first should be BAR); empty starts from a bar line
     * @param loop choose the last bar so that it leads back into the first
     * @return per track: the primer followed by the generated tokens, {@code lengthBars} bars after the primer's start
     */
    public List<List<String>> generate(List<String> primer, GenerationParameters p, boolean loop) {
        List<List<String>> tracks = new ArrayList<>(p.tracks());
        for (int track = 0; track < p.tracks(); track++) {
            tracks.add(generateTrack(primer.isEmpty() ? List.of(RemiTokens.BAR) : primer, p, track, loop));
        }
        return tracks;
    }

    private List<String> generateTrack(List<String> primer, GenerationParameters p, int track, boolean loop) {
        Sampler sampler = new Sampler(p.temperature(), p.topK(), p.topP());
        Run run = new Run(stepper.newState(), new RemiGrammar.State(), null,
                new SplittableRandom(p.seed() * 1_000_003L + track));
        List<String> tokens = new ArrayList<>(primer);
        for (String token : primer) {
            run.feed(vocabulary.indexOf(token));
        }
        int lastBar = run.grammarState.bars() - 1 + p.lengthBars(); // bar count once the last bar has begun
        if (!loop || p.lengthBars() < 2) {
            sampleUntilBar(run, sampler, lastBar, tokens);
            return tokens;
        }
        sampleUntilBar(run, sampler, lastBar - 1, tokens);
        tokens.add(RemiTokens.BAR);
        run.feed(barToken);
        List<String> opening = barTokens(tokens, 0);
        List<String> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int candidate = 0; candidate < LOOP_CANDIDATES; candidate++) {
            List<String> ending = new ArrayList<>();
            sampleUntilBar(run.fork(), sampler, lastBar, ending);
            double score = LoopHarmony.similarity(opening, ending);
            if (score > bestScore) {
                bestScore = score;
                best = ending;
            }
        }
        tokens.addAll(best);
        return tokens;
    }

    /** Samples until the run would open a bar beyond {@code barLimit}; that bar line is not taken. */
    private void sampleUntilBar(Run run, Sampler sampler, int barLimit, List<String> out) {
        boolean[] allowed = new boolean[vocabulary.size()];
        int maxTokens = (barLimit - run.grammarState.bars() + 1) * (RemiGrammar.MAX_TOKENS_PER_BAR + 1) + 1;
        for (int step = 0; step < maxTokens; step++) {
            grammar.allowedNext(run.grammarState, allowed);
            int next = sampler.sample(run.probabilities, allowed, run.random);
            if (next < 0 || (grammar.isBar(next) && run.grammarState.bars() >= barLimit)) {
                return;
            }
            out.add(vocabulary.token(next));
            run.feed(next);
        }
    }

    /** The tokens of bar {@code index} (0 = the bar the first BAR opens). */
    static List<String> barTokens(List<String> tokens, int index) {
        List<String> bar = new ArrayList<>();
        int current = -1;
        for (String token : tokens) {
            if (token.equals(RemiTokens.BAR)) {
                current++;
            } else if (current == index) {
                bar.add(token);
            }
        }
        return bar;
    }
}
