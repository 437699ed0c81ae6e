package io.immersic.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UnknownPropertiesTest {

    @Test
    void aMisspelledPropertyIsNamedWithTheParameterMeantOncePerBuild() {
        Properties properties = new Properties();
        properties.setProperty("immersic.trakcs", "3");
        properties.setProperty("immersic.tracks", "2");
        properties.setProperty("immersic.loop", "true");
        properties.setProperty("immersic.whatever", "x");
        properties.setProperty("other.trakcs", "3");

        List<String> warnings = UnknownProperties.warnings(properties, "build-1");

        assertEquals(List.of("The property immersic.trakcs is not read by any Immersic goal, so it changes nothing; did"
                        + " you mean immersic.tracks?",
                "The property immersic.whatever is not read by any Immersic goal, so it changes nothing"), warnings);
        assertEquals(List.of(), UnknownProperties.warnings(properties, "build-1"), "once a build, however many goals");
        assertEquals(2, UnknownProperties.warnings(properties, "build-2").size(), "and again in the next build");
    }

    @Test
    void slipsAreNearAndStrangersAreNot() {
        assertEquals(1, UnknownProperties.distance("trakcs", "tracks"), "a transposition is one slip");
        assertEquals(1, UnknownProperties.distance("temperatur", "temperature"));
        assertEquals("immersic.temperature", UnknownProperties.nearest("immersic.temperatur", UnknownProperties.known()));
        assertEquals("immersic.epochs", UnknownProperties.nearest("immersic.Epochs", UnknownProperties.known()));
        assertNull(UnknownProperties.nearest("immersic.xyzzyplugh", UnknownProperties.known()));
        assertTrue(UnknownProperties.known().contains("immersic.adaptive"));
    }
}
