package io.immersic.band;

import io.immersic.common.SettingException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A part of the lo-fi band. Each is one track of the MIDI file, named as a DAW shows it, on its own channel with a
 * General MIDI program, and one stem of the audio.
 */
public enum Part {
    /** The comping keyboard the model writes: the loop's chords and figure. */
    KEYS("Keys", 0, 4),
    /** Fingered electric bass: the loop's roots, locked to the kick. */
    BASS("Bass", 1, 33),
    /** A soft top line (vibraphone) the model writes over the keys. */
    MELODY("Melody", 2, 11),
    /** The kit, on the General MIDI drum channel. */
    DRUMS("Drums", 9, 0);

    /** The parts that play unless the build asks for fewer, as {@code -Dimmersic.parts} spells them. */
    public static final String DEFAULT_PARTS = "keys,bass,drums,melody";

    private final String trackName;
    private final int channel;
    private final int program;

    Part(String trackName, int channel, int program) {
        this.trackName = trackName;
        this.channel = channel;
        this.program = program;
    }

    /** The MIDI track name, and the capitalised name the log and report use. */
    public String trackName() {
        return trackName;
    }

    /** The MIDI channel, 0-based (9 is the General MIDI drum channel). */
    public int channel() {
        return channel;
    }

    /** The General MIDI program (0-based); the keys' can be changed with {@code program}. */
    public int program() {
        return program;
    }

    /** The part's name in file names and settings: {@code keys}, {@code bass}, {@code melody}, {@code drums}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a list such as {@code keys,bass,drums}; at least one part, each named once at most. */
    public static Set<Part> parse(List<String> names) {
        EnumSet<Part> parts = EnumSet.noneOf(Part.class);
        for (String entry : names) {
            for (String name : entry.split(",")) {
                String id = name.trim().toLowerCase(Locale.ROOT);
                if (id.isEmpty()) {
                    continue;
                }
                Part part = null;
                for (Part candidate : values()) {
                    part = candidate.id().equals(id) ? candidate : part;
                }
                if (part == null) {
                    throw new SettingException("parts", "{parts} names '" + name.trim() + "'; the parts are keys,"
                            + " bass, drums and melody (for example keys,bass,drums).");
                }
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            throw new SettingException("parts", "{parts} is empty; name at least one of keys, bass, drums, melody.");
        }
        return parts;
    }
}
