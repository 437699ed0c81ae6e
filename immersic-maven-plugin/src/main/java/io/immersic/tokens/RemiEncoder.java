package io.immersic.tokens;

import io.immersic.harmony.BarChords;
import io.immersic.harmony.Chord;
import io.immersic.midi.MidiPiece;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the pitched notes of a piece into REMI tokens (see {@link RemiTokens}), each bar opened by its chord
 * ({@link BarChords}); drums are not part of the stream.
 * A silence of more than {@value #MAX_EMPTY_BARS} empty bars is shortened to that many: a model learns nothing from
 * it, and a stray event far out in a damaged file would otherwise become millions of BAR tokens.
 */
public final class RemiEncoder {

    public static final int MAX_EMPTY_BARS = 8;

    private record GridNote(long onsetStep, int pitch, int durationSteps, int velocityBin) {}

    public List<String> encode(MidiPiece piece) {
        return encode(piece.notes(), piece.beatsPerBar());
    }

    public List<String> encode(List<Note> notes, double beatsPerBar) {
        long stepsPerBar = Math.round(beatsPerBar * RemiTokens.STEPS_PER_BEAT);
        List<GridNote> grid = new ArrayList<>(notes.size());
        for (Note note : notes) {
            long onset = Math.round(note.startBeat() * RemiTokens.STEPS_PER_BEAT);
            int duration = DurationBins.nearest(note.durationBeats() * RemiTokens.STEPS_PER_BEAT);
            grid.add(new GridNote(onset, note.pitch(), duration, RemiTokens.velocityBin(note.velocity())));
        }
        grid.sort(Comparator.comparingLong(GridNote::onsetStep).thenComparingInt(GridNote::pitch));

        java.util.Map<Integer, Chord> chords = BarChords.label(notes, beatsPerBar);
        List<String> tokens = new ArrayList<>(grid.size() * 4 + 8);
        tokens.add(RemiTokens.BAR);
        addChord(tokens, chords, 0);
        long bar = 0;
        long position = -1;
        GridNote previous = null;
        for (GridNote note : grid) {
            if (previous != null && previous.onsetStep() == note.onsetStep() && previous.pitch() == note.pitch()) {
                continue; // the same key struck twice at once (two tracks doubling) sounds as one note
            }
            long noteBar = note.onsetStep() / stepsPerBar;
            if (noteBar - bar > MAX_EMPTY_BARS + 1) {
                bar = noteBar - MAX_EMPTY_BARS - 1; // skip the silence beyond MAX_EMPTY_BARS empty bars
            }
            while (bar < noteBar) {
                tokens.add(RemiTokens.BAR);
                bar++;
                addChord(tokens, chords, bar);
                position = -1;
            }
            long notePosition = note.onsetStep() % stepsPerBar;
            if (notePosition != position) {
                tokens.add(RemiTokens.POSITION + notePosition);
                position = notePosition;
            }
            tokens.add(RemiTokens.VELOCITY + note.velocityBin());
            tokens.add(RemiTokens.PITCH + note.pitch());
            tokens.add(RemiTokens.DURATION + note.durationSteps());
            previous = note;
        }
        tokens.add(RemiTokens.END);
        return tokens;
    }

    private static void addChord(List<String> tokens, java.util.Map<Integer, Chord> chords, long bar) {
        Chord chord = bar <= Integer.MAX_VALUE ? chords.get((int) bar) : null;
        if (chord != null) {
            tokens.add(chord.token());
        }
    }
}
