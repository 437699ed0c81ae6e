package io.immersic.audio;

/** An instrument: renders one note into a stereo buffer. */
interface Voice {

    /**
     * @param pitch MIDI key
     * @param velocity MIDI velocity 1..127
     * @param startFrame first frame of the note
     * @param heldFrames frames until the key is released; the note then rings out in its release
     * @param noteIndex the note's position in the piece, to seed anything random in it
     */
    void render(int pitch, int velocity, int startFrame, int heldFrames, long noteIndex, StereoBuffer out);

    static double frequency(int pitch) {
        return 440.0 * StrictMath.pow(2, (pitch - 69) / 12.0);
    }
}
