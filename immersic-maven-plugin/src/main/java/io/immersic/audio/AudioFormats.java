package io.immersic.audio;

import io.immersic.common.SettingException;
import java.util.List;
import java.util.Locale;

/**
 * The audio files written beside each MIDI file, as {@code <formats>} names them: {@code wav}, {@code flac},
 * {@code both} (wav and flac), or {@code none} ({@code mid}, {@code midi}: MIDI only, which is always written).
 */
public record AudioFormats(boolean wav, boolean flac) {

    /** Parses the list (any case); the message of an unknown format names it and the accepted ones. */
    public static AudioFormats parse(List<String> formats) {
        boolean wav = false;
        boolean flac = false;
        for (String format : formats == null ? List.<String>of() : formats) {
            switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "wav" -> wav = true;
                case "flac" -> flac = true;
                case "both" -> {
                    wav = true;
                    flac = true;
                }
                case "none", "mid", "midi", "" -> { }
                default -> throw new SettingException("formats", "{formats} is " + formats
                        + ": '" + format.trim() + "' is not a format; it takes wav, flac, both (wav and flac) or none"
                        + " (also mid or midi), e.g. {formats=wav,flac}. MIDI is always written.");
            }
        }
        return new AudioFormats(wav, flac);
    }

    /** As {@code <formats>} spells it: {@code wav,flac}, {@code wav}, {@code flac} or {@code none}. */
    @Override
    public String toString() {
        return wav && flac ? "wav,flac" : wav ? "wav" : flac ? "flac" : "none";
    }
}
