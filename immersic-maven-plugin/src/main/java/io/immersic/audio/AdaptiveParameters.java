package io.immersic.audio;

import io.immersic.common.SettingException;

/**
 * Whether each track is also written as an adaptive set for games: its layers (a loop stem per part and the lo-fi
 * texture), {@code levels} intensity levels mixed from them, transitions and stingers, and a sidecar that says where
 * everything is. An adaptive set is made of loops, so it turns loop mode and stems on.
 *
 * @param enabled write the adaptive set
 * @param levels how many intensity levels, 1 to {@value #MAX_LEVELS}: level 1 the keys alone, the top level the whole band
 */
public record AdaptiveParameters(boolean enabled, int levels) {

    public static final boolean DEFAULT_ADAPTIVE = false;
    public static final int DEFAULT_LEVELS = 4;
    /** One level per part that can enter: keys, bass, drums, melody. */
    public static final int MAX_LEVELS = 4;

    public static final AdaptiveParameters OFF = new AdaptiveParameters(DEFAULT_ADAPTIVE, DEFAULT_LEVELS);

    /** Checks the number of levels. */
    public void validate() {
        if (levels < 1 || levels > MAX_LEVELS) {
            throw SettingException.outOfRange("intensityLevels", levels, "1 to " + MAX_LEVELS
                    + " (each level brings in one more part: keys, bass, drums, melody)");
        }
    }
}
