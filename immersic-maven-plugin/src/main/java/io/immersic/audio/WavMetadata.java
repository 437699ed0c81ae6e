package io.immersic.audio;

import java.util.HashSet;
import java.util.List;

/**
 * What a WAV says about its music besides the samples: a loop over the whole file, cue points (markers) and ACID loop
 * info. Game engines read the loop; DAWs and samplers read the cues and the tempo.
 *
 * @param loop whether the file loops as a whole ({@code smpl} chunk)
 * @param cues markers, written as a {@code cue } chunk and, for those with a label, {@code labl} entries; ids unique
 * @param acid ACID loop info ({@code acid} chunk), or null for none
 */
public record WavMetadata(boolean loop, List<CuePoint> cues, Acid acid) {

    /** No loop, no cues, no ACID info: a plain fmt and data file. */
    public static final WavMetadata NONE = new WavMetadata(false, List.of(), null);

    public WavMetadata {
        cues = List.copyOf(cues);
        var ids = new HashSet<Integer>();
        for (CuePoint cue : cues) {
            if (!ids.add(cue.id())) {
                throw new IllegalArgumentException("cue id " + Integer.toUnsignedString(cue.id())
                        + " is used twice; a labl names its cue by id, so ids must be unique");
            }
        }
    }

    /**
     * A marker at a sample frame.
     *
     * @param id cue point id (a RIFF DWORD, read as unsigned), unique within the file
     * @param sampleFrame the frame the marker sits on, from 0 (a DWORD, so at most 2^32 - 1)
     * @param label text shown by DAWs, printable ASCII; null for an unlabelled marker
     */
    public record CuePoint(int id, long sampleFrame, String label) {

        public CuePoint {
            if (sampleFrame < 0 || sampleFrame > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("cue " + id + ": sample frame " + sampleFrame
                        + " does not fit a WAV's unsigned 32-bit position");
            }
            if (label != null && !label.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("cue " + id + ": label '" + label
                        + "' must be printable ASCII (a labl is a null-terminated byte string)");
            }
        }
    }

    /**
     * ACIDized loop info, as ACID, Sound Forge, Ableton Live and libsndfile read it.
     *
     * @param bpm tempo in beats per minute (stored as a 32-bit float)
     * @param beats length of the file in beats
     * @param meterNumerator beats per bar
     * @param meterDenominator the note value of a beat
     * @param rootNote MIDI note of the key, 0-127 (60 = middle C)
     * @param oneShot true for a one-shot that should not be stretched to tempo; false for a loop
     */
    public record Acid(double bpm, int beats, int meterNumerator, int meterDenominator, int rootNote,
            boolean oneShot) {

        public Acid {
            if (!(bpm > 0) || Double.isInfinite(bpm)) {
                throw new IllegalArgumentException("acid tempo " + bpm + " must be a positive number of BPM");
            }
            if (beats <= 0 || meterNumerator <= 0 || meterNumerator > 0xFFFF
                    || meterDenominator <= 0 || meterDenominator > 0xFFFF) {
                throw new IllegalArgumentException("acid " + beats + " beats in " + meterNumerator + "/"
                        + meterDenominator + ": beats and metre must be positive (metre fits 16 bits)");
            }
            if (rootNote < 0 || rootNote > 127) {
                throw new IllegalArgumentException("acid root note " + rootNote + " is not a MIDI note (0-127)");
            }
        }
    }
}
