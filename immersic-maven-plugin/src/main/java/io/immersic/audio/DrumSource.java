package io.immersic.audio;

import io.immersic.common.SettingException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a track's drums come from, as {@code <drums>} names it: {@code none}, {@code lofi} (the synthesized, swung
 * beat) or a WAV drum loop. Parsed once, when the request is built, so that no later stage reads the text again.
 *
 * @param kind which of the three
 * @param loop the WAV loop's absolute path for {@link Kind#LOOP}; null otherwise
 */
public record DrumSource(Kind kind, Path loop) {

    public enum Kind { NONE, LOFI, LOOP }

    public static final DrumSource NONE = new DrumSource(Kind.NONE, null);
    public static final DrumSource LOFI = new DrumSource(Kind.LOFI, null);

    /**
     * Parses {@code none} or {@code lofi} (any case; unset is none) or a loop's path, made absolute against
     * {@code folder} (the project's; null: the working directory). Whether the loop can be read is checked only when
     * audio is written ({@link AudioParameters#validate}).
     */
    public static DrumSource parse(String value, Path folder) {
        String text = value == null ? "none" : value.trim();
        if (text.equalsIgnoreCase("none")) {
            return NONE;
        } else if (text.equalsIgnoreCase("lofi")) {
            return LOFI;
        } else if (text.isEmpty()) {
            throw new SettingException("drums", "{drums} is empty; it must be none, lofi or the path of a WAV"
                    + " drum loop.");
        }
        try {
            Path path = Path.of(text);
            Path absolute = path.isAbsolute() || folder == null ? path : folder.resolve(path);
            return new DrumSource(Kind.LOOP, absolute.toAbsolutePath());
        } catch (InvalidPathException e) {
            throw new SettingException("drums", "{drums} is '" + value + "', which is not a path (" + e.getReason()
                    + "); it must be none, lofi or the path of a WAV drum loop.");
        }
    }

    /** As {@code <drums>} spells it: {@code none}, {@code lofi} or the loop's path. */
    @Override
    public String toString() {
        return kind == Kind.LOOP ? loop.toString() : kind.name().toLowerCase(Locale.ROOT);
    }
}
