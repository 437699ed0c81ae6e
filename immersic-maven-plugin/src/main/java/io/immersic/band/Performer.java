package io.immersic.band;

import io.immersic.analysis.CorpusStyle;
import io.immersic.generation.Humanizer;
import io.immersic.generation.TokenGenerator;
import io.immersic.harmony.BarChords;
import io.immersic.harmony.Chord;
import io.immersic.midi.Note;
import io.immersic.tokens.RemiDecoder;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a composed track into the band that plays it: the keys and the top line the model wrote, decoded and
 * humanized; the drums playing the form; the bass following the loop's chords and locking to the kick. Every part is
 * written from the same {@link Plan}, and in loop mode cut at the loop's last bar line.
 */
public final class Performer {

    private final double bpm;
    private final double beatsPerBar;
    private final CorpusStyle.Roll roll;
    private final boolean loop;
    private final Set<Part> parts;

    /**
     * @param roll how the keys roll their chords (the corpus's players' way)
     * @param parts the parts that play; the others are written too (the bass locks to the drums either way) but left
     *              out of the track
     */
    public Performer(double bpm, double beatsPerBar, CorpusStyle.Roll roll, boolean loop, Set<Part> parts) {
        this.bpm = bpm;
        this.beatsPerBar = beatsPerBar;
        this.roll = roll;
        this.loop = loop;
        this.parts = Set.copyOf(parts);
    }

    /**
     * @param number the track's number, from 1
     * @param seed the track's own seed (the build's seed split by the track's index)
     */
    public PerformedTrack perform(TokenGenerator.Track composed, int number, long seed) {
        RemiDecoder decoder = new RemiDecoder();
        int bars = bars(composed.tokens());
        List<Note> keys = Humanizer.apply(keysAsPlayed(decoder.decode(composed.tokens(), beatsPerBar),
                composed.chords(), beatsPerBar), beatsPerBar, composed.barLevels(),
                composed.rollOr(roll), composed.evenTouch(), composed.balance(), seed);
        Plan plan = plan(composed, keys, bars);
        Map<Part, List<Note>> played = new EnumMap<>(Part.class);
        played.put(Part.KEYS, keys);
        if (!composed.melody().isEmpty()) {
            List<Note> line = oneAtATime(decoder.decode(composed.melody(), beatsPerBar));
            played.put(Part.MELODY, onChannel(Humanizer.apply(line, beatsPerBar, composed.barLevels(),
                    CorpusStyle.Roll.NONE, composed.evenTouch(), seed ^ 0x6d656c6f64794cL), Part.MELODY));
        }
        List<Note> drums = DrumPart.write(plan, seed ^ 0x6472756d73L);
        played.put(Part.DRUMS, drums);
        played.put(Part.BASS, BassPart.write(plan, drums, seed ^ 0x62617373L));
        Map<Part, List<Note>> band = new EnumMap<>(Part.class);
        double end = bars * beatsPerBar;
        played.forEach((part, notes) -> {
            if (parts.contains(part)) {
                band.put(part, loop ? endAt(notes, end) : notes); // a loop's parts end exactly at its last bar line
            }
        });
        return new PerformedTrack(number, plan, band, composed.tokens());
    }

    /** The plan the composition followed; bars it gives no chord get the chord their keys sound. */
    private Plan plan(TokenGenerator.Track composed, List<Note> keys, int bars) {
        Map<Integer, Chord> heard = BarChords.label(keys, beatsPerBar);
        List<Chord> chords = new ArrayList<>(bars);
        for (int bar = 0; bar < bars; bar++) {
            Chord planned = bar < composed.chords().size() ? composed.chords().get(bar) : null;
            chords.add(planned != null ? planned : heard.get(bar));
        }
        int loopBars = composed.loopBars() > 0 ? composed.loopBars() : Math.min(4, Math.max(1, bars));
        String letters = composed.sections().length() == bars ? composed.sections() : "A".repeat(bars);
        int sectionBars = composed.sectionBars() > 0 ? composed.sectionBars() : Math.max(1, bars);
        return new Plan(composed.key(), bpm, beatsPerBar, loopBars, Plan.sections(letters, sectionBars), chords,
                loop);
    }

    static int bars(List<String> tokens) {
        return (int) tokens.stream().filter(RemiTokens.BAR::equals).count();
    }

    /** A top line plays one note at a time: each note ends where the next begins. */
    static List<Note> oneAtATime(List<Note> line) {
        List<Note> out = new ArrayList<>(line.size());
        for (int i = 0; i < line.size(); i++) {
            Note note = line.get(i);
            double next = i + 1 < line.size() ? line.get(i + 1).startBeat() : Double.POSITIVE_INFINITY;
            if (next <= note.startBeat() + 1e-9) {
                continue; // a second note at the same onset: the line keeps the later (higher) one
            }
            double duration = Math.min(note.durationBeats(), next - note.startBeat());
            out.add(new Note(note.pitch(), note.velocity(), note.startBeat(), duration, note.channel()));
        }
        return out;
    }

    private static List<Note> onChannel(List<Note> notes, Part part) {
        return notes.stream().map(n -> new Note(n.pitch(), n.velocity(), n.startBeat(), n.durationBeats(),
                part.channel())).toList();
    }

    /**
     * The keys' notes as hands play them: released where a key is struck again ({@link #releaseBeforeRestrike}) and
     * where the chord changes ({@link #releasedAtChordChanges}).
     *
     * @param chords the planned chord of every bar (null where none is planned)
     */
    public static List<Note> keysAsPlayed(List<Note> decoded, List<Chord> chords, double beatsPerBar) {
        return releasedAtChordChanges(releaseBeforeRestrike(decoded), chords, beatsPerBar);
    }

    /**
     * The notes with each one that would ring into a bar of another chord, where it is no chord tone, released at that
     * bar line: the hands (and the pedal) move to the new chord, and only common tones may be held over. A note the
     * model wrote long would otherwise smear the old harmony over the new one.
     */
    static List<Note> releasedAtChordChanges(List<Note> notes, List<Chord> chords, double beatsPerBar) {
        List<Note> out = new ArrayList<>(notes.size());
        for (Note note : notes) {
            int from = (int) Math.floor(note.startBeat() / beatsPerBar + 1e-9);
            double end = note.endBeat();
            for (int bar = from + 1; bar * beatsPerBar < end - 1e-9; bar++) {
                Chord started = chordOf(chords, from);
                Chord next = chordOf(chords, bar);
                if (started != null && next != null && !next.equals(started)
                        && !next.pitchClasses()[note.pitch() % 12]) {
                    end = bar * beatsPerBar;
                    break;
                }
            }
            out.add(end == note.endBeat() ? note : new Note(note.pitch(), note.velocity(), note.startBeat(),
                    end - note.startBeat(), note.channel()));
        }
        return out;
    }

    private static Chord chordOf(List<Chord> chords, int bar) {
        return bar >= 0 && bar < chords.size() ? chords.get(bar) : null;
    }

    /**
     * The notes with each one released where its key is struck again (a pianist must let a key up to strike it
     * again, and in MIDI a note-on over a sounding note of the same key is ambiguous). Notes are sorted by onset.
     */
    public static List<Note> releaseBeforeRestrike(List<Note> notes) {
        List<Note> out = new ArrayList<>(notes);
        Map<Integer, Integer> sounding = new HashMap<>(); // pitch → index in out
        for (int i = 0; i < out.size(); i++) {
            Note note = out.get(i);
            Integer previous = sounding.put(note.pitch(), i);
            if (previous != null && out.get(previous).endBeat() > note.startBeat() + 1e-9
                    && note.startBeat() > out.get(previous).startBeat() + 1e-9) {
                Note held = out.get(previous);
                out.set(previous, new Note(held.pitch(), held.velocity(), held.startBeat(),
                        note.startBeat() - held.startBeat(), held.channel()));
            }
        }
        return out;
    }

    /** The notes cut at {@code endBeat}: the ones starting later are dropped, the ones sounding past it shortened. */
    static List<Note> endAt(List<Note> notes, double endBeat) {
        List<Note> cut = new ArrayList<>(notes.size());
        for (Note note : notes) {
            if (note.startBeat() < endBeat - 1e-9) {
                cut.add(note.endBeat() <= endBeat ? note : new Note(note.pitch(), note.velocity(), note.startBeat(),
                        endBeat - note.startBeat(), note.channel()));
            }
        }
        return cut;
    }
}
