package io.immersic.tokens;

/**
 * Note names the way music21 writes them (and the notebooks stored them): C C# D E- E F F# G G# A B- B, then the
 * octave, with C4 = MIDI 60. Parsing also accepts other spellings (D-, A#, B#, E--, lower case letters).
 */
public final class NoteNames {

    private static final String[] NAMES = {"C", "C#", "D", "E-", "E", "F", "F#", "G", "G#", "A", "B-", "B"};
    /** As musicians (and {@code harmony.Chord.symbol()}) spell them: sharps for C# and F#, flats for Eb, Ab, Bb. */
    private static final String[] SPELLED = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    private static final int[] LETTER_PITCH_CLASS = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G

    private NoteNames() {}

    /** The pitch-class name without an octave, e.g. {@code B-}. */
    public static String pitchClassName(int pitch) {
        return NAMES[Math.floorMod(pitch, 12)];
    }

    /** The full name of a MIDI key, e.g. 66 gives {@code F#4}. */
    public static String name(int pitch) {
        return pitchClassName(pitch) + (Math.floorDiv(pitch, 12) - 1);
    }

    /**
     * A name of music21's as a musician reads it, for display only: {@code E-} gives {@code Eb}, {@code B-3} gives
     * {@code Bb3}, {@code E- major} gives {@code Eb major}, {@code A#} gives {@code Bb}. The files keep music21's names;
     * a text that does not start with a note name (or is null) comes back unchanged.
     */
    public static String spelled(String name) {
        if (name == null || name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'G') {
            return name;
        }
        int pitchClass = LETTER_PITCH_CLASS[name.charAt(0) - 'A'];
        int i = 1;
        while (i < name.length() && (name.charAt(i) == '#' || name.charAt(i) == '-')) {
            pitchClass += name.charAt(i) == '#' ? 1 : -1;
            i++;
        }
        String rest = name.substring(i);
        if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            try { // a pitch: read as parse() reads it (as the analysis orders them), then spelled
                int pitch = parse(name);
                return SPELLED[pitch % 12] + (pitch / 12 - 1);
            } catch (IllegalArgumentException e) {
                return name;
            }
        }
        if (!rest.isEmpty() && rest.charAt(0) != ' ') {
            return name; // not a note name, e.g. "Dorian"
        }
        return SPELLED[Math.floorMod(pitchClass, 12)] + rest;
    }

    /**
     * The MIDI key of a note name such as {@code F#5} or {@code B-4}.
     *
     * @throws IllegalArgumentException when the text is not a note name
     */
    public static int parse(String name) {
        String text = name.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty note name");
        }
        char letter = Character.toUpperCase(text.charAt(0));
        if (letter < 'A' || letter > 'G') {
            throw new IllegalArgumentException("'" + name + "' does not start with a note letter A-G");
        }
        int pitchClass = LETTER_PITCH_CLASS[letter - 'A'];
        int i = 1;
        while (i < text.length() && (text.charAt(i) == '#' || text.charAt(i) == '-')) {
            pitchClass += text.charAt(i) == '#' ? 1 : -1;
            i++;
        }
        if (i == text.length()) {
            throw new IllegalArgumentException("'" + name + "' has no octave number");
        }
        int octave;
        try {
            octave = Integer.parseInt(text.substring(i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' has no valid octave number");
        }
        int pitch = (octave + 1) * 12 + pitchClass;
        if (pitch < 0 || pitch > 127) {
            throw new IllegalArgumentException("'" + name + "' is outside the MIDI range");
        }
        return pitch;
    }
}
