package io.immersic.harmony;

import java.util.List;

/**
 * Names harmonies by template matching in the style of Pardo and Birmingham (2002): every root and quality is
 * scored against a pitch-class profile, and the best score wins. It also spots semitone clusters; whether a struck
 * set is a conventional chord is {@link StrictChords}'s to say.
 */
public final class ChordDetector {

    /** Cost of each template tone that does not sound, so the simplest chord explaining the notes wins. */
    static final double MISSING_TONE_PENALTY = 0.1;
    /**
     * Reward when the root is the lowest note. It must beat the root-present bonus plus one missing tone (so
     * E-G-B-D over a C bass is Cmaj9, not Em7) yet stay below half a profile (so F-A-C-E over C stays Fmaj7).
     */
    static final double BASS_ROOT_BONUS = 0.15;
    /** Small reward when the root sounds at all, so rooted readings beat rootless ones of equal fit. */
    static final double ROOT_PRESENT_BONUS = 0.05;
    /**
     * Share of the profile below which a pitch class counts as silent for the penalty and root bonus (its weight
     * still counts), so a brief passing tone does not turn G7 into G9.
     */
    static final double PRESENCE_THRESHOLD = 0.05;
    private static final double TIE = 1e-9;

    /**
     * Which quality wins a tie of scores: common jazz/lo-fi chords first, and seventh chords before sixth chords
     * of the same pitch classes (A-C-E-G is Am7 rather than C6, E-G-B-D is Em7 rather than G6), since a bass that
     * would decide it gets its own bonus. Equal qualities fall back to the lowest root pitch class.
     */
    private static final List<ChordQuality> PREFERENCE = List.of(
            ChordQuality.MAJOR, ChordQuality.MINOR, ChordQuality.SEVEN, ChordQuality.MINOR_SEVEN,
            ChordQuality.MAJOR_SEVEN, ChordQuality.HALF_DIMINISHED, ChordQuality.DIMINISHED_SEVEN,
            ChordQuality.MINOR_NINE, ChordQuality.NINE, ChordQuality.MAJOR_NINE, ChordQuality.THIRTEEN,
            ChordQuality.MINOR_ELEVEN, ChordQuality.SEVEN_SUS4, ChordQuality.SUS4, ChordQuality.SUS2,
            ChordQuality.DIMINISHED, ChordQuality.AUGMENTED, ChordQuality.SIX, ChordQuality.MINOR_SIX,
            ChordQuality.SIX_NINE, ChordQuality.ADD9, ChordQuality.MINOR_ADD9, ChordQuality.MINOR_MAJOR_SEVEN,
            ChordQuality.MAJOR_THIRTEEN, ChordQuality.MINOR_THIRTEEN, ChordQuality.ELEVEN,
            ChordQuality.SEVEN_FLAT_NINE, ChordQuality.SEVEN_SHARP_NINE, ChordQuality.SEVEN_FLAT_FIVE,
            ChordQuality.SEVEN_SHARP_FIVE, ChordQuality.SEVEN_SHARP_ELEVEN, ChordQuality.SEVEN_FLAT_THIRTEEN,
            ChordQuality.MAJOR_SEVEN_SHARP_ELEVEN, ChordQuality.SEVEN_ALT);

    static {
        if (PREFERENCE.size() != ChordQuality.values().length) {
            throw new IllegalStateException("every chord quality needs a tie-break preference");
        }
    }

    private ChordDetector() {}

    /**
     * The chord that best explains a stretch of music, from its duration-weighted pitch-class profile (index
     * 0 = C) and its lowest sounding pitch class (-1 if unknown). score = profile weight inside the template −
     * weight outside − {@link #MISSING_TONE_PENALTY} per silent template tone + {@link #BASS_ROOT_BONUS} when the
     * root is the bass + {@link #ROOT_PRESENT_BONUS} when the root sounds, with the profile scaled to sum 1. A tone sounds
     * when it holds at least {@link #PRESENCE_THRESHOLD} of the profile; the bass counts as sounding even if the
     * profile lacks it (it may come from another part). Ties go by
     * {@link #PREFERENCE}, then by the lowest root.
     *
     * @return the chord, or null when fewer than 2 pitch classes sound
     */
    public static Chord label(double[] pitchClassWeights, int bassPitchClass) {
        double[] profile = normalised(pitchClassWeights);
        if (profile == null) {
            return null;
        }
        boolean[] sounding = new boolean[12];
        for (int pc = 0; pc < 12; pc++) {
            sounding[pc] = profile[pc] >= PRESENCE_THRESHOLD;
        }
        if (bassPitchClass >= 0) {
            sounding[bassPitchClass % 12] = true;
        }
        Chord best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (ChordQuality quality : PREFERENCE) {
            for (int root = 0; root < 12; root++) {
                double score = score(profile, sounding, root, quality, bassPitchClass);
                if (score > bestScore + TIE) {
                    bestScore = score;
                    best = new Chord(root, quality);
                }
            }
        }
        return best;
    }

    private static double score(double[] profile, boolean[] sounding, int root, ChordQuality quality, int bass) {
        double inside = 0;
        int missing = 0;
        for (int interval : quality.intervals()) {
            int pc = (root + interval) % 12;
            inside += profile[pc];
            if (!sounding[pc]) {
                missing++;
            }
        }
        double score = inside - (1 - inside) - MISSING_TONE_PENALTY * missing;
        if (bass >= 0 && root == bass % 12) {
            score += BASS_ROOT_BONUS;
        }
        if (sounding[root]) {
            score += ROOT_PRESENT_BONUS;
        }
        return score;
    }

    /** The profile scaled to sum 1, or null when fewer than 2 pitch classes have weight. */
    private static double[] normalised(double[] weights) {
        if (weights == null || weights.length != 12) {
            throw new IllegalArgumentException("a pitch-class profile has 12 weights (index 0 = C)");
        }
        double total = 0;
        int present = 0;
        for (double weight : weights) {
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("pitch-class weights cannot be negative or NaN");
            }
            total += weight;
            present += weight > 0 ? 1 : 0;
        }
        if (present < 2) {
            return null;
        }
        double[] profile = new double[12];
        for (int pc = 0; pc < 12; pc++) {
            profile[pc] = weights[pc] / total;
        }
        return profile;
    }

    /** Whether three pitch classes a semitone apart in a row sound (pc, pc+1, pc+2, wrapping B-C-C#). */
    public static boolean hasSemitoneCluster(boolean[] pitchClasses) {
        requireTwelve(pitchClasses);
        for (int pc = 0; pc < 12; pc++) {
            if (pitchClasses[pc] && pitchClasses[(pc + 1) % 12] && pitchClasses[(pc + 2) % 12]) {
                return true;
            }
        }
        return false;
    }

    private static void requireTwelve(boolean[] pitchClasses) {
        if (pitchClasses == null || pitchClasses.length != 12) {
            throw new IllegalArgumentException("a pitch-class set has 12 entries (index 0 = C)");
        }
    }
}
