package io.immersic.audio;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A test fixture, the beat the renderer used to play under the keys: kick on beat 1 and the "and" of 3, snare on 2 and
 * 4, closed hats on swung eighths, as General MIDI drum notes. It gives render tests a band of hand-checkable hits.
 *
 * <p>The synthesized lo-fi beat: kick on beat 1 and the "and" of 3, snare on 2 and 4, closed hats on swung eighths.
 * Every hit gets a seeded, humanized velocity, and a timing nudge of at most {@link #MAX_NUDGE_SECONDS} so the groove
 * breathes without drifting off the grid.
 */
public final class DrumBed {

    /** A scheduled hit. */
    record Hit(DrumKit.Sound sound, double beat, int frame, double gain) {}

    static final double SWING = 0.62;
    static final double MAX_NUDGE_SECONDS = 0.003;

    private DrumBed() {}

    static List<Hit> pattern(int bars, double beatsPerBar, double bpm, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xd2b74407b1ce6e93L);
        double secondsPerBeat = 60.0 / bpm;
        List<Hit> hits = new ArrayList<>();
        int beatsInBar = Math.max(1, (int) Math.round(beatsPerBar));
        for (int bar = 0; bar < bars; bar++) {
            for (int beat = 0; beat < beatsInBar; beat++) {
                double at = bar * beatsPerBar + beat;
                if (beat == 0) {
                    hits.add(hit(DrumKit.Sound.KICK, at, 1.0, secondsPerBeat, random));
                } else if (beat % 2 == 1) {
                    hits.add(hit(DrumKit.Sound.SNARE, at, 0.8, secondsPerBeat, random));
                }
                if (beat == 2) {
                    hits.add(hit(DrumKit.Sound.KICK, at + 0.5, 0.8, secondsPerBeat, random));
                }
                hits.add(hit(DrumKit.Sound.CLOSED_HAT, at, 0.55, secondsPerBeat, random));
                hits.add(hit(DrumKit.Sound.CLOSED_HAT, at + SWING, 0.35, secondsPerBeat, random));
            }
        }
        return hits;
    }

    private static Hit hit(DrumKit.Sound sound, double beat, double gain, double secondsPerBeat,
                           SplittableRandom random) {
        double nudge = (random.nextDouble() * 2 - 1) * MAX_NUDGE_SECONDS;
        double humanGain = gain * (0.85 + 0.15 * random.nextDouble());
        int frame = Math.max(0, StereoBuffer.frames(beat * secondsPerBeat + nudge));
        return new Hit(sound, beat, frame, humanGain);
    }

    /** The hits as General MIDI drum notes on channel 9, for the band's drum part (gain 1 = velocity 127). */
    static List<Note> notes(List<Hit> hits, double bpm) {
        double secondsPerBeat = 60.0 / bpm;
        List<Note> notes = new ArrayList<>();
        for (Hit hit : hits) {
            int key = switch (hit.sound()) {
                case KICK -> 36;
                case SNARE -> 38;
                default -> 42;
            };
            int velocity = (int) Math.max(1, Math.min(127, Math.round(hit.gain() * 127)));
            double beat = hit.frame() / (double) StereoBuffer.SAMPLE_RATE / secondsPerBeat;
            notes.add(new Note(key, velocity, beat, 0.25, 9));
        }
        return notes;
    }

    /** The keys with the beat under them, as the parts a renderer plays. */
    public static java.util.Map<io.immersic.band.Part, List<Note>> withBed(List<Note> keys, int bars,
                                                                         double beatsPerBar, double bpm, long seed) {
        java.util.Map<io.immersic.band.Part, List<Note>> parts = new java.util.EnumMap<>(io.immersic.band.Part.class);
        parts.put(io.immersic.band.Part.KEYS, keys);
        parts.put(io.immersic.band.Part.DRUMS, notes(pattern(bars, beatsPerBar, bpm, seed), bpm));
        return parts;
    }
}
