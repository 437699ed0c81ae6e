package io.immersic.common;

/** A problem that stops the build, with a message that says what is wrong and how to fix it. */
public class ImmersicException extends Exception {

    public ImmersicException(String message) {
        super(message);
    }

    public ImmersicException(String message, Throwable cause) {
        super(message, cause);
    }
}
