package io.immersic.band;

/**
 * A piece of the lo-fi kit: its General MIDI key on channel 10 (9 zero-based), the name a {@link Groove} row gives
 * it, and how loud it sits in the mix relative to the kick (hats and ride are kept well under the backbeat).
 */
public enum Drum {
    KICK(36, "kick", 1.0),
    SIDE_STICK(37, "stick", 0.85),
    SNARE(38, "snare", 1.0),
    CLOSED_HAT(42, "hat", 0.7),
    LOW_TOM(45, "lotom", 0.9),
    OPEN_HAT(46, "open", 0.75),
    MID_TOM(47, "midtom", 0.9),
    CRASH(49, "crash", 0.9),
    HIGH_TOM(50, "hitom", 0.9),
    RIDE(51, "ride", 0.7);

    private final int key;
    private final String rowName;
    private final double level;

    Drum(int key, String rowName, double level) {
        this.key = key;
        this.rowName = rowName;
        this.level = level;
    }

    /** The General MIDI drum key. */
    public int key() {
        return key;
    }

    /** The name that starts a groove row, e.g. {@code kick}, {@code hat}, {@code stick}. */
    public String rowName() {
        return rowName;
    }

    /** Loudness relative to the kick, 0..1: scales the loud and normal accents (not ghosts). */
    public double level() {
        return level;
    }

    /** Whether it keeps time rather than marks it (hats, ride, crash): what an intro keeps and a crash replaces. */
    public boolean cymbal() {
        return this == CLOSED_HAT || this == OPEN_HAT || this == RIDE || this == CRASH;
    }

    /** The drum a row names, or null. */
    public static Drum named(String rowName) {
        for (Drum drum : values()) {
            if (drum.rowName.equals(rowName)) {
                return drum;
            }
        }
        return null;
    }
}
