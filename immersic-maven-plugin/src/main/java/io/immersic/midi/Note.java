package io.immersic.midi;

/**
 * One sounding note, with time measured in beats (quarter notes) from the start of the piece.
 *
 * @param pitch MIDI key number, 0..127 (60 is middle C, written C4)
 * @param velocity MIDI velocity, 1..127
 * @param startBeat onset in beats (tick / PPQ)
 * @param durationBeats length in beats (always positive)
 * @param channel MIDI channel, 0-based (9 is the General MIDI drum channel)
 */
public record Note(int pitch, int velocity, double startBeat, double durationBeats, int channel) {

    public Note {
        if (pitch < 0 || pitch > 127) {
            throw new IllegalArgumentException("pitch out of range: " + pitch);
        }
        if (velocity < 1 || velocity > 127) {
            throw new IllegalArgumentException("velocity out of range: " + velocity);
        }
        if (durationBeats <= 0) {
            throw new IllegalArgumentException("duration must be positive: " + durationBeats);
        }
    }

    public double endBeat() {
        return startBeat + durationBeats;
    }
}
