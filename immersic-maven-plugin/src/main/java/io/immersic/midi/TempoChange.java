package io.immersic.midi;

/** A Set Tempo meta event: from {@code beat} on, a quarter note lasts {@code microsPerQuarter}. */
public record TempoChange(double beat, int microsPerQuarter) {

    public double bpm() {
        return 60_000_000.0 / microsPerQuarter;
    }
}
