package io.immersic.evaluation;

import io.immersic.band.Part;
import io.immersic.band.PerformedTrack;
import io.immersic.band.Plan;
import io.immersic.harmony.BarChords;
import io.immersic.harmony.Chord;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * Figures that say whether the parts of a band track play together as a lo-fi band does: the bass on the roots and
 * with the kick, the melody a single line over the keys that lands on chord tones and comes back with its loop, the
 * drums a groove that fills at section ends and changes between sections.
 *
 * <p>Times are in beats (quarter notes); bar b starts at {@code b · beatsPerBar}. <b>The bar's chord</b> is the plan's
 * chord for the bar or, where the plan has none, the chord {@link BarChords#label} names from the keys' notes of the
 * bar; bars with neither are not measured. A <b>melody onset</b> is a run of melody notes each starting within 1/16
 * beat of the one before, at the first one's start, its pitch the highest of them (the line a listener follows).
 * A figure with nothing to measure is {@code NaN}: every bass figure but {@code bassPresent} when no bass plays, the
 * melody figures without a melody, the drum figures without drums, and a share whose denominator is 0.
 *
 * @param parts the ids of the parts that have notes, in {@link Part} order
 * @param bassPresent 1 when the bass has notes, else 0 (over tracks: the share of tracks with a bass)
 * @param bassLowestPitch the lowest bass pitch, MIDI key (over tracks: the lowest of any track)
 * @param bassRootOnDownbeat (bars with a chord where a bass note with the chord's root pitch class starts within
 *     ±1/8 beat of the bar line) / (bars with a chord)
 * @param bassLockedToKick (bass notes starting within 1/8 beat of a kick — GM key 35 or 36 on channel 9 — or of a bar
 *     line) / (bass notes)
 * @param melodySingleAboveKeys (melody onsets of one note whose pitch is above every keys note sounding then — a keys
 *     note sounds at t when it starts by t + 1/16 beat and ends after t; none sounding counts as above) / (melody onsets)
 * @param melodyChordTonesStrong (melody notes starting within 1/8 beat of beat 1 or beat 3 of a bar with a chord whose
 *     pitch class is in the chord) / (such notes); beat 3, two beats in, only in bars of 4 beats or more, so only beat 1
 *     in 3/4; a note just before a bar line belongs to the next bar's beat 1
 * @param melodySteps (moves between consecutive melody onsets of at most 2 semitones, repeated notes included) /
 *     (moves)
 * @param melodyRhythmRecurs 1 when every melody onset of its first phrase has a melody onset at the same place
 *     (within 1/16 beat of the same offset from the pass's start) when the loop comes back, else 0; over tracks, the
 *     share of tracks. The first phrase is the first whole loop pass (after any primer) in which the melody plays
 *     (a line resting through an intro comes in later); the return is the next whole pass of a section with the
 *     same letter in which it plays. Onsets the return adds do not count against it
 * @param melodyPitchRecurrence (first-pass onsets matched in the return with the same pitch) / (first-pass onsets
 *     matched), so it says whether the pitches come back where the rhythm does
 * @param drumGrooveBars distinct drum bars in the form outside its fills: a bar is its hits as (key, beat in the
 *     bar), and two bars are the same when each hit has a hit of the same key within a 32nd note in the other (a
 *     swung, humanized eighth at 0.6 of a beat straddles any fixed grid); the last bar of each section (its fill)
 *     and bars without hits are left out
 * @param drumFillShare (sections whose last bar differs from the section's most common other bar — a fill or a drop)
 *     / (sections of at least 2 bars with hits); the first of equally common bars counts as most common
 * @param drumSectionChange (section boundaries where the letter changes and the first bar after differs from the
 *     bar before the fill, the last section's second-to-last bar) / (such boundaries after a section of at least 2
 *     bars)
 * @param counts what each figure was measured over, so that {@link #mean} can pool tracks
 */
public record BandFigures(List<String> parts, double bassPresent, double bassLowestPitch, double bassRootOnDownbeat,
                          double bassLockedToKick, double melodySingleAboveKeys, double melodyChordTonesStrong,
                          double melodySteps, double melodyRhythmRecurs, double melodyPitchRecurrence,
                          double drumGrooveBars, double drumFillShare, double drumSectionChange, Counts counts) {

    /** How far from a bar line or a kick a note may start and still be heard on it, in beats. */
    static final double ON_BEAT = 1.0 / 8;
    /** How far apart notes may start and still be heard as struck together, in beats. */
    static final double TOGETHER = 1.0 / 16;
    private static final double EPSILON = 1e-9;
    private static final Set<Integer> KICKS = Set.of(35, 36);

    /**
     * The denominators of the figures (tracks with the part, for the per-track ones).
     *
     * @param tracks tracks measured
     * @param bassTracks tracks with a bass
     * @param chordBars bars with a chord in tracks with a bass ({@code bassRootOnDownbeat})
     * @param bassNotes bass notes ({@code bassLockedToKick})
     * @param melodyOnsets melody onsets ({@code melodySingleAboveKeys})
     * @param strongMelodyNotes melody notes on beats 1 and 3 of bars with a chord ({@code melodyChordTonesStrong})
     * @param melodyMoves moves between melody onsets ({@code melodySteps})
     * @param motifTracks tracks whose first loop pass has melody onsets and comes back ({@code melodyRhythmRecurs})
     * @param motifMatches first-pass onsets matched in the return ({@code melodyPitchRecurrence})
     * @param drumTracks tracks with drums ({@code drumGrooveBars})
     * @param drumSections sections measured for fills ({@code drumFillShare})
     * @param drumBoundaries section boundaries measured ({@code drumSectionChange})
     */
    public record Counts(int tracks, int bassTracks, int chordBars, int bassNotes, int melodyOnsets,
                         int strongMelodyNotes, int melodyMoves, int motifTracks, int motifMatches, int drumTracks,
                         int drumSections, int drumBoundaries) {}

    /** A share and what it was measured over. */
    record Share(double value, int over) {

        static Share of(int hits, int over) {
            return new Share(over == 0 ? Double.NaN : (double) hits / over, over);
        }
    }

    /** The figures of one track. */
    public static BandFigures of(PerformedTrack track) {
        Plan plan = track.plan();
        List<String> parts = new ArrayList<>();
        for (Part part : Part.values()) {
            if (!track.notes(part).isEmpty()) {
                parts.add(part.id());
            }
        }
        List<Chord> chords = barChords(plan, track.notes(Part.KEYS));
        List<Note> bass = track.notes(Part.BASS);
        List<Note> drums = track.notes(Part.DRUMS);
        Share root = bass.isEmpty() ? Share.of(0, 0) : rootOnDownbeat(bass, chords, plan.beatsPerBar());
        Share locked = lockedToKick(bass, drums, plan.beatsPerBar());
        MelodyFigures melody = MelodyFigures.of(track.notes(Part.MELODY), track.notes(Part.KEYS), chords, plan);
        DrumFigures drum = DrumFigures.of(drums, plan);
        Counts counts = new Counts(1, bass.isEmpty() ? 0 : 1, root.over(), locked.over(), melody.singleAbove().over(),
                melody.chordTones().over(), melody.steps().over(), melody.rhythmRecurs().over(),
                melody.pitchRecurrence().over(), drums.isEmpty() ? 0 : 1, drum.fills().over(),
                drum.changes().over());
        return new BandFigures(List.copyOf(parts), bass.isEmpty() ? 0 : 1,
                bass.stream().mapToDouble(Note::pitch).min().orElse(Double.NaN), root.value(), locked.value(),
                melody.singleAbove().value(), melody.chordTones().value(), melody.steps().value(),
                melody.rhythmRecurs().value(), melody.pitchRecurrence().value(),
                drums.isEmpty() ? Double.NaN : drum.grooveBars(), drum.fills().value(), drum.changes().value(),
                counts);
    }

    /**
     * The figures of many tracks pooled: each share is the sum of its numerators over the sum of its denominators
     * (so a track with 32 chord bars weighs four times one with 8), {@code melodyRhythmRecurs} and
     * {@code drumGrooveBars} are means over the tracks that measure them, {@code bassPresent} the share of tracks with
     * a bass and {@code bassLowestPitch} the lowest of any track. {@code parts} lists every part any track has.
     */
    public static BandFigures mean(List<BandFigures> tracks) {
        EnumSet<Part> present = EnumSet.noneOf(Part.class);
        for (BandFigures figures : tracks) {
            for (Part part : Part.values()) {
                if (figures.parts().contains(part.id())) {
                    present.add(part);
                }
            }
        }
        Counts counts = new Counts(sum(tracks, Counts::tracks), sum(tracks, Counts::bassTracks),
                sum(tracks, Counts::chordBars), sum(tracks, Counts::bassNotes), sum(tracks, Counts::melodyOnsets),
                sum(tracks, Counts::strongMelodyNotes), sum(tracks, Counts::melodyMoves),
                sum(tracks, Counts::motifTracks), sum(tracks, Counts::motifMatches), sum(tracks, Counts::drumTracks),
                sum(tracks, Counts::drumSections), sum(tracks, Counts::drumBoundaries));
        return new BandFigures(present.stream().map(Part::id).toList(),
                pooled(tracks, BandFigures::bassPresent, Counts::tracks),
                tracks.stream().mapToDouble(BandFigures::bassLowestPitch).filter(v -> !Double.isNaN(v)).min()
                        .orElse(Double.NaN),
                pooled(tracks, BandFigures::bassRootOnDownbeat, Counts::chordBars),
                pooled(tracks, BandFigures::bassLockedToKick, Counts::bassNotes),
                pooled(tracks, BandFigures::melodySingleAboveKeys, Counts::melodyOnsets),
                pooled(tracks, BandFigures::melodyChordTonesStrong, Counts::strongMelodyNotes),
                pooled(tracks, BandFigures::melodySteps, Counts::melodyMoves),
                pooled(tracks, BandFigures::melodyRhythmRecurs, Counts::motifTracks),
                pooled(tracks, BandFigures::melodyPitchRecurrence, Counts::motifMatches),
                pooled(tracks, BandFigures::drumGrooveBars, Counts::drumTracks),
                pooled(tracks, BandFigures::drumFillShare, Counts::drumSections),
                pooled(tracks, BandFigures::drumSectionChange, Counts::drumBoundaries),
                counts);
    }

    /** Σ figure·weight / Σ weight over the tracks that measure the figure; NaN when none does. */
    private static double pooled(List<BandFigures> tracks, ToDoubleFunction<BandFigures> figure,
            ToIntFunction<Counts> weight) {
        double total = 0;
        long over = 0;
        for (BandFigures track : tracks) {
            double value = figure.applyAsDouble(track);
            int n = weight.applyAsInt(track.counts());
            if (!Double.isNaN(value) && n > 0) {
                total += value * n;
                over += n;
            }
        }
        return over == 0 ? Double.NaN : total / over;
    }

    private static int sum(List<BandFigures> tracks, ToIntFunction<Counts> count) {
        return tracks.stream().mapToInt(track -> count.applyAsInt(track.counts())).sum();
    }

    /** Per bar, the plan's chord or, where it has none, the chord the keys sound (null when neither names one). */
    static List<Chord> barChords(Plan plan, List<Note> keys) {
        Map<Integer, Chord> heard = BarChords.label(keys, plan.beatsPerBar());
        List<Chord> chords = new ArrayList<>();
        for (int bar = 0; bar < plan.bars(); bar++) {
            Chord planned = plan.chords().get(bar);
            chords.add(planned != null ? planned : heard.get(bar));
        }
        return chords;
    }

    private static Share rootOnDownbeat(List<Note> bass, List<Chord> chords, double beatsPerBar) {
        int hits = 0;
        int over = 0;
        for (int bar = 0; bar < chords.size(); bar++) {
            Chord chord = chords.get(bar);
            if (chord == null) {
                continue;
            }
            over++;
            double line = bar * beatsPerBar;
            boolean rooted = bass.stream().anyMatch(note -> near(note.startBeat(), line, ON_BEAT)
                    && note.pitch() % 12 == chord.root());
            hits += rooted ? 1 : 0;
        }
        return Share.of(hits, over);
    }

    private static Share lockedToKick(List<Note> bass, List<Note> drums, double beatsPerBar) {
        List<Double> kicks = drums.stream().filter(note -> note.channel() == 9 && KICKS.contains(note.pitch()))
                .map(Note::startBeat).toList();
        int hits = 0;
        for (Note note : bass) {
            double start = note.startBeat();
            boolean onBarLine = near(start, Math.round(start / beatsPerBar) * beatsPerBar, ON_BEAT);
            boolean onKick = kicks.stream().anyMatch(kick -> near(start, kick, ON_BEAT));
            hits += onBarLine || onKick ? 1 : 0;
        }
        return Share.of(hits, bass.size());
    }

    /** Whether two times are at most {@code tolerance} beats apart (with slack for floating point). */
    static boolean near(double a, double b, double tolerance) {
        return Math.abs(a - b) <= tolerance + EPSILON;
    }
}
