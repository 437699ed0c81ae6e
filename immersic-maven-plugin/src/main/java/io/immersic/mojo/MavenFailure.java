package io.immersic.mojo;

import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * An engine failure as the exception Maven prints: the user's to fix ({@link MojoFailureException}) or the machine's
 * ({@link MojoExecutionException}), its message in Maven's words.
 *
 * <p>The engine's exception is attached as suppressed, not as the cause: Maven's summary appends the message of every
 * cause that its text does not already contain, and the engine's plain wording ("progression: …") is not contained in
 * Maven's ("&lt;progression&gt; (-Dimmersic.progression): …"), so a cause printed every error twice. Suppressed
 * exceptions are not read for the summary but still appear in the stack trace of {@code mvn -e}.
 */
final class MavenFailure {

    private MavenFailure() {}

    /** Throws the engine's failure as Maven's: the machine's, or else the user's to fix. */
    static void raise(ImmersicException e) throws MojoExecutionException, MojoFailureException {
        String message = MavenWording.of(e.template());
        if (e instanceof EnvironmentException) {
            throw suppressing(new MojoExecutionException(message), e);
        }
        throw suppressing(new MojoFailureException(message), e);
    }

    private static <T extends Exception> T suppressing(T failure, ImmersicException e) {
        failure.addSuppressed(e);
        return failure;
    }
}
