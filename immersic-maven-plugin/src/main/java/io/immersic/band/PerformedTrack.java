package io.immersic.band;

import io.immersic.midi.Note;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A track as it is played: its plan and the notes of each part that plays (in {@link Part} order), velocities
 * humanized, a loop cut at its last bar line. These notes are what is written, rendered, evaluated and shown.
 *
 * @param number the track's number, from 1 (it names the files: {@code track-1.mid})
 * @param tokens the keys part as the model composed it (REMI tokens from the first BAR), for the figures that read the
 *               model's own output; empty when the keys came from elsewhere
 */
public record PerformedTrack(int number, Plan plan, Map<Part, List<Note>> parts, List<String> tokens) {

    public PerformedTrack {
        EnumMap<Part, List<Note>> copy = new EnumMap<>(Part.class);
        parts.forEach((part, notes) -> copy.put(part, List.copyOf(notes)));
        parts = Collections.unmodifiableMap(copy);
        tokens = List.copyOf(tokens);
    }

    /** A track whose tokens are not known. */
    public PerformedTrack(int number, Plan plan, Map<Part, List<Note>> parts) {
        this(number, plan, parts, List.of());
    }

    /** Whether the part plays in this track. */
    public boolean plays(Part part) {
        return parts.containsKey(part);
    }

    /** The part's notes, empty when the part does not play. */
    public List<Note> notes(Part part) {
        return parts.getOrDefault(part, List.of());
    }

    /** The file name without extension: {@code track-N}. */
    public String name() {
        return "track-" + number;
    }
}
