package io.immersic.audio;

import io.immersic.common.ImmersicException;

/**
 * A problem with an audio input (a drum loop, a SoundFont) that a user can fix; the message says which and how, naming
 * the setting with a {@link io.immersic.common.Mentions} mark.
 */
public class AudioException extends ImmersicException {

    public AudioException(String message) {
        super(message);
    }

    public AudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
