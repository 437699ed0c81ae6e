package io.immersic.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.immersic.common.ImmersicException;
import io.immersic.common.Mentions;
import io.immersic.common.SettingException;
import io.immersic.generation.GenerationParameters;
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
}
