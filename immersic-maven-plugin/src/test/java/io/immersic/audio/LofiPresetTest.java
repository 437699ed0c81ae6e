package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.immersic.common.SettingException;
import org.junit.jupiter.api.Test;

class LofiPresetTest {

    @Test
    void offLightAndDustyInAnyCase() {
        assertEquals(LofiPreset.OFF, LofiPreset.parse("off"));
        assertEquals(LofiPreset.LIGHT, LofiPreset.parse(" Light "));
        assertEquals(LofiPreset.DUSTY, LofiPreset.parse("DUSTY"));
    }

    @Test
    void anUnknownPresetNamesTheSettingAndThePresets() {
        SettingException e = assertThrows(SettingException.class, () -> LofiPreset.parse("heavy"));
        assertEquals("lofi", e.parameter());
        assertEquals("lofi is 'heavy'; it must be off, light or dusty.", e.getMessage());
    }
}
