package io.immersic.benchmark;

import io.immersic.generation.LstmStepper;
import io.immersic.harmony.Chord;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * How much of the harmony the model itself knows: stepped through human files as written, the share of its
 * probability that lands on the pitch class of each next pitch and on the root of each next chord (both among the
 * tokens of that kind), beside chance (1/12). A model that has learned keys and chords puts far more than chance
 * there; one that has not leaves the harmony to the generator's rules (the diatonic chords, the chord scale, the
 * completion), and a figure such as chords per loop is then the rules', whatever the model's loss.
 */
final class HarmonyPrediction {

    private HarmonyPrediction() {}

    /** Pitch-class and chord-root probability, and the pitch tokens' NLL (nats), over {@code files}. */
    static Map<String, Double> of(MultiLayerNetwork network, Vocabulary vocabulary, List<List<String>> files) {
        LstmStepper stepper = new LstmStepper(network);
        double pitchClassMass = 0;
        double pitchLogLikelihood = 0;
        int pitches = 0;
        double rootMass = 0;
        int chords = 0;
        for (List<String> file : files) {
            LstmStepper.State state = stepper.newState();
            float[] next = null;
            for (String token : file) {
                int id = vocabulary.indexOf(token);
                int pitchClass = pitchClassOf(token);
                int root = rootOf(token);
                if (next != null && pitchClass >= 0) {
                    double all = massWhere(next, vocabulary, t -> pitchClassOf(t) >= 0);
                    pitchClassMass += massWhere(next, vocabulary, t -> pitchClassOf(t) == pitchClass) / all;
                    pitchLogLikelihood += Math.log(Math.max(next[id], 1e-12) / all);
                    pitches++;
                } else if (next != null && root >= 0) {
                    double all = massWhere(next, vocabulary, t -> rootOf(t) >= 0);
                    rootMass += massWhere(next, vocabulary, t -> rootOf(t) == root) / all;
                    chords++;
                }
                next = stepper.step(state, id);
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("pitchClassProbability", pitches == 0 ? Double.NaN : pitchClassMass / pitches);
        figures.put("pitchNll", pitches == 0 ? Double.NaN : -pitchLogLikelihood / pitches);
        figures.put("chordRootProbability", chords == 0 ? Double.NaN : rootMass / chords);
        return figures;
    }

    /** The pitch class of a PITCH token, -1 for other tokens. */
    private static int pitchClassOf(String token) {
        int pitch = RemiTokens.valueOf(token, RemiTokens.PITCH);
        return pitch < 0 ? -1 : pitch % 12;
    }

    /** The root of a chord token, -1 for other tokens. */
    private static int rootOf(String token) {
        Chord chord = Chord.fromToken(token);
        return chord == null ? -1 : chord.root();
    }

    private static double massWhere(float[] probabilities, Vocabulary vocabulary,
                                    java.util.function.Predicate<String> kind) {
        double mass = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (kind.test(vocabulary.token(i))) {
                mass += probabilities[i];
            }
        }
        return mass;
    }
}
