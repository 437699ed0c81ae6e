package io.immersic.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.immersic.common.SettingException;
import org.junit.jupiter.api.Test;

class MethodTest {

    @Test
    void defaultAndNotebookInAnyCaseAndUnsetIsTheDefault() {
        assertEquals(Method.DEFAULT, Method.parse(" Default "));
        assertEquals(Method.DEFAULT, Method.parse(null));
        assertEquals(Method.NOTEBOOK, Method.parse("NOTEBOOK"));
    }

    @Test
    void anUnknownPresetNamesTheSettingAndTheMethods() {
        SettingException e = assertThrows(SettingException.class, () -> Method.parse("lstm"));
        assertEquals("preset", e.parameter());
        assertEquals("{preset} is 'lstm'; it must be default or notebook.", e.template());
    }
}
