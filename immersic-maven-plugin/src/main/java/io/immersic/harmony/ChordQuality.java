package io.immersic.harmony;

import java.util.Arrays;

/**
 * The chord templates Immersic knows: what a chord symbol's suffix means in pitch classes.
 *
 * <p>{@link #intervals()} are pitch-class offsets from the root (0..11, so a ninth is written 2 and a thirteenth 9),
 * ascending, because the templates are matched against 12-bin pitch-class profiles where octaves do not exist.
 *
 * <p>{@link #guideIntervals()} are the tones a bar must hold to "voice" the chord: root, third (or the sus tone) and
 * seventh for seventh and extended chords (the ninth, eleventh or thirteenth is implied), root/third/fifth for
 * triads, root/third/sixth for sixth chords, root/b3/bb7 for dim7. Added-tone chords (add9, madd9, 6/9) also
 * require their added ninth, since without it they are plain triads or sixth chords.
 *
 * <p>{@link #SEVEN_ALT} is a design decision: the full altered scale (0,1,3,4,6,8,10) matches almost any profile,
 * so the template is the dominant seventh with b9, #9 and #5 (0,1,3,4,8,10) and no fifth.
 */
public enum ChordQuality {
    MAJOR("", "maj", new int[] {0, 4, 7}, new int[] {0, 4, 7}),
    MINOR("m", "m", new int[] {0, 3, 7}, new int[] {0, 3, 7}),
    DIMINISHED("dim", "dim", new int[] {0, 3, 6}, new int[] {0, 3, 6}),
    AUGMENTED("aug", "aug", new int[] {0, 4, 8}, new int[] {0, 4, 8}),
    SUS2("sus2", "sus2", new int[] {0, 2, 7}, new int[] {0, 2, 7}),
    SUS4("sus4", "sus4", new int[] {0, 5, 7}, new int[] {0, 5, 7}),
    SIX("6", "6", new int[] {0, 4, 7, 9}, new int[] {0, 4, 9}),
    MINOR_SIX("m6", "m6", new int[] {0, 3, 7, 9}, new int[] {0, 3, 9}),
    SEVEN("7", "7", new int[] {0, 4, 7, 10}, new int[] {0, 4, 10}),
    MAJOR_SEVEN("maj7", "maj7", new int[] {0, 4, 7, 11}, new int[] {0, 4, 11}),
    MINOR_SEVEN("m7", "m7", new int[] {0, 3, 7, 10}, new int[] {0, 3, 10}),
    MINOR_MAJOR_SEVEN("mMaj7", "mMaj7", new int[] {0, 3, 7, 11}, new int[] {0, 3, 11}),
    HALF_DIMINISHED("m7b5", "m7b5", new int[] {0, 3, 6, 10}, new int[] {0, 3, 10}),
    DIMINISHED_SEVEN("dim7", "dim7", new int[] {0, 3, 6, 9}, new int[] {0, 3, 9}),
    SEVEN_SUS4("7sus4", "7sus4", new int[] {0, 5, 7, 10}, new int[] {0, 5, 10}),
    ADD9("add9", "add9", new int[] {0, 2, 4, 7}, new int[] {0, 2, 4}),
    MINOR_ADD9("madd9", "madd9", new int[] {0, 2, 3, 7}, new int[] {0, 2, 3}),
    SIX_NINE("6/9", "69", new int[] {0, 2, 4, 7, 9}, new int[] {0, 2, 4, 9}),
    NINE("9", "9", new int[] {0, 2, 4, 7, 10}, new int[] {0, 4, 10}),
    MAJOR_NINE("maj9", "maj9", new int[] {0, 2, 4, 7, 11}, new int[] {0, 4, 11}),
    MINOR_NINE("m9", "m9", new int[] {0, 2, 3, 7, 10}, new int[] {0, 3, 10}),
    /** Dominant eleventh with the third omitted, as it is usually voiced (the 11 clashes with a major third). */
    ELEVEN("11", "11", new int[] {0, 2, 5, 7, 10}, new int[] {0, 5, 10}),
    MINOR_ELEVEN("m11", "m11", new int[] {0, 2, 3, 5, 7, 10}, new int[] {0, 3, 10}),
    /** Dominant thirteenth with the ninth and without the eleventh (avoid note over a major third). */
    THIRTEEN("13", "13", new int[] {0, 2, 4, 7, 9, 10}, new int[] {0, 4, 10}),
    MAJOR_THIRTEEN("maj13", "maj13", new int[] {0, 2, 4, 7, 9, 11}, new int[] {0, 4, 11}),
    MINOR_THIRTEEN("m13", "m13", new int[] {0, 2, 3, 7, 9, 10}, new int[] {0, 3, 10}),
    SEVEN_FLAT_NINE("7b9", "7b9", new int[] {0, 1, 4, 7, 10}, new int[] {0, 4, 10}),
    SEVEN_SHARP_NINE("7#9", "7#9", new int[] {0, 3, 4, 7, 10}, new int[] {0, 4, 10}),
    SEVEN_FLAT_FIVE("7b5", "7b5", new int[] {0, 4, 6, 10}, new int[] {0, 4, 10}),
    SEVEN_SHARP_FIVE("7#5", "7#5", new int[] {0, 4, 8, 10}, new int[] {0, 4, 10}),
    SEVEN_SHARP_ELEVEN("7#11", "7#11", new int[] {0, 4, 6, 7, 10}, new int[] {0, 4, 10}),
    SEVEN_FLAT_THIRTEEN("7b13", "7b13", new int[] {0, 4, 7, 8, 10}, new int[] {0, 4, 10}),
    /** Dominant seventh with b9, #9 and #5 and no fifth; see the class comment for why not the full altered scale. */
    SEVEN_ALT("7alt", "7alt", new int[] {0, 1, 3, 4, 8, 10}, new int[] {0, 4, 10}),
    MAJOR_SEVEN_SHARP_ELEVEN("maj7#11", "maj7#11", new int[] {0, 4, 6, 7, 11}, new int[] {0, 4, 11});

    private final String suffix;
    private final String tokenName;
    private final int[] intervals;
    private final int[] guideIntervals;

    ChordQuality(String suffix, String tokenName, int[] intervals, int[] guideIntervals) {
        this.suffix = suffix;
        this.tokenName = tokenName;
        this.intervals = intervals;
        this.guideIntervals = guideIntervals;
    }

    /** The suffix as written after the root in a chord symbol, e.g. {@code "m7b5"}; empty for a major triad. */
    public String suffix() {
        return suffix;
    }

    /** A unique name made of letters, digits, 'b' and '#' only, so it can sit inside a token. */
    public String tokenName() {
        return tokenName;
    }

    /** Pitch-class offsets from the root, ascending, starting with 0 (a copy: the caller may change it). */
    public int[] intervals() {
        return intervals.clone();
    }

    /** The tones that identify the chord in a voicing (a copy), see the class comment. */
    public int[] guideIntervals() {
        return guideIntervals.clone();
    }

    /**
     * The interval that gives the chord its colour in place of a third: the major third if the template has one
     * (so 7#9 counts its major third, not the #9), else the minor third, else the sus tone (4th, then 2nd).
     */
    public int thirdInterval() {
        for (int candidate : new int[] {4, 3, 5, 2}) {
            if (Arrays.binarySearch(intervals, candidate) >= 0) {
                return candidate;
            }
        }
        throw new IllegalStateException(this + " has no third");
    }

    /** Whether the template holds this pitch-class offset from the root. */
    public boolean hasInterval(int semitones) {
        return Arrays.binarySearch(intervals, Math.floorMod(semitones, 12)) >= 0;
    }
}
