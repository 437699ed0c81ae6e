package io.immersic.analysis;

import io.immersic.harmony.Chord;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * How a piece's first four bars are built: which bars share a chord, and which replay an earlier bar note for note.
 * A letter names each bar, the first new one A, the next new one B: chords "ABAB" are a two-chord vamp and "AABC" a
 * chord held for two bars; bars "ABAB" are a 2-bar loop played twice, "ABCD" four bars each played its own way.
 * Producers build loops so: in the lofi-progressions' 92 four-bar windows the chords run ABCD 35 times, ABAB 18,
 * ABAC 9, AABC 9, AABB 6; the bars ABCD 70 times, ABAB 10, ABAC 6 (a fifth of the windows replay a bar exactly).
 * A generated loop played by a piece's hands follows that piece's shape: a bar with an earlier bar's letter in
 * {@code bars} is that bar again; one with an earlier letter in {@code chords} plays that bar's chord anew.
 *
 * @param chords one letter per bar for its chord
 * @param bars   one letter per bar for what it plays (positions and pitches; two equal bars share a chord too)
 */
public record LoopShape(String chords, String bars) {

    /** The bars a shape describes: the 4-bar loop, lo-fi's usual one. */
    public static final int BARS = 4;

    public LoopShape {
        if (chords == null || bars == null || chords.length() != BARS || bars.length() != BARS
                || !lettered(chords) || !lettered(bars)) {
            throw new IllegalArgumentException("a loop shape is two words of " + BARS
                    + " letters, each new letter the next of the alphabet: " + chords + "/" + bars);
        }
        for (int bar = 0; bar < BARS; bar++) {
            int replayed = bars.indexOf(bars.charAt(bar));
            if (chords.charAt(replayed) != chords.charAt(bar)) {
                throw new IllegalArgumentException("bar " + (bar + 1) + " replays bar " + (replayed + 1)
                        + " but not its chord: " + chords + "/" + bars);
            }
        }
    }

    /**
     * The shape of a file's first four bars; a file of fewer is a shorter loop, read as it is played, over and over
     * (2 bars: ABAB; 3: ABCA); null for a file without a bar. Nine of the lofi-progressions are 2- or 3-bar loops;
     * given no shape, their hands' loops took a new chord every bar.
     */
    public static LoopShape of(List<String> tokens) {
        List<Chord> chordOfBar = CorpusStyle.barChords(tokens);
        if (chordOfBar.isEmpty()) {
            return null;
        }
        List<String> strikesOfBar = new ArrayList<>();
        for (String token : tokens) {
            if (token.equals(RemiTokens.BAR)) {
                strikesOfBar.add("");
            } else if (!strikesOfBar.isEmpty()
                    && (token.startsWith(RemiTokens.POSITION) || token.startsWith(RemiTokens.PITCH))) {
                strikesOfBar.set(strikesOfBar.size() - 1, strikesOfBar.get(strikesOfBar.size() - 1) + token + " ");
            }
        }
        List<Chord> chords = new ArrayList<>();
        List<String> barKeys = new ArrayList<>();
        for (int bar = 0; bar < BARS; bar++) {
            int played = bar % chordOfBar.size();
            chords.add(chordOfBar.get(played));
            barKeys.add(chordOfBar.get(played) + "|" + strikesOfBar.get(played));
        }
        return new LoopShape(letters(chords), letters(barKeys));
    }

    /** The first bar with {@code bar}'s chord letter: {@code bar} itself when its chord is new. */
    public int chordSourceOf(int bar) {
        return chords.indexOf(chords.charAt(bar));
    }

    /** The first bar that {@code bar} replays note for note: {@code bar} itself when it is new. */
    public int barSourceOf(int bar) {
        return bars.indexOf(bars.charAt(bar));
    }

    private static String letters(List<?> values) {
        StringBuilder letters = new StringBuilder();
        List<Object> seen = new ArrayList<>();
        for (Object value : values) {
            if (!seen.contains(value)) {
                seen.add(value);
            }
            letters.append((char) ('A' + seen.indexOf(value)));
        }
        return letters.toString();
    }

    /** Whether each letter is either an earlier one or the next new one, starting at A. */
    private static boolean lettered(String word) {
        char next = 'A';
        for (char letter : word.toCharArray()) {
            if (letter == next) {
                next++;
            } else if (letter < 'A' || letter > next) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return chords + "/" + bars;
    }
}
