package io.immersic.generation;

import io.immersic.harmony.Chord;
import io.immersic.harmony.Key;

/**
 * What one bar may play, on top of the grammar: pitch classes that belong to its chord and key, a register, and
 * voicing that a pianist's hand could strike (each chord's notes rising and struck at one dynamic, no key struck twice
 * at once, no three neighbouring semitones). The model chooses among what is left, so its learned voicing and rhythm
 * survive while its harmonic slips do not.
 *
 * @param chord the bar's chord (null: no chord, the key's scale alone)
 * @param pitchClasses the pitch classes notes may have
 * @param low the lowest pitch allowed
 * @param high the highest pitch allowed
 * @param startOnTheBeat the first note must start on the bar line (a track's first bar: no leading silence)
 * @param figure the onsets the bar replays (the loop's comping figure), or null when it is free
 * @param rootInBass the chord changes here: the bar's first note is the chord's root, in the register's lowest octave,
 *                   and no note goes below it (the left hand states the new harmony)
 * @param line a top line's rules (one note at a time, chord tones on the strong beats), or null for the keys' chords
 */
record BarRules(Chord chord, boolean[] pitchClasses, int low, int high, boolean startOnTheBeat, Strikes figure,
                boolean rootInBass, Line line) {

    /** The comping hand's rules: chords, no top-line constraints. */
    BarRules(Chord chord, boolean[] pitchClasses, int low, int high, boolean startOnTheBeat, Strikes figure,
             boolean rootInBass) {
        this(chord, pitchClasses, low, high, startOnTheBeat, figure, rootInBass, null);
    }

    /**
     * A melody's rules: one note per onset (a voice or a lead plays one note at a time), a chord tone wherever a note
     * starts on a strong beat (every {@code strongEverySteps} grid steps from the bar line), and no leap wider than
     * {@code maxLeap} semitones from the line's last note (what a singer or a player's right hand phrases).
     */
    record Line(int strongEverySteps, int maxLeap) {}

    /** A bar's strikes in order: their positions in the bar and each one's velocity tokens, note by note. */
    record Strikes(int[] positions, int[][] velocities) {}

    /**
     * Chord tones, plus the key's other scale tones that do not sit a semitone above a chord tone (the "avoid notes"
     * that clash with the chord, such as F over C major).
     */
    static boolean[] chordScale(Chord chord, Key key) {
        boolean[] allowed = new boolean[12];
        boolean[] tones = chord == null ? new boolean[12] : chord.pitchClasses();
        for (int pc = 0; pc < 12; pc++) {
            boolean avoid = tones[Math.floorMod(pc - 1, 12)] && !tones[pc];
            allowed[pc] = tones[pc] || (key.contains(pc) && !avoid);
        }
        return allowed;
    }
}
