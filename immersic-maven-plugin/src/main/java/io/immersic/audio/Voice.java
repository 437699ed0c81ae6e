package io.immersic.audio;

/** An instrument: each note it plays is a {@link Strike}, which the part's player renders a block at a time. */
interface Voice {

    /**
     * @param pitch MIDI key
     * @param velocity MIDI velocity 1..127
     * @param startFrame first frame of the note
     * @param heldFrames frames until the key is released; the note then rings out in its release
     * @param noteIndex the note's position in the piece, to seed anything random in it
     * @param trackFrames the track's length: nothing sounds past it
     * @return the note's sound, or null when it would start at or past the track's end
     */
    Strike strike(int pitch, int velocity, int startFrame, int heldFrames, long noteIndex, int trackFrames);

    /**
     * Called before each block's notes are added, for every block of the track in order: a voice whose sound moves on
     * the piece's clock (a tremolo that pans every note together) computes that block's share of it here.
     */
    default void beforeBlock(int from, int count) {}

    static double frequency(int pitch) {
        return 440.0 * StrictMath.pow(2, (pitch - 69) / 12.0);
    }
}
