package io.immersic.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.common.ImmersicException;
import io.immersic.common.Mentions;
import io.immersic.common.SettingException;
import io.immersic.common.EnvironmentException;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.method.Method;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.exception.DefaultExceptionHandler;
import org.apache.maven.lifecycle.LifecycleExecutionException;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The engine names settings plainly; the goals print them as a Maven user writes them. */
class MavenWordingTest {

    @Test
    void aSettingIsIntroducedWithItsElementAndProperty() {
        String template = "{tracks} is 0; it must be 1 to 1000.";
        assertEquals("<tracks> (-Dimmersic.tracks) is 0; it must be 1 to 1000.", MavenWording.of(template));
        assertEquals("tracks is 0; it must be 1 to 1000.", Mentions.plain(template));
    }

    @Test
    void aSettingNamedAgainIsItsElementOnly() {
        assertEquals("The primer p.mid given as <primer> (-Dimmersic.primer) is a folder; or leave <primer> unset.",
                MavenWording.of("The primer p.mid given as {primer} is a folder; or leave {~primer} unset."));
    }

    @Test
    void settingsThatWorkTogetherShareTheirProperties() {
        assertEquals("change <midiDirectory>/<includes> (-Dimmersic.midiDirectory, -Dimmersic.includes).",
                MavenWording.of("change {midiDirectory/includes}."));
        assertEquals("change midiDirectory/includes.", Mentions.plain("change {midiDirectory/includes}."));
    }

    @Test
    void aValueIsWrittenAsAPropertyOrAsAnElement() {
        assertEquals("e.g. -Dimmersic.formats=wav,flac, or set <formats>none</formats>",
                MavenWording.of("e.g. {formats=wav,flac}, or set {~formats=none}"));
        assertEquals("e.g. formats=wav,flac", Mentions.plain("e.g. {formats=wav,flac}"));
    }

    @Test
    void otherBracesAndDollarsAreLeftAlone() {
        String text = "a JSON list like [\"F#5\"] in {} or {Upper} costs $1 \\ each";
        assertEquals(text, MavenWording.of(text));
    }

    @Test
    void anEngineSettingExceptionReadsAsBefore() {
        SettingException bad = assertThrows(SettingException.class,
                () -> new GenerationParameters(0, 16, 1, 0, 1, 1, null, 0, 0).validate());
        assertEquals("tracks", bad.parameter());
        ImmersicException e = ImmersicException.of(bad); // as the goals wrap it
        assertEquals("tracks is 0; it must be 1 to 1000.", e.getMessage());
        assertEquals("<tracks> (-Dimmersic.tracks) is 0; it must be 1 to 1000.", MavenWording.of(e.template()));
    }

    @Test
    void anUnknownPresetReadsAsTheGoalsWroteItBeforeItWasTyped() {
        SettingException bad = assertThrows(SettingException.class, () -> Method.parse("lstm"));
        assertEquals("<preset> (-Dimmersic.preset) is 'lstm'; it must be default or notebook.",
                MavenWording.of(ImmersicException.of(bad).template()));
    }

    @Test
    void aFailureReachesTheConsoleOnceInMavensWords() {
        ImmersicException bad = assertThrows(ImmersicException.class, () -> {
            try {
                MusicControls.parse(null, "Dm9 Hm7", null);
            } catch (IllegalArgumentException e) {
                throw ImmersicException.of(e); // as the goals wrap it
            }
        });
        AbstractMojoExecutionException failure = assertThrows(MojoFailureException.class, () -> MavenFailure.raise(bad));

        String console = mavensSummary(failure);

        assertEquals(1, count(console, "'Hm7' is not a chord symbol"), console);
        assertEquals(0, count(console, ": progression:"), "the engine's plain wording is not appended: " + console);
        assertTrue(console.contains("<progression> (-Dimmersic.progression): 'Hm7'"), console);
        assertEquals(bad, failure.getSuppressed()[0], "kept for the stack trace of mvn -e");
    }

    @Test
    void theMachinesProblemIsAnExecutionFailureAlsoPrintedOnce() {
        EnvironmentException bad = new EnvironmentException("Cannot write to /out: the disk is full", null);
        AbstractMojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> MavenFailure.raise(bad));
        assertEquals(1, count(mavensSummary(failure), "the disk is full"), mavensSummary(failure));
    }

    /** The error line Maven prints for a goal that threw this: its message and every cause's it does not hold yet. */
    private static String mavensSummary(AbstractMojoExecutionException failure) {
        LifecycleExecutionException thrown = new LifecycleExecutionException("Failed to execute goal"
                + " io.immersic:immersic-maven-plugin:generate (default-cli) on project p: " + failure.getMessage(),
                failure);
        return new DefaultExceptionHandler().handleException(thrown).getMessage();
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
