package io.immersic.audio;

/**
 * One note's sound from its first frame to its last, added into the track a block at a time. A strike carries what
 * its sound needs from one block to the next (a release's gain), so a note cut across blocks sounds, sample for
 * sample, as one rendered whole.
 */
abstract class Strike {

    /** The note's first frame. */
    final int start;
    /** Past the note's last frame (at most the track's end). */
    final int end;

    Strike(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Adds frames {@code from} to {@code to} of the note into {@code block}, whose index 0 is frame {@code blockStart}.
     * Successive calls cover the note in order, each where the last one stopped.
     */
    abstract void addTo(StereoBuffer block, int blockStart, int from, int to);
}
