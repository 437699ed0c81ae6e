package io.immersic.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves a token sequence to another key by shifting every PITCH token and every chord root. Training on every file in all 12 keys teaches
 * the model harmony and voice leading rather than the keys its few files happen to be in.
 */
public final class Transposer {

    /** The piano's range: A0 to C8. */
    public static final int LOWEST = 21;
    public static final int HIGHEST = 108;

    private Transposer() {}

    /** The sequence shifted by {@code semitones}, or null when a note would leave the piano's range. */
    public static List<String> transpose(List<String> tokens, int semitones) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            io.immersic.harmony.Chord chord = io.immersic.harmony.Chord.fromToken(token);
            if (chord != null) {
                out.add(chord.transpose(semitones).token());
                continue;
            }
            int pitch = RemiTokens.valueOf(token, RemiTokens.PITCH);
            if (pitch < 0) {
                out.add(token);
                continue;
            }
            int moved = pitch + semitones;
            if (moved < LOWEST || moved > HIGHEST) {
                return null;
            }
            out.add(RemiTokens.PITCH + moved);
        }
        return out;
    }

    /**
     * The sequence in each of the 12 keys (index k = shifted by k − 5 semitones), each moved by an octave where that
     * keeps it inside the piano's range; null for a key it cannot reach. Index 5 is always the sequence as written,
     * even when its own notes leave the piano (keys 0 and 127, or a G#0): the file passed preprocessing, so training
     * must be able to play it as it is.
     */
    public static List<List<String>> allKeys(List<String> tokens) {
        List<List<String>> keys = new ArrayList<>(12);
        for (int k = 0; k < 12; k++) {
            int shift = k - 5;
            if (shift == 0) {
                keys.add(new ArrayList<>(tokens));
                continue;
            }
            List<String> moved = transpose(tokens, shift);
            if (moved == null) {
                moved = transpose(tokens, shift + (shift < 0 ? 12 : -12));
            }
            keys.add(moved);
        }
        return keys;
    }

    /** The vocabulary of the files in every key they can reach: what a transposing model must know. */
    public static Vocabulary vocabularyOfAllKeys(List<List<String>> files) {
        List<List<String>> all = new ArrayList<>(files);
        for (List<String> file : files) {
            for (List<String> key : allKeys(file)) {
                if (key != null) {
                    all.add(key);
                }
            }
        }
        return Vocabulary.of(all);
    }
}
