package io.immersic.tokens;

import io.immersic.harmony.BarChords;
import io.immersic.harmony.Chord;
import io.immersic.midi.MetreMap;
import io.immersic.midi.MidiPiece;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the pitched notes of a piece into REMI tokens (see {@link RemiTokens}), each bar opened by its chord
 * ({@link BarChords}); drums are not part of the stream. Bars follow the piece's time signatures ({@link MetreMap}):
 * after a change from 4/4 to 6/4, positions count from the real bar line.
 * A silence of more than {@value #MAX_EMPTY_BARS} empty bars is shortened to that many: a model learns nothing from
 * it, and a stray event far out in a damaged file would otherwise become millions of BAR tokens.
 */
public final class RemiEncoder {

    public static final int MAX_EMPTY_BARS = 8;

    private record GridNote(long onsetStep, int bar, long position, int pitch, int durationSteps, int velocityBin) {}

    public List<String> encode(MidiPiece piece) {
        return encode(piece.notes(), piece.metre());
    }

    public List<String> encode(List<Note> notes, double beatsPerBar) {
        return encode(notes, MetreMap.constant(beatsPerBar));
    }

    public List<String> encode(List<Note> notes, MetreMap metre) {
        List<GridNote> grid = onGrid(notes, metre);
        Map<Integer, Chord> chords = BarChords.label(notes, metre);
        List<String> tokens = new ArrayList<>(grid.size() * 4 + 8);
        tokens.add(RemiTokens.BAR);
        addChord(tokens, chords, 0);
        long bar = 0;
        for (GridNote note : grid) {
            long noteBar = note.bar();
            if (noteBar - bar > MAX_EMPTY_BARS + 1) {
                bar = noteBar - MAX_EMPTY_BARS - 1; // skip the silence beyond MAX_EMPTY_BARS empty bars
            }
            while (bar < noteBar) {
                tokens.add(RemiTokens.BAR);
                bar++;
                addChord(tokens, chords, bar);
            }
            tokens.add(RemiTokens.POSITION + note.position());
            tokens.add(RemiTokens.VELOCITY + note.velocityBin());
            tokens.add(RemiTokens.PITCH + note.pitch());
            tokens.add(RemiTokens.DURATION + note.durationSteps());
        }
        tokens.add(RemiTokens.END);
        return tokens;
    }

    /**
     * The notes on the token grid, sorted by onset and pitch. Two strikes of one key on one grid step sound as one
     * note (two tracks doubling, or a blip before the real note): the longer one is kept, so a 1-tick blip cannot
     * hide a held chord tone.
     */
    private static List<GridNote> onGrid(List<Note> notes, MetreMap metre) {
        List<GridNote> grid = new ArrayList<>(notes.size());
        for (Note note : notes) {
            long onset = Math.round(note.startBeat() * RemiTokens.STEPS_PER_BEAT);
            double onsetBeat = (double) onset / RemiTokens.STEPS_PER_BEAT;
            int bar = metre.barAt(onsetBeat);
            long position = Math.round((onsetBeat - metre.barStart(bar)) * RemiTokens.STEPS_PER_BEAT);
            int duration = DurationBins.nearest(note.durationBeats() * RemiTokens.STEPS_PER_BEAT);
            grid.add(new GridNote(onset, bar, position, note.pitch(), duration,
                    RemiTokens.velocityBin(note.velocity())));
        }
        grid.sort(Comparator.comparingLong(GridNote::onsetStep).thenComparingInt(GridNote::pitch)
                .thenComparing(Comparator.comparingInt(GridNote::durationSteps).reversed()));
        List<GridNote> distinct = new ArrayList<>(grid.size());
        for (GridNote note : grid) {
            GridNote previous = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (previous == null || previous.onsetStep() != note.onsetStep() || previous.pitch() != note.pitch()) {
                distinct.add(note);
            }
        }
        return distinct;
    }

    private static void addChord(List<String> tokens, Map<Integer, Chord> chords, long bar) {
        Chord chord = bar <= Integer.MAX_VALUE ? chords.get((int) bar) : null;
        if (chord != null) {
            tokens.add(chord.token());
        }
    }
}
