package io.immersic.harmony;

import java.util.Objects;

/**
 * A chord as a root pitch class (0 = C) and a quality; the bass of a slash chord is not part of it, because the
 * generator voices chords itself and only needs to know which pitch classes belong to the harmony.
 */
public record Chord(int root, ChordQuality quality) {

    /** Every chord token starts with this, so chord tokens are easy to tell from note tokens. */
    public static final String TOKEN_PREFIX = "CHORD_";

    public Chord {
        Spelling.requirePitchClass(root, "a chord root");
        Objects.requireNonNull(quality, "quality");
    }

    /** The lead-sheet symbol, e.g. "Dm9", "F#maj7", "Bbm7b5" (sharps for C# and F#, flats for Eb, Ab and Bb). */
    public String symbol() {
        return Spelling.name(root) + quality.suffix();
    }

    /** Which of the 12 pitch classes (index 0 = C) the chord's template holds. */
    public boolean[] pitchClasses() {
        boolean[] members = new boolean[12];
        for (int interval : quality.intervals()) {
            members[(root + interval) % 12] = true;
        }
        return members;
    }

    /** The guide tones as pitch classes, in the order of {@link ChordQuality#guideIntervals()}. */
    public int[] guidePitchClasses() {
        int[] guide = quality.guideIntervals();
        for (int i = 0; i < guide.length; i++) {
            guide[i] = (root + guide[i]) % 12;
        }
        return guide;
    }

    /** The chord as a token, e.g. "CHORD_2_m9"; numbers instead of names keep the vocabulary spelling-free. */
    public String token() {
        return TOKEN_PREFIX + root + "_" + quality.tokenName();
    }

    /** The chord a token names, or null when the token is not exactly one written by {@link #token()}. */
    public static Chord fromToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return null;
        }
        String rest = token.substring(TOKEN_PREFIX.length());
        int separator = rest.indexOf('_');
        if (separator < 1 || separator > 2) {
            return null;
        }
        int root;
        try {
            root = Integer.parseInt(rest.substring(0, separator));
        } catch (NumberFormatException e) {
            return null;
        }
        String tokenName = rest.substring(separator + 1);
        for (ChordQuality quality : ChordQuality.values()) {
            if (quality.tokenName().equals(tokenName) && root >= 0 && root < 12) {
                Chord chord = new Chord(root, quality);
                return chord.token().equals(token) ? chord : null;
            }
        }
        return null;
    }

    /** The same quality with the root moved by any number of semitones (negative moves down). */
    public Chord transpose(int semitones) {
        return new Chord(Math.floorMod(root + semitones, 12), quality);
    }

    @Override
    public String toString() {
        return symbol();
    }
}
