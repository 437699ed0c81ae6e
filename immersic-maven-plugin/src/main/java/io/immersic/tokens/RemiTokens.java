package io.immersic.tokens;

/**
 * The event vocabulary, REMI style ("Pop Music Transformer", Huang and Yang 2020), one token a string:
 *
 * <pre>
 *   BAR        a new bar starts (the first token of every piece is BAR)
 *   CHORD_r_q  the bar's harmony: root pitch class r (0 = C) and quality q (see harmony.ChordQuality), right after
 *              BAR; a bar with no notes sounding has none
 *   POS_p      the next notes start p twelfths of a beat after the bar line (0 .. 12 x beats-per-bar - 1)
 *   VEL_v      the next note's velocity bin v (0..7, each 16 MIDI steps wide)
 *   PITCH_k    the next note's MIDI key k (exact, so chords keep voicing and octaves)
 *   DUR_d      the note's duration, d twelfths of a beat (from the binned set in {@link DurationBins})
 *   END        the piece is over
 * </pre>
 *
 * The chord is named from the notes sounding in the bar (harmony.ChordDetector), so the model learns voicing and rhythm
 * conditioned on the harmony, and generation can plan the harmony and let the model voice it.
 * A note is {@code POS_p VEL_v PITCH_k DUR_d}, POS written before every note, so a chord is its notes from the lowest
 * up, each at the same POS. Repeating the POS costs a token a note but keeps where the bar is one step from every
 * choice the model makes: with one POS per onset, a model had to remember it across a chord's notes and was unsure
 * of it (a trained model gave 13 % of its probability after a note to positions already passed, and half the
 * data's rate to the next grid step). A grid of 1/12 beat holds sixteenths (3) and eighth triplets (4) exactly.
 * Token files in the older form (one POS per onset) still decode and read as bars ({@code BarNotes}).
 */
public final class RemiTokens {

    public static final int STEPS_PER_BEAT = 12;
    public static final int VELOCITY_BINS = 8;
    public static final int VELOCITY_BIN_WIDTH = 128 / VELOCITY_BINS;

    public static final String BAR = "BAR";
    public static final String END = "END";
    public static final String POSITION = "POS_";
    public static final String VELOCITY = "VEL_";
    public static final String PITCH = "PITCH_";
    public static final String DURATION = "DUR_";
    public static final String CHORD = io.immersic.harmony.Chord.TOKEN_PREFIX;

    private RemiTokens() {}

    public static int velocityBin(int velocity) {
        return Math.min(VELOCITY_BINS - 1, velocity / VELOCITY_BIN_WIDTH);
    }

    /** The velocity a bin decodes to: the middle of the bin. */
    public static int velocityOf(int bin) {
        return Math.max(1, bin * VELOCITY_BIN_WIDTH + VELOCITY_BIN_WIDTH / 2);
    }

    /** Parses the number after a token's prefix, or -1 when the token does not start with that prefix. */
    public static int valueOf(String token, String prefix) {
        if (!token.startsWith(prefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(token.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Whether a token is one this representation writes: BAR, END, a chord, or POS/VEL/PITCH/DUR with a number in
     * range, or a texture word the model reads ({@link PieceStyle}). A model's vocabulary from outside the build (an
     * artifact) is checked with this before it is used.
     */
    public static boolean isWellFormed(String token) {
        if (token.equals(BAR) || token.equals(END) || PieceStyle.allWords().contains(token)) {
            return true;
        }
        if (token.startsWith(CHORD)) {
            return io.immersic.harmony.Chord.fromToken(token) != null;
        }
        int number;
        if ((number = valueOf(token, POSITION)) >= 0) {
            return number < STEPS_PER_BEAT * 64 && token.equals(POSITION + number);
        }
        if ((number = valueOf(token, VELOCITY)) >= 0) {
            return number < VELOCITY_BINS && token.equals(VELOCITY + number);
        }
        if ((number = valueOf(token, PITCH)) >= 0) {
            return number < 128 && token.equals(PITCH + number);
        }
        if ((number = valueOf(token, DURATION)) >= 0) {
            return number > 0 && number <= STEPS_PER_BEAT * 64 && token.equals(DURATION + number);
        }
        return false;
    }
}
