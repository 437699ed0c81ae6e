package io.immersic.tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A piece's texture in five words the model reads after every bar line, so that it plays one piece's way through a
 * track instead of the corpus's average. Each word places one figure of the piece among the corpus's pieces, in
 * thirds (0 low, 1 middle, 2 high):
 * <ul>
 *   <li>{@code STYLE_D}: notes per bar, how dense the texture is;</li>
 *   <li>{@code STYLE_O}: onsets per bar (grid positions where a note starts), how busy the rhythm is;</li>
 *   <li>{@code STYLE_L}: the mean of log2 of the note lengths in beats, short notes or held chords;</li>
 *   <li>{@code STYLE_P}: notes per onset, single notes or chords;</li>
 *   <li>{@code STYLE_V}: the standard deviation of the velocity bins, 0 for a piece at one velocity (a programmed
 *       part, a third of the lofi-progressions), 1 or 2 below or above the median of the others: how much the
 *       player shapes the dynamics.</li>
 * </ul>
 * Why: the LSTM keeps no texture of its own (its NLL with the last 16 tokens as memory is the same as with the whole
 * piece), so every generated track had the corpus's average density (notes per bar, SD across tracks 1.3 against the
 * held-out pieces' 3.4). Trained with these words, the model reads the texture it is to play; a track is given the
 * words of the piece whose hands play it. The words are given, never sampled: they sit in the vocabulary, the
 * generator feeds them after each bar line, and the held-out likelihood counts them once per piece, as what they say
 * costs ({@code Evaluator}).
 *
 * @param lowerCuts per word, the value from which a piece is in the middle third
 * @param upperCuts per word, the value from which it is in the top third
 */
public record PieceStyle(double[] lowerCuts, double[] upperCuts) {

    /** Every style word starts so; the letter and the level follow ({@code STYLE_D2}). */
    public static final String PREFIX = "STYLE_";
    private static final String LETTERS = "DOLPV";
    private static final int TOUCH = 4;
    private static final List<String> ALL_WORDS = everyWord();

    public PieceStyle {
        if (lowerCuts == null || upperCuts == null || lowerCuts.length != LETTERS.length()
                || upperCuts.length != LETTERS.length()) {
            throw new IllegalArgumentException("a piece style has " + LETTERS.length() + " lower and upper cuts");
        }
        lowerCuts = lowerCuts.clone();
        upperCuts = upperCuts.clone();
    }

    /** The thirds of these files' figures (the velocity word: one velocity, then the median of the others). */
    public static PieceStyle of(List<List<String>> files) {
        double[][] figures = files.stream().map(PieceStyle::figures).toArray(double[][]::new);
        double[] lower = new double[LETTERS.length()];
        double[] upper = new double[LETTERS.length()];
        for (int word = 0; word < LETTERS.length(); word++) {
            final int w = word;
            double[] sorted = Arrays.stream(figures).mapToDouble(f -> f[w]).sorted().toArray();
            if (word == TOUCH) {
                double[] shaped = Arrays.stream(sorted).filter(v -> v > 0).toArray();
                lower[word] = Double.MIN_VALUE;
                upper[word] = shaped.length == 0 ? Double.MAX_VALUE : shaped[shaped.length / 2];
            } else {
                lower[word] = sorted.length == 0 ? 0 : sorted[sorted.length / 3];
                upper[word] = sorted.length == 0 ? 0 : sorted[2 * sorted.length / 3];
            }
        }
        return new PieceStyle(lower, upper);
    }

    /** The file's five words. */
    public List<String> wordsOf(List<String> file) {
        double[] figures = figures(file);
        List<String> words = new ArrayList<>(LETTERS.length());
        for (int word = 0; word < LETTERS.length(); word++) {
            int level = figures[word] < lowerCuts[word] ? 0 : figures[word] < upperCuts[word] ? 1 : 2;
            words.add(PREFIX + LETTERS.charAt(word) + level);
        }
        return words;
    }

    /** The file as the model reads it: its words after every bar line. */
    public List<String> conditioned(List<String> file) {
        List<String> words = wordsOf(file);
        List<String> tokens = new ArrayList<>(file.size() + words.size() * 32);
        for (String token : file) {
            tokens.add(token);
            if (token.equals(RemiTokens.BAR)) {
                tokens.addAll(words);
            }
        }
        return tokens;
    }

    /** Every file {@link #conditioned}. */
    public List<List<String>> conditionedFiles(List<List<String>> files) {
        return files.stream().map(this::conditioned).toList();
    }

    /** Every word there is, all five at each level: a model's vocabulary holds them all. */
    public static List<String> allWords() {
        return ALL_WORDS;
    }

    private static List<String> everyWord() {
        List<String> words = new ArrayList<>();
        for (char letter : LETTERS.toCharArray()) {
            for (int level = 0; level < 3; level++) {
                words.add(PREFIX + letter + level);
            }
        }
        return List.copyOf(words);
    }

    public static boolean isWord(String token) {
        return token.startsWith(PREFIX);
    }

    /** Notes per bar, onsets per bar, mean log2 length in beats, notes per onset, SD of the velocity bins. */
    static double[] figures(List<String> file) {
        int bars = 0;
        int notes = 0;
        int onsets = 0;
        double logLengths = 0;
        List<Integer> bins = new ArrayList<>();
        int lastPosition = -1;
        for (String token : file) {
            if (token.equals(RemiTokens.BAR)) {
                bars++;
                lastPosition = -1;
            } else if (token.startsWith(RemiTokens.POSITION)) {
                int position = RemiTokens.valueOf(token, RemiTokens.POSITION);
                onsets += position != lastPosition ? 1 : 0;
                lastPosition = position;
            } else if (token.startsWith(RemiTokens.PITCH)) {
                notes++;
            } else if (token.startsWith(RemiTokens.DURATION)) {
                int steps = Math.max(1, RemiTokens.valueOf(token, RemiTokens.DURATION));
                logLengths += Math.log((double) steps / RemiTokens.STEPS_PER_BEAT) / Math.log(2);
            } else if (token.startsWith(RemiTokens.VELOCITY)) {
                bins.add(RemiTokens.valueOf(token, RemiTokens.VELOCITY));
            }
        }
        double meanBin = bins.stream().mapToInt(Integer::intValue).average().orElse(0);
        double binSd = Math.sqrt(bins.stream().mapToDouble(b -> (b - meanBin) * (b - meanBin)).average().orElse(0));
        int perBar = Math.max(1, bars);
        return new double[] {(double) notes / perBar, (double) onsets / perBar,
                notes == 0 ? 0 : logLengths / notes, onsets == 0 ? 0 : (double) notes / onsets, binSd};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PieceStyle that && Arrays.equals(lowerCuts, that.lowerCuts)
                && Arrays.equals(upperCuts, that.upperCuts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lowerCuts) + Arrays.hashCode(upperCuts);
    }

    @Override
    public String toString() {
        return "PieceStyle" + Arrays.toString(lowerCuts) + Arrays.toString(upperCuts);
    }
}
