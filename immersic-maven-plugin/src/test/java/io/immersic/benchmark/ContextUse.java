package io.immersic.benchmark;

import io.immersic.generation.LstmStepper;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * What the model draws from what came before, token kind by token kind: its NLL (nats) on each kind of token of human
 * files as written, once with the whole piece behind it and once with a memory of only the last
 * {@value #SHORT_MEMORY} tokens (about four notes: the state started afresh and warmed up on them). The difference is
 * what the rest of the piece tells the model. On the lofi-progressions the trained model (30 epochs) does as well with
 * the short memory as with the whole piece, on every kind of token (held-out: within 0.1 nats; chords 5.6 either way,
 * about as much as a uniform guess among the chords it has seen): what it knows is local, the next onset, velocity and
 * duration after the last few notes, and nothing of the piece's chords, its loop or its texture.
 */
final class ContextUse {

    /** Tokens of memory in the short pass: four notes, a third of a bar of the corpus's denser figures. */
    static final int SHORT_MEMORY = 16;
    static final List<String> KINDS = List.of(RemiTokens.CHORD, RemiTokens.POSITION, RemiTokens.VELOCITY,
            RemiTokens.PITCH, RemiTokens.DURATION);

    private ContextUse() {}

    /** Per token kind (its prefix without the underscore): NLL with the whole piece, and with a short memory. */
    static Map<String, double[]> of(MultiLayerNetwork network, Vocabulary vocabulary, List<List<String>> files) {
        double[] whole = nllByKind(network, vocabulary, files, Integer.MAX_VALUE);
        double[] shortMemory = nllByKind(network, vocabulary, files, SHORT_MEMORY);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int kind = 0; kind < KINDS.size(); kind++) {
            out.put(KINDS.get(kind).replace("_", ""), new double[] {whole[kind], shortMemory[kind]});
        }
        return out;
    }

    /**
     * Mean NLL per kind, the state started afresh every {@code memory} tokens and warmed up on the {@code memory}
     * tokens before (so that every prediction has the same short memory, not one that grows from nothing).
     */
    private static double[] nllByKind(MultiLayerNetwork network, Vocabulary vocabulary, List<List<String>> files,
                                      int memory) {
        LstmStepper stepper = new LstmStepper(network);
        double[] nll = new double[KINDS.size()];
        int[] count = new int[KINDS.size()];
        for (List<String> file : files) {
            int[] ids = file.stream().mapToInt(vocabulary::indexOf).toArray();
            LstmStepper.State state = stepper.newState();
            float[] next = null;
            for (int i = 0; i < ids.length; i++) {
                if (memory != Integer.MAX_VALUE && i > 0 && i % memory == 0) {
                    state = stepper.newState();
                    for (int j = i - memory; j < i; j++) {
                        next = stepper.step(state, ids[j]);
                    }
                }
                int kind = kindOf(file.get(i));
                if (next != null && kind >= 0 && ids[i] >= 0) {
                    nll[kind] -= Math.log(Math.max(next[ids[i]], 1e-12));
                    count[kind]++;
                }
                next = stepper.step(state, ids[i]);
            }
        }
        for (int kind = 0; kind < nll.length; kind++) {
            nll[kind] = count[kind] == 0 ? Double.NaN : nll[kind] / count[kind];
        }
        return nll;
    }

    private static int kindOf(String token) {
        for (int kind = 0; kind < KINDS.size(); kind++) {
            if (token.startsWith(KINDS.get(kind))) {
                return kind;
            }
        }
        return -1;
    }
}
