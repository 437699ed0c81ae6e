package io.immersic.audio;

/** A problem with an audio input (a drum loop, a SoundFont) that a user can fix; the message says which and how. */
public class AudioException extends Exception {

    public AudioException(String message) {
        super(message);
    }

    public AudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
