package io.immersic.harmony;

import java.util.Locale;

/**
 * A major or natural-minor key, used to check that chords belong to the music's tonality. It is a value, unlike
 * {@code KeyEstimator.Key}, which is a display name with a score; {@link #fromEstimate} converts.
 */
public record Key(int tonic, boolean minor) {

    private static final int[] MAJOR_STEPS = {0, 2, 4, 5, 7, 9, 11};
    private static final int[] MINOR_STEPS = {0, 2, 3, 5, 7, 8, 10};
    private static final String SYNTAX = "it must be a tonic A–G (optionally # or b, or music21's -) optionally"
            + " followed by major/maj or minor/min/m (e.g. \"D minor\", \"F# major\", \"Bb\", \"Dm\"; a lower-case"
            + " tonic alone, like \"d\", is minor)";

    public Key {
        Spelling.requirePitchClass(tonic, "a key's tonic");
    }

    /**
     * Reads "D minor", "D min", "Dm", "d", "D major", "D", "F# major", "Bb minor", "Eb" or "B- major". Mode words
     * are case-insensitive; a bare tonic is major when written upper-case and minor when lower-case, the usual
     * convention in analysis.
     *
     * @throws IllegalArgumentException naming the text, the part that is wrong and the accepted syntax
     */
    public static Key parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Spelling.Root root = Spelling.read(trimmed, true);
        if (root == null) {
            throw new IllegalArgumentException("'" + text + "' is not a key: " + SYNTAX);
        }
        String mode = trimmed.substring(root.length()).trim();
        boolean minor;
        if (mode.isEmpty()) {
            minor = Character.isLowerCase(trimmed.charAt(0));
        } else if (mode.equals("m")) {
            minor = true;
        } else if (mode.equals("M")) {
            minor = false;
        } else {
            minor = switch (mode.toLowerCase(Locale.ROOT)) {
                case "minor", "min" -> true;
                case "major", "maj" -> false;
                default -> throw new IllegalArgumentException("'" + text + "' is not a key: '" + mode
                        + "' is not a mode; " + SYNTAX);
            };
        }
        return new Key(root.pitchClass(), minor);
    }

    /**
     * The key named by {@code KeyEstimator}, e.g. "B- major" or "F# minor"; null for "unknown" (no notes), so
     * callers can treat a silent piece as keyless.
     */
    public static Key fromEstimate(String keyEstimatorName) {
        if (keyEstimatorName == null || keyEstimatorName.trim().equalsIgnoreCase("unknown")) {
            return null;
        }
        return parse(keyEstimatorName);
    }

    /** The name with lead-sheet spelling, e.g. "D minor", "Bb major". */
    public String name() {
        return Spelling.name(tonic) + (minor ? " minor" : " major");
    }

    /** The scale's pitch classes (index 0 = C): ionian for major, natural aeolian for minor. */
    public boolean[] scale() {
        boolean[] members = new boolean[12];
        for (int step : minor ? MINOR_STEPS : MAJOR_STEPS) {
            members[(tonic + step) % 12] = true;
        }
        return members;
    }

    /** Whether the pitch class (any integer, taken mod 12) is in the scale. */
    public boolean contains(int pitchClass) {
        return scale()[Math.floorMod(pitchClass, 12)];
    }

    /**
     * Whether the chord belongs to the key: its root is in the scale and at most one template tone is outside it,
     * so secondary colours (a G7b9's Ab in C major, a Dm6's B in A minor) are allowed but chromatic roots are not.
     */
    public boolean fits(Chord chord) {
        if (!contains(chord.root())) {
            return false;
        }
        boolean[] scale = scale();
        boolean[] tones = chord.pitchClasses();
        int outside = 0;
        for (int pc = 0; pc < 12; pc++) {
            if (tones[pc] && !scale[pc]) {
                outside++;
            }
        }
        return outside <= 1;
    }

    /** The key with the same mode, its tonic moved by any number of semitones. */
    public Key transpose(int semitones) {
        return new Key(Math.floorMod(tonic + semitones, 12), minor);
    }

    @Override
    public String toString() {
        return name();
    }
}
