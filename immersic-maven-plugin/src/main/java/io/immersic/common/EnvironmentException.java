package io.immersic.common;

/**
 * A problem of the machine the build runs on rather than of its settings or input: an output, the cache or the model
 * folder cannot be written, a native library does not load. The build is right; running it again where the disk has
 * room or the permissions allow fixes it.
 */
public class EnvironmentException extends ImmersicException {

    public EnvironmentException(String template, Throwable cause) {
        super(template, cause);
    }
}
