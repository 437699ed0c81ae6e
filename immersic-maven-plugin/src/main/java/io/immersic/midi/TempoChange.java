package io.immersic.midi;

/** A Set Tempo meta event: from {@code beat} on, a quarter note lasts {@code microsPerQuarter}. */
public record TempoChange(double beat, int microsPerQuarter) {

    /**
     * The tempi Immersic accepts, in beats per minute: what music is played at. A tempo outside is a damaged event
     * (FF FF FF is 3.6 BPM, 1 µs per quarter is 60 million), and it would reach generation as hours-long bars.
     */
    public static final double MIN_BPM = 20;
    public static final double MAX_BPM = 400;

    public double bpm() {
        return 60_000_000.0 / microsPerQuarter;
    }

    public static boolean isUsable(double bpm) {
        return bpm >= MIN_BPM && bpm <= MAX_BPM;
    }
}
