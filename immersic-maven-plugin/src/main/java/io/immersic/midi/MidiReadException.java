package io.immersic.midi;

/** A MIDI file that cannot be used, with a reason a user can act on. */
public class MidiReadException extends Exception {

    public MidiReadException(String message) {
        super(message);
    }

    public MidiReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
