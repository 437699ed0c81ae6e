package io.immersic.model;

/**
 * A model archive or cache entry that must not be used. The message says what is wrong in plain words (a damaged file,
 * an entry Immersic never writes, a size that does not match), so it can end a warning or a build failure.
 */
public final class InvalidModelException extends Exception {

    public InvalidModelException(String message) {
        super(message);
    }
}
