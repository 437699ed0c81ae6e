package io.immersic.harmony;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strict chord vocabulary: whether a set of pitch classes struck together is a chord a musician would name.
 *
 * <p>A set of at least 3 distinct pitch classes is a conventional chord when, for some root r and some quality of
 * {@link #REQUIRED}, (1) every struck pitch class is a tone of that chord ({@link ChordQuality#intervals()} from r)
 * and (2) the set holds the quality's required tones, the ones that make the voicing complete enough to be heard as
 * that chord. Intervals are semitones above the root, modulo 12 (9th = 2, 11th = 5, 13th = 9):
 *
 * <table>
 * <caption>Required tones</caption>
 * <tr><th>quality</th><th>required</th></tr>
 * <tr><td>maj, m, dim, aug, sus2, sus4</td><td>all three tones</td></tr>
 * <tr><td>6, m6</td><td>third, sixth (root or fifth may be omitted)</td></tr>
 * <tr><td>6/9</td><td>third, sixth, ninth</td></tr>
 * <tr><td>7, maj7, m7, mMaj7</td><td>third, seventh (shell and rootless voicings count)</td></tr>
 * <tr><td>m7b5</td><td>b3, b5, b7</td></tr>
 * <tr><td>dim7</td><td>any three of its four tones</td></tr>
 * <tr><td>7sus4</td><td>fourth, b7, and root or fifth</td></tr>
 * <tr><td>add9, madd9</td><td>root, third, fifth, ninth (so C-D-E, root-9-3, is no chord)</td></tr>
 * <tr><td>9, maj9, m9</td><td>third, seventh, ninth</td></tr>
 * <tr><td>11, m11</td><td>seventh, eleventh, and third or ninth (the dominant 11 template has no third, so it needs
 * the ninth)</td></tr>
 * <tr><td>13, maj13, m13</td><td>third, seventh, thirteenth</td></tr>
 * <tr><td>7b9, 7#9, 7b5, 7#5, 7#11, 7b13</td><td>third, b7, the alteration</td></tr>
 * </table>
 *
 * <p>Left out on purpose: {@link ChordQuality#SEVEN_ALT} (its template, b9 #9 #5 together, is a scale more than a
 * chord and would accept near-clusters) and {@link ChordQuality#MAJOR_SEVEN_SHARP_ELEVEN}, which are in the
 * generator's vocabulary but not in this list; and the augmented major seventh (C-E-G#-B), which no quality here
 * holds, so it counts as no conventional chord: it is rare in lo-fi, and a generator striking it is more likely wrong
 * than daring. Fewer than 3 pitch classes are an interval or a note, not judged at all.
 *
 * <p>A rootless reading of a set with two or more semitone clashes is refused: C-Db-G-Ab is a rootless Bbm13 (b3 b7 9
 * 13) on paper, two minor seconds in the hand.
 */
public final class StrictChords {

    /** Distinct pitch classes a struck set needs to be judged as a chord. */
    public static final int MIN_PITCH_CLASSES = 3;

    /** "At least {@code atLeast} of these intervals must sound." */
    record Tones(int atLeast, int... intervals) {}

    /** Every quality of the strict vocabulary, in the order readings are tried, with its required tones. */
    static final Map<ChordQuality, List<Tones>> REQUIRED = table();

    private StrictChords() {}

    private static Map<ChordQuality, List<Tones>> table() {
        Map<ChordQuality, List<Tones>> t = new LinkedHashMap<>();
        t.put(ChordQuality.MAJOR, all(0, 4, 7));
        t.put(ChordQuality.MINOR, all(0, 3, 7));
        t.put(ChordQuality.DIMINISHED, all(0, 3, 6));
        t.put(ChordQuality.AUGMENTED, all(0, 4, 8));
        t.put(ChordQuality.SUS2, all(0, 2, 7));
        t.put(ChordQuality.SUS4, all(0, 5, 7));
        t.put(ChordQuality.SEVEN, all(4, 10));
        t.put(ChordQuality.MAJOR_SEVEN, all(4, 11));
        t.put(ChordQuality.MINOR_SEVEN, all(3, 10));
        t.put(ChordQuality.MINOR_MAJOR_SEVEN, all(3, 11));
        t.put(ChordQuality.HALF_DIMINISHED, all(3, 6, 10));
        t.put(ChordQuality.DIMINISHED_SEVEN, List.of(new Tones(3, 0, 3, 6, 9)));
        t.put(ChordQuality.SEVEN_SUS4, with(all(5, 10), new Tones(1, 0, 7)));
        t.put(ChordQuality.SIX, all(4, 9));
        t.put(ChordQuality.MINOR_SIX, all(3, 9));
        t.put(ChordQuality.SIX_NINE, all(4, 9, 2));
        t.put(ChordQuality.ADD9, all(0, 4, 7, 2));
        t.put(ChordQuality.MINOR_ADD9, all(0, 3, 7, 2));
        t.put(ChordQuality.NINE, all(4, 10, 2));
        t.put(ChordQuality.MAJOR_NINE, all(4, 11, 2));
        t.put(ChordQuality.MINOR_NINE, all(3, 10, 2));
        t.put(ChordQuality.ELEVEN, all(10, 5, 2)); // the template has no third: "third or ninth" is the ninth
        t.put(ChordQuality.MINOR_ELEVEN, with(all(10, 5), new Tones(1, 3, 2)));
        t.put(ChordQuality.THIRTEEN, all(4, 10, 9));
        t.put(ChordQuality.MAJOR_THIRTEEN, all(4, 11, 9));
        t.put(ChordQuality.MINOR_THIRTEEN, all(3, 10, 9));
        t.put(ChordQuality.SEVEN_FLAT_NINE, all(4, 10, 1));
        t.put(ChordQuality.SEVEN_SHARP_NINE, all(4, 10, 3));
        t.put(ChordQuality.SEVEN_FLAT_FIVE, all(4, 10, 6));
        t.put(ChordQuality.SEVEN_SHARP_FIVE, all(4, 10, 8));
        t.put(ChordQuality.SEVEN_SHARP_ELEVEN, all(4, 10, 6));
        t.put(ChordQuality.SEVEN_FLAT_THIRTEEN, all(4, 10, 8));
        for (Map.Entry<ChordQuality, List<Tones>> entry : t.entrySet()) {
            for (Tones tones : entry.getValue()) {
                for (int interval : tones.intervals()) {
                    if (!entry.getKey().hasInterval(interval)) {
                        throw new IllegalStateException(entry.getKey() + " requires " + interval + ", not its tone");
                    }
                }
            }
        }
        return Collections.unmodifiableMap(t);
    }

    private static List<Tones> all(int... intervals) {
        List<Tones> tones = new ArrayList<>();
        for (int interval : intervals) {
            tones.add(new Tones(1, interval));
        }
        return tones;
    }

    private static List<Tones> with(List<Tones> tones, Tones more) {
        List<Tones> joined = new ArrayList<>(tones);
        joined.add(more);
        return joined;
    }

    /** Whether the struck set is a conventional chord (see the class comment). */
    public static boolean conventional(boolean[] pitchClasses) {
        return reading(pitchClasses) != null;
    }

    /**
     * The first chord of the vocabulary the struck set voices, trying qualities in the order of {@link #REQUIRED}
     * (triads, sus, seventh chords, sixth and added-tone chords, extensions, altered dominants) and roots from C
     * upwards, so E-G-B-D reads as Em7 rather than G6 or rootless Cmaj9; null when none does. Only whether there is
     * a reading matters to {@link #conventional}; the order just makes the reading a plain one.
     *
     * @throws IllegalArgumentException for fewer than {@value #MIN_PITCH_CLASSES} pitch classes, which are not judged
     */
    public static Chord reading(boolean[] pitchClasses) {
        if (pitchClasses == null || pitchClasses.length != 12) {
            throw new IllegalArgumentException("a pitch-class set has 12 entries (index 0 = C)");
        }
        int count = 0;
        for (boolean member : pitchClasses) {
            count += member ? 1 : 0;
        }
        if (count < MIN_PITCH_CLASSES) {
            throw new IllegalArgumentException("fewer than " + MIN_PITCH_CLASSES + " pitch classes are not judged");
        }
        boolean dense = semitoneClashes(pitchClasses) >= 2;
        for (Map.Entry<ChordQuality, List<Tones>> entry : REQUIRED.entrySet()) {
            for (int root = 0; root < 12; root++) {
                if ((pitchClasses[root] || !dense) && voices(pitchClasses, root, entry.getKey(), entry.getValue())) {
                    return new Chord(root, entry.getKey());
                }
            }
        }
        return null;
    }

    private static int semitoneClashes(boolean[] pitchClasses) {
        int clashes = 0;
        for (int pc = 0; pc < 12; pc++) {
            clashes += pitchClasses[pc] && pitchClasses[(pc + 1) % 12] ? 1 : 0;
        }
        return clashes;
    }

    private static boolean voices(boolean[] pitchClasses, int root, ChordQuality quality, List<Tones> required) {
        for (int pc = 0; pc < 12; pc++) {
            if (pitchClasses[pc] && !quality.hasInterval(pc - root)) {
                return false;
            }
        }
        for (Tones tones : required) {
            int sounding = 0;
            for (int interval : tones.intervals()) {
                sounding += pitchClasses[(root + interval) % 12] ? 1 : 0;
            }
            if (sounding < tones.atLeast()) {
                return false;
            }
        }
        return true;
    }
}
