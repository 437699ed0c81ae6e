package io.immersic.audio;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A part's notes as its voice (or the drum kit) plays them, made a block at a time. A note is struck in the block it
 * starts in and added block by block until it has rung out; each frame sums its notes in the part's order, as
 * rendering the notes whole one after another did, so no sample depends on where the blocks fall.
 */
final class NotePlayer implements PartSource {

    /** The part's {@code index}th note struck; null when it does not sound. */
    private interface Striker {
        Strike strike(int index);
    }

    private record Sounding(int index, Strike strike) {}

    private final int[] order; // note indices by start frame, ties in the part's order
    private final int[] starts; // by note index
    private final Striker striker;
    private final Voice clock; // the voice, told of each block; null for the kit
    private final double level;
    private final List<Sounding> sounding = new ArrayList<>(); // by note index
    private int next; // in order

    private NotePlayer(int[] starts, Striker striker, Voice clock, double level) {
        this.starts = starts;
        this.order = IntStream.range(0, starts.length).boxed().sorted(Comparator.comparingInt(i -> starts[i]))
                .mapToInt(Integer::intValue).toArray();
        this.striker = striker;
        this.clock = clock;
        this.level = level;
    }

    /** The notes played by {@code voice}, each held for its duration, at {@code level}. */
    static NotePlayer of(Voice voice, List<Note> notes, double secondsPerBeat, int trackFrames, double level) {
        int[] starts = new int[notes.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = StereoBuffer.frames(notes.get(i).startBeat() * secondsPerBeat);
        }
        return new NotePlayer(starts, i -> {
            Note note = notes.get(i);
            int held = Math.max(1, StereoBuffer.frames(note.durationBeats() * secondsPerBeat));
            return voice.strike(note.pitch(), note.velocity(), starts[i], held, i, trackFrames);
        }, voice, level);
    }

    /** The drum notes played by the kit (each key as its nearest piece), at {@code level}. */
    static NotePlayer of(DrumKit kit, List<Note> notes, double secondsPerBeat, int trackFrames, double level) {
        int[] starts = new int[notes.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = Math.max(0, StereoBuffer.frames(notes.get(i).startBeat() * secondsPerBeat));
        }
        return new NotePlayer(starts, i -> {
            Note note = notes.get(i);
            return kit.hit(DrumKit.forKey(note.pitch()), starts[i], DrumKit.gain(note.pitch(), note.velocity()),
                    trackFrames);
        }, null, level);
    }

    @Override
    public void render(StereoBuffer block, int from, int count) {
        block.clear(count);
        if (clock != null) {
            clock.beforeBlock(from, count);
        }
        int to = from + count;
        for (; next < order.length && starts[order[next]] < to; next++) {
            Strike strike = striker.strike(order[next]);
            if (strike != null) {
                sound(new Sounding(order[next], strike));
            }
        }
        List<Sounding> ringing = new ArrayList<>(sounding.size());
        for (Sounding note : sounding) {
            Strike strike = note.strike();
            strike.addTo(block, from, Math.max(strike.start, from), Math.min(strike.end, to));
            if (strike.end > to) {
                ringing.add(note);
            }
        }
        sounding.clear();
        sounding.addAll(ringing);
        block.scale(count, level);
    }

    /** Adds a struck note among those sounding, in the part's order. */
    private void sound(Sounding note) {
        int at = sounding.size();
        while (at > 0 && sounding.get(at - 1).index() > note.index()) {
            at--;
        }
        sounding.add(at, note);
    }
}
