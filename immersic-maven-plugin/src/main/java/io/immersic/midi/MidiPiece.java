package io.immersic.midi;

import java.util.List;

/**
 * Everything Immersic takes from one MIDI file: its pitched notes, its drum hits (channel 10, kept apart so they are
 * never mixed into the piano stream), its tempo map and its bar lines.
 *
 * @param name where the piece came from, for messages
 * @param ppq ticks per quarter note of the source file
 * @param notes pitched notes sorted by onset, then pitch
 * @param drums notes on channel 10, sorted the same way
 * @param tempoMap tempo changes sorted by beat; never empty (120 BPM at beat 0 when the file has none)
 * @param tempoStated whether the file has a tempo event (without one MIDI plays at 120 BPM, which says nothing about
 *                    the piece: most lo-fi sketches are exported without a tempo)
 * @param metre the bar lines, from the time signatures (4/4 when the file has none)
 * @param repairs the events dropped because their values were out of range
 */
public record MidiPiece(String name, int ppq, List<Note> notes, List<Note> drums, List<TempoChange> tempoMap,
                        boolean tempoStated, MetreMap metre, Repairs repairs) {

    public static final int DEFAULT_MICROS_PER_QUARTER = 500_000;

    public MidiPiece {
        notes = List.copyOf(notes);
        drums = List.copyOf(drums);
        tempoMap = tempoMap.isEmpty() ? List.of(new TempoChange(0, DEFAULT_MICROS_PER_QUARTER)) : List.copyOf(tempoMap);
    }

    /** The tempo in force at the start of the piece, in beats per minute. */
    public double initialBpm() {
        return tempoMap.get(0).beat() > 0 ? 120.0 : tempoMap.get(0).bpm();
    }

    /** The first tempo the file states, in beats per minute; 0 when it states none (its tempo is unknown). */
    public double statedBpm() {
        return tempoStated ? tempoMap.get(0).bpm() : 0;
    }

    /** Quarter notes per bar at the start of the piece. */
    public double beatsPerBar() {
        return metre.initialBeatsPerBar();
    }
}
