package io.immersic.audio;

import io.immersic.common.SettingException;
import java.util.Locale;

/**
 * How much lo-fi colour goes over the mix: low-pass cutoff, tape wow (depth in milliseconds of delay swing), tape
 * saturation drive, vinyl crackles per second and hiss level.
 */
public enum LofiPreset {
    OFF(0, 0, 0, 0, 0),
    LIGHT(9_000, 0.6, 1.3, 1.5, 0.0025),
    DUSTY(4_500, 1.5, 2.0, 5.0, 0.006);

    final double lowPassHz;
    final double wowMillis;
    final double drive;
    final double cracklesPerSecond;
    final double hiss;

    LofiPreset(double lowPassHz, double wowMillis, double drive, double cracklesPerSecond, double hiss) {
        this.lowPassHz = lowPassHz;
        this.wowMillis = wowMillis;
        this.drive = drive;
        this.cracklesPerSecond = cracklesPerSecond;
        this.hiss = hiss;
    }

    /** Parses {@code off}, {@code light} or {@code dusty}. */
    public static LofiPreset parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SettingException("lofi", "{lofi} is '" + name + "'; it must be off, light or"
                    + " dusty.");
        }
    }
}
