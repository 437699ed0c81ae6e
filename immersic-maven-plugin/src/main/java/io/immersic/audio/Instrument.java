package io.immersic.audio;

import io.immersic.common.SettingException;
import java.util.Locale;

/** The built-in voices. */
public enum Instrument {
    /** FM "tine" electric piano. */
    RHODES,
    /** Additive acoustic piano. */
    PIANO;

    /** Parses {@code rhodes} (or {@code electric-piano}) and {@code piano} (or {@code acoustic-piano}). */
    public static Instrument parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "rhodes", "electric-piano", "epiano" -> RHODES;
            case "piano", "acoustic-piano" -> PIANO;
            default -> throw new SettingException("instrument", "{instrument} is '" + name
                    + "'; it must be rhodes or piano.");
        };
    }

    Voice voice(long seed) {
        return this == RHODES ? new RhodesVoice() : new PianoVoice(seed);
    }
}
