package io.immersic.band;

import io.immersic.harmony.Chord;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The short pieces a game plays around a loop, cut from the track itself so they share its key, tempo, sound and
 * voicing: a one-bar ending on the tonic, a one-bar stinger for a game event (the top line's motif over the tonic),
 * and the transition bar from A into B (the bar the band plays there, fill and all).
 */
public final class Transitions {

    /** General MIDI keys of the ending's and the stinger's hits. */
    private static final int KICK = 36;
    private static final int CRASH = 49;

    /**
     * A piece of music apart from the loop.
     *
     * @param name its name in file names: {@code ending}, {@code stinger}, {@code transition}
     * @param bars its length in bars (it rings on past them)
     * @param parts the notes of each part, from beat 0
     */
    public record Piece(String name, int bars, Map<Part, List<Note>> parts) {}

    private Transitions() {}

    /**
     * Always three pieces, in this order: {@code ending}, {@code stinger} and {@code transition} — the bar before the
     * first change of section letter (A into B), or the track's last bar (the one leading back into its start) when
     * it has one letter only.
     */
    public static List<Piece> of(PerformedTrack track) {
        Plan plan = track.plan();
        int home = firstFormBar(plan);
        int into = plan.bars() - 1;
        for (int i = 1; i < plan.sections().size(); i++) {
            Plan.Section from = plan.sections().get(i - 1);
            Plan.Section to = plan.sections().get(i);
            if (from.letter() != ' ' && to.letter() != from.letter()) {
                into = to.startBar() - 1;
                break;
            }
        }
        return List.of(ending(track, home), stinger(track, home), new Piece("transition", 1, bar(track, into)));
    }

    /**
     * The home loop's first chord (the tonic, where the model plans the harmony), struck as the keys strike it there
     * and held, the bass's root, a kick and a crash.
     */
    private static Piece ending(PerformedTrack track, int home) {
        Plan plan = track.plan();
        double barBeats = plan.beatsPerBar();
        Map<Part, List<Note>> parts = tonicStrike(track, home);
        Chord tonic = plan.chords().get(home);
        if (track.plays(Part.BASS) && tonic != null) {
            parts.put(Part.BASS, List.of(new Note(28 + Math.floorMod(tonic.root() - 4, 12), 92, 0, barBeats,
                    Part.BASS.channel())));
        }
        if (track.plays(Part.DRUMS)) {
            parts.put(Part.DRUMS, List.of(new Note(KICK, 100, 0, 0.25, Part.DRUMS.channel()),
                    new Note(CRASH, 96, 0, 0.25, Part.DRUMS.channel())));
        }
        return new Piece("ending", 1, parts);
    }

    /** The top line's first bar (else the keys' first strike) over the tonic strike, with a crash. */
    private static Piece stinger(PerformedTrack track, int home) {
        Plan plan = track.plan();
        double barBeats = plan.beatsPerBar();
        Map<Part, List<Note>> parts = tonicStrike(track, home);
        List<Note> line = track.notes(Part.MELODY);
        if (!line.isEmpty()) {
            double from = Math.floor(line.get(0).startBeat() / barBeats) * barBeats; // the bar the line comes in
            parts.put(Part.MELODY, within(line, from, barBeats));
        }
        if (track.plays(Part.DRUMS)) {
            parts.put(Part.DRUMS, List.of(new Note(CRASH, 100, 0, 0.25, Part.DRUMS.channel())));
        }
        return new Piece("stinger", 1, parts);
    }

    /** The keys' first strike of the home loop (its tonic chord), held for the bar: where both pieces start. */
    private static Map<Part, List<Note>> tonicStrike(PerformedTrack track, int home) {
        double barBeats = track.plan().beatsPerBar();
        Map<Part, List<Note>> parts = new EnumMap<>(Part.class);
        List<Note> strike = firstStrike(track.notes(Part.KEYS), track.plan().barStart(home), barBeats);
        if (!strike.isEmpty()) {
            parts.put(Part.KEYS, strike.stream().map(n -> held(n, barBeats)).toList());
        }
        return parts;
    }

    /** Every part's notes starting in {@code bar}, moved to start from beat 0. */
    static Map<Part, List<Note>> bar(PerformedTrack track, int bar) {
        Map<Part, List<Note>> parts = new EnumMap<>(Part.class);
        double from = track.plan().barStart(bar);
        track.parts().forEach((part, notes) -> parts.put(part, within(notes, from, track.plan().beatsPerBar())));
        return parts;
    }

    private static List<Note> within(List<Note> notes, double from, double beats) {
        return notes.stream().filter(n -> n.startBeat() >= from - 1e-9 && n.startBeat() < from + beats - 1e-9)
                .map(n -> new Note(n.pitch(), n.velocity(), n.startBeat() - from, n.durationBeats(), n.channel()))
                .toList();
    }

    /** The notes of the bar's first onset (a rolled chord's notes count with it: within a quarter beat). */
    private static List<Note> firstStrike(List<Note> keys, double barStart, double barBeats) {
        List<Note> bar = within(keys, barStart, barBeats);
        double first = bar.stream().mapToDouble(Note::startBeat).min().orElse(0);
        return bar.stream().filter(n -> n.startBeat() < first + 0.25).toList();
    }

    private static Note held(Note note, double untilBeat) {
        return new Note(note.pitch(), note.velocity(), note.startBeat(), Math.max(0.25, untilBeat - note.startBeat()),
                note.channel());
    }

    /** The form's first bar after any primer: where the home loop, on the tonic, starts. */
    private static int firstFormBar(Plan plan) {
        return plan.sections().stream().filter(s -> s.letter() != ' ').mapToInt(Plan.Section::startBar).findFirst()
                .orElse(0);
    }
}
