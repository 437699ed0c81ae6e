package io.immersic.harmony;

/**
 * Reads and writes root names for chord symbols and keys. Chord symbols spell roots the way lead sheets do
 * (C# and F# with sharps, Eb, Ab and Bb with flats), unlike music21's "B-" used for MIDI note names.
 */
final class Spelling {

    private static final String[] NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    private static final int[] NATURALS = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G

    private Spelling() {}

    /** A pitch class read from the start of a text: its value and how many characters it took. */
    record Root(int pitchClass, int length) {}

    /** The lead-sheet name of a pitch class, e.g. 10 gives "Bb". */
    static String name(int pitchClass) {
        return NAMES[Math.floorMod(pitchClass, 12)];
    }

    /**
     * The root at the start of the text: a letter A–G in either case, then optionally one sharp ('#', '♯') or
     * flat ('b', '♭', and '-' when {@code dashIsFlat}, for music21 names); null when the text does not start so.
     */
    static Root read(String text, boolean dashIsFlat) {
        if (text.isEmpty()) {
            return null;
        }
        char letter = Character.toUpperCase(text.charAt(0));
        if (letter < 'A' || letter > 'G') {
            return null;
        }
        int pitchClass = NATURALS[letter - 'A'];
        if (text.length() > 1) {
            char accidental = text.charAt(1);
            if (accidental == '#' || accidental == '♯') {
                return new Root(Math.floorMod(pitchClass + 1, 12), 2);
            }
            if (accidental == 'b' || accidental == '♭' || (dashIsFlat && accidental == '-')) {
                return new Root(Math.floorMod(pitchClass - 1, 12), 2);
            }
        }
        return new Root(pitchClass, 1);
    }

    /** Throws unless the value is a pitch class 0..11; records call it to validate themselves. */
    static void requirePitchClass(int pitchClass, String what) {
        if (pitchClass < 0 || pitchClass > 11) {
            throw new IllegalArgumentException(what + " must be a pitch class 0..11, got " + pitchClass);
        }
    }
}
