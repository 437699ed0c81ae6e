package io.immersic.analysis;

import io.immersic.harmony.Chord;
import io.immersic.harmony.Key;
import io.immersic.midi.Note;
import io.immersic.tokens.RemiDecoder;
import io.immersic.tokens.PieceStyle;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What generation takes from the corpus besides the model: how long its loops are, where its music sits on the
 * keyboard and which keys its pieces are in. Measured on the token files, so it works for any corpus.
 *
 * @param loopBars the usual length of a loop, in bars: the most common period at which the files' bars repeat, a file
 *                 that does not repeat but is 2, 4 or 8 bars long counting as one loop of its length
 * @param registerLow the lowest pitch of the corpus's usual register (its median passage, a little wider), for music
 *                    that follows no piece's register (a primer's continuation)
 * @param registerHigh the highest pitch of that register
 * @param keys the estimated key of every file with notes
 * @param roll how the corpus's players roll their chords (see {@link Roll})
 * @param hands where each file's keys sit and how hard they strike (see {@link Hands}), one per file with notes: a
 *              track is played by one of them, as each human piece has a register and a touch of its own
 * @param pieceStyle the cuts that put a piece's texture into the words the model reads ({@link PieceStyle}); null
 *                   in a model from before it read them
 * @param keyChords the chords the pieces play in their keys besides the diatonic ones ({@link KeyChord}); empty in a
 *                  model from before they were kept (its loops keep to the diatonic chords)
 */
public record CorpusStyle(int loopBars, int registerLow, int registerHigh, List<Key> keys, Roll roll,
                          List<Hands> hands, PieceStyle pieceStyle, List<KeyChord> keyChords) {

    /**
     * One piece's player: where the keys sit (its median 4-bar passage's centre and span, a little wider, the span
     * kept between {@value #MIN_SPAN}, room for a root below a chord, and {@value #MAX_SPAN} semitones) and its touch
     * (the velocity bin of its median note). Human pieces differ in both: in the lofi-progressions the passages'
     * centres run from about 48 to 88, their spans from 12 to 74 semitones, and most pieces' touch is in velocity
     * bin 3, 4 or 5 (a few from 1 to 7). One register for every track, and a touch drawn afresh, made every track
     * sit where no piece quite does, and now and then a whole track at a touch no piece has.
     *
     * @param low   the lowest pitch the keys play
     * @param high  the highest
     * @param touch the velocity bin the track's first strike keeps within one bin of (-1: any)
     * @param touchBins how many neighbouring velocity bins the piece's notes use (the middle 90 % of them): a track
     *                  keeps to as many, from one (a piece played at one velocity, as a third of the corpus's are) to
     *                  four or five (a player who accents, or a line sung over chords at a level of its own); 0 in a
     *                  model from before it was measured: two. The middle 80 % left out the line of many a piece
     *                  whose chords outnumber its line's notes ten to one, and its tracks played it at one level.
     * @param loopShape how the piece's first four bars are built ({@link LoopShape}): the loops these hands play
     *                  share chords and replay bars as it does (a shorter piece is read looped); null for a piece
     *                  without bars, or a model from before it was measured (every bar of such a loop is written anew)
     * @param styleWords the piece's texture in the words the model reads ({@link PieceStyle#wordsOf}); empty in a
     *                   model from before it read them
     * @param roll how the piece's player rolls chords; null in a model from before it was measured (the corpus's
     *             roll, {@link CorpusStyle#roll}, is played). Players differ: of the lofi-progressions' pieces with
     *             chords, about a third never roll one and another third roll every one, so the corpus's mean (46 %)
     *             is no player's habit.
     * @param palette how rich the piece's harmony is ({@link Palette}); null for a piece without chords, or in a model
     *                from before it was measured (any chord, any passing tone)
     * @param mostKeys the most notes the piece strikes at once (a rolled chord one strike): a track's strikes, its
     *                 chords completed included, have no more. From one (a line, never a chord: 2 of the
     *                 lofi-progressions' 76 pieces) to eight or more (both hands); the usual five or six, where the
     *                 model's strikes, completed, had seven or eight. 0 in a model from before it was measured: any.
     * @param balance how the player balances the voices: the velocity a note gains per semitone above the middle
     *                of a track's notes, and loses per semitone below (the piece's least-squares slope of velocity
     *                on pitch, within ±{@link #MAX_BALANCE}; 0 for a piece at one velocity). Players differ: in the
     *                lofi-progressions a quarter of the pieces tie loudness to register (correlation beyond ±0.5), a
     *                line sung over soft chords (+1 a semitone at the 90th percentile) or a bass struck harder than
     *                the chords above it (−0.5 at the 10th), where the model's tracks, whose velocities it writes
     *                note by note, had no such tie (1 in 100). Null in a model from before it was measured (a
     *                chord's top note is sung out a little, as before).
     * @param evenLength the one length, in grid steps, at which the piece plays nine notes in ten or more, as a
     *                   programmed part does (8 of the lofi-progressions' 76 pieces play 19 notes in 20 or more at one
     *                   length, a held chord a bar or a run of sixteenths; the others none at more than 17 in 20): a
     *                   track's keys then play every note at that length. 0: the lengths vary (or were not measured).
     *                   Writing each note's length, the model varied the lengths of such hands' tracks as of any
     *                   other's: a tenth of the pieces' 4-bar windows spread their note lengths by less than 0.19
     *                   (SD of log2 beats), a tenth of the tracks' by less than 0.41.
     */
    public record Hands(int low, int high, int touch, int touchBins, LoopShape loopShape, List<String> styleWords,
                        Roll roll, Palette palette, int mostKeys, Double balance, int evenLength) {

        public Hands {
            styleWords = styleWords == null ? List.of() : List.copyOf(styleWords);
        }

        /** Hands whose piece gives no loop shape and no texture. */
        public Hands(int low, int high, int touch, int touchBins) {
            this(low, high, touch, touchBins, null, List.of());
        }

        /**
         * Hands whose player's habits besides register, touch and texture were not measured (a model from before
         * they were): they roll chords as the corpus does, play any chord, strike and note length, and sing a
         * chord's top note out.
         */
        public Hands(int low, int high, int touch, int touchBins, LoopShape loopShape, List<String> styleWords) {
            this(low, high, touch, touchBins, loopShape, styleWords, null, null, 0, null, 0);
        }

        /** Whether these hands play a chord of this many tones: any, where the piece's chords were not measured. */
        public boolean playsChordOf(Chord chord) {
            return palette == null || palette.allows(chord);
        }

        /** The most notes a strike may have: any where it was not measured. */
        public int mostKeysOrAny() {
            return mostKeys > 0 ? mostKeys : Integer.MAX_VALUE;
        }

        /** The most pitch classes a bar may sound outside its chord: any number, where it was not measured. */
        public int passingTonesOrAny() {
            return palette == null ? 12 : palette.passingTones();
        }

        /** The bins a track may span: two where the model did not measure it. */
        public int touchBinsOrDefault() {
            return touchBins > 0 ? touchBins : 2;
        }

        /** The hands centred on {@code centre}, {@code span} wide (clamped), inside the 88 keys. */
        static Hands around(double centre, double span, int touch, int touchBins, LoopShape loopShape,
                            List<String> styleWords, Roll roll, Palette palette, int mostKeys, double balance,
                            int evenLength) {
            int width = (int) Math.round(Math.max(MIN_SPAN, Math.min(MAX_SPAN, span)));
            int low = Math.max(PIANO_LOW, Math.min(PIANO_HIGH - width, (int) Math.round(centre - width / 2.0)));
            return new Hands(low, low + width, touch, touchBins, loopShape, styleWords, roll, palette, mostKeys,
                    balance, evenLength);
        }
    }

    /**
     * How rich a piece's harmony is: how many tones its chords have, from its sparest chord to its richest (a triad 3,
     * a seventh or sixth 4, a ninth 5, an eleventh or thirteenth 6), and how many tones outside its chord a bar
     * sounds at most (passing tones, a line's neighbour notes). Pieces keep to their palette: in the lofi-progressions
     * a third play sevenths and nothing richer, others ninths to thirteenths throughout, and 27 of 76 pieces never
     * sound a tone outside the bar's chord, where 24 sound two or more; so the pitch classes a bar sounds differ from
     * piece to piece (the pieces' means 3.8 to 6.5, 10th to 90th percentile). Drawn from the corpus's whole palette,
     * every track had its average (4.9 to 6.1), and the hands of a piece of plain sevenths played 5 or 6 pitch
     * classes in two bars of three.
     *
     * @param fewestTones the fewest tones of a chord the piece plays
     * @param mostTones the most
     * @param passingTones the most pitch classes a bar of it sounds outside the bar's chord
     */
    public record Palette(int fewestTones, int mostTones, int passingTones) {

        public boolean allows(Chord chord) {
            int tones = chord.quality().intervals().length;
            return tones >= fewestTones && tones <= mostTones;
        }

        /** The palette of a piece's bars, each a chord (null: none) and the pitch classes it sounds; null: no chord. */
        static Palette of(List<Chord> chords, List<boolean[]> sounded) {
            int fewest = Integer.MAX_VALUE;
            int most = 0;
            int passing = 0;
            for (int bar = 0; bar < chords.size() && bar < sounded.size(); bar++) {
                Chord chord = chords.get(bar);
                if (chord == null) {
                    continue;
                }
                int tones = chord.quality().intervals().length;
                fewest = Math.min(fewest, tones);
                most = Math.max(most, tones);
                boolean[] chordTones = chord.pitchClasses();
                int outside = 0;
                for (int pc = 0; pc < 12; pc++) {
                    outside += sounded.get(bar)[pc] && !chordTones[pc] ? 1 : 0;
                }
                passing = Math.max(passing, outside);
            }
            return most == 0 ? null : new Palette(fewest, most, passing);
        }
    }

    public record Roll(double share, int steps) {
        public static final Roll NONE = new Roll(0, 1);

        /** How the chords of these notes are rolled, measured as the corpus's are. */
        public static Roll of(List<Note> notes) {
            RollCount count = new RollCount();
            count.add(notes);
            return count.roll();
        }
    }

    /** Onsets at most this many grid steps apart belong to one strike (a rolled chord). */
    static final int ROLL_GAP_STEPS = 2;
    private static final int ROLL_MIN_NOTES = 3;

    public CorpusStyle(int loopBars, int registerLow, int registerHigh, List<Key> keys) {
        this(loopBars, registerLow, registerHigh, keys, Roll.NONE, null);
    }

    /** A style whose model reads no texture words and whose loops keep to the diatonic chords. */
    public CorpusStyle(int loopBars, int registerLow, int registerHigh, List<Key> keys, Roll roll, List<Hands> hands) {
        this(loopBars, registerLow, registerHigh, keys, roll, hands, null, List.of());
    }

    /** The files as the model reads them: with their texture words where it reads them, else as they are. */
    public List<List<String>> modelInput(List<List<String>> files) {
        if (pieceStyle == null) {
            return files;
        }
        return pieceStyle.conditionedFiles(files);
    }

    /** The vocabulary's lines: the files as the model reads them, and every texture word it may be given. */
    public List<List<String>> vocabularyLines(List<List<String>> files) {
        List<List<String>> lines = new ArrayList<>(modelInput(files));
        if (pieceStyle != null) {
            lines.add(PieceStyle.allWords());
        }
        return lines;
    }


    /** A loop length when the corpus shows none: four bars, the most common loop in lo-fi. */
    public static final int DEFAULT_LOOP_BARS = 4;
    /**
     * The widest register a track's hands may span: four octaves and a third, two hands apart, wider than this,
     * music stops sounding like one player. The lofi-progressions' 4-bar windows span up to 47 semitones (the
     * widest tenth); held to 40, generated windows spanned 39 at most, and register span was the first figure the
     * classifier told them apart by (forest AUC 0.845; 0.815 with 52).
     */
    public static final int MAX_SPAN = 52;
    /**
     * The most velocity a note may gain per semitone: the whole velocity range over an octave. A piece whose notes
     * lie a semitone or two apart can measure a steeper slope, which says nothing of a track's wider register.
     */
    public static final double MAX_BALANCE = 127 / 12.0;
    /** The share of a piece's notes at one length that makes it a piece played at one length. */
    static final double EVEN_LENGTH_SHARE = 0.9;
    /** The narrowest register a track plays in: an octave and a fifth, a root below a chord in one hand. */
    public static final int MIN_SPAN = 19;
    private static final int PIANO_LOW = 21;
    private static final int PIANO_HIGH = 108;
    private static final int[] LOOP_LENGTHS = {2, 4, 8};
    private static final int REGISTER_MARGIN = 6;
    private static final double LOOP_AGREEMENT = 0.75;

    public CorpusStyle {
        keys = List.copyOf(keys);
        keyChords = keyChords == null ? List.of() : List.copyOf(keyChords);
        roll = roll == null ? Roll.NONE : roll; // models written before the roll was measured
        // Models written before each piece's hands were kept play every track in the corpus's usual register.
        hands = hands == null || hands.isEmpty() ? List.of(new Hands(registerLow, registerHigh, -1, 0))
                : List.copyOf(hands);
    }

    public static CorpusStyle of(List<List<String>> files, double beatsPerBar) {
        TreeMap<Integer, Integer> loopVotes = new TreeMap<>();
        List<Double> centres = new ArrayList<>();
        List<Double> spans = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        List<Hands> hands = new ArrayList<>();
        List<List<Chord>> chordsOfPiece = new ArrayList<>();
        List<Key> keyOfPiece = new ArrayList<>();
        PieceStyle pieceStyle = PieceStyle.of(files);
        RollCount rolls = new RollCount();
        RemiDecoder decoder = new RemiDecoder();
        for (List<String> file : files) {
            int loop = loopLength(barContents(file));
            if (loop > 0) {
                loopVotes.merge(loop, 1, Integer::sum);
            }
            List<Note> notes = decoder.decode(file, beatsPerBar);
            if (notes.isEmpty()) {
                continue;
            }
            List<Double> pieceCentres = new ArrayList<>();
            List<Double> pieceSpans = new ArrayList<>();
            registerWindows(notes, beatsPerBar, pieceCentres, pieceSpans);
            centres.addAll(pieceCentres);
            spans.addAll(pieceSpans);
            double[] velocities = notes.stream().mapToDouble(Note::velocity).sorted().toArray();
            int touch = RemiTokens.velocityBin((int) Math.round(velocities[velocities.length / 2]));
            int touchBins = 1 + RemiTokens.velocityBin((int) Math.round(velocities[velocities.length * 19 / 20]))
                    - RemiTokens.velocityBin((int) Math.round(velocities[velocities.length / 20]));
            List<Chord> chords = barChords(file);
            hands.add(Hands.around(median(pieceCentres), median(pieceSpans) + REGISTER_MARGIN, touch, touchBins,
                    LoopShape.of(file), pieceStyle.wordsOf(file), Roll.of(notes),
                    Palette.of(chords, barPitchClasses(file)), mostKeys(notes), balance(notes), evenLength(notes)));
            rolls.add(notes);
            double[] profile = new double[12];
            notes.forEach(n -> profile[n.pitch() % 12] += n.durationBeats());
            Key key = Key.fromEstimate(KeyEstimator.estimate(profile));
            if (key != null) {
                keys.add(key);
            }
            chordsOfPiece.add(chords);
            keyOfPiece.add(key);
        }
        int loopBars = mostVoted(loopVotes);
        double centre = centres.isEmpty() ? 60 : median(centres);
        // A little wider than the median passage, so a section can reach as far as the corpus's wider ones.
        double span = Math.min(MAX_SPAN, spans.isEmpty() ? 24 : median(spans) + REGISTER_MARGIN);
        int low = (int) Math.round(centre - span / 2);
        return new CorpusStyle(loopBars, Math.max(PIANO_LOW, low), Math.min(PIANO_HIGH, low + (int) Math.round(span)),
                keys, rolls.roll(), hands, pieceStyle, KeyChord.played(chordsOfPiece, keyOfPiece));
    }

    /** The loop length most files show; a tie goes to four bars, then to the shorter. */
    private static int mostVoted(TreeMap<Integer, Integer> votes) {
        int best = DEFAULT_LOOP_BARS;
        int bestVotes = votes.getOrDefault(DEFAULT_LOOP_BARS, 0);
        for (var vote : votes.entrySet()) {
            if (vote.getValue() > bestVotes) {
                best = vote.getKey();
                bestVotes = vote.getValue();
            }
        }
        return best;
    }

    /** The chord of every bar as its tokens say (null for a bar without one). */
    public static List<Chord> barChords(List<String> tokens) {
        List<Chord> chords = new ArrayList<>();
        for (String token : tokens) {
            if (token.equals(RemiTokens.BAR)) {
                chords.add(null);
            } else if (!chords.isEmpty() && chords.get(chords.size() - 1) == null) {
                Chord chord = Chord.fromToken(token);
                if (chord != null) {
                    chords.set(chords.size() - 1, chord);
                }
            }
        }
        return chords;
    }

    /** The pitch classes every bar sounds, bar for bar with {@link #barChords}. */
    static List<boolean[]> barPitchClasses(List<String> tokens) {
        List<boolean[]> bars = new ArrayList<>();
        for (String token : tokens) {
            int pitch = RemiTokens.valueOf(token, RemiTokens.PITCH);
            if (token.equals(RemiTokens.BAR)) {
                bars.add(new boolean[12]);
            } else if (pitch >= 0 && !bars.isEmpty()) {
                bars.get(bars.size() - 1)[pitch % 12] = true;
            }
        }
        return bars;
    }

    /**
     * What each bar plays, as its note tokens (positions, velocities, pitches, durations; the chord label aside), so
     * that two bars are equal when they sound the same.
     */
    static List<String> barContents(List<String> tokens) {
        List<String> bars = new ArrayList<>();
        StringBuilder bar = null;
        for (String token : tokens) {
            if (token.equals(RemiTokens.BAR)) {
                if (bar != null) {
                    bars.add(bar.toString());
                }
                bar = new StringBuilder();
            } else if (bar != null && Chord.fromToken(token) == null && !token.equals(RemiTokens.END)) {
                bar.append(token).append(' ');
            }
        }
        if (bar != null) {
            bars.add(bar.toString());
        }
        return bars;
    }

    /**
     * The loop a file is: the shortest period (2, 4 or 8 bars) at which its bars repeat note for note in at least
     * three quarters of them; else, for a file of 2, 4 or 8 bars, its own length (most lo-fi sketches are one loop,
     * written out once); else 0 (a through-composed piece says nothing about loop length). Whole bars are compared,
     * not chord labels: a 4-bar figure over two alternating chords is a 4-bar loop.
     */
    static int loopLength(List<String> bars) {
        for (int period : LOOP_LENGTHS) {
            int compared = 0;
            int equal = 0;
            for (int bar = 0; bar + period < bars.size(); bar++) {
                compared++;
                equal += bars.get(bar).equals(bars.get(bar + period)) ? 1 : 0;
            }
            if (compared >= period && equal >= LOOP_AGREEMENT * compared) {
                return period;
            }
        }
        for (int length : LOOP_LENGTHS) {
            if (bars.size() == length) {
                return length;
            }
        }
        return 0;
    }

    /**
     * The velocity a note of these gains per semitone of pitch: the least-squares slope of velocity on pitch (0 when
     * every note has one pitch), within ±{@link #MAX_BALANCE}.
     */
    static double balance(List<Note> notes) {
        double meanPitch = notes.stream().mapToDouble(Note::pitch).average().orElse(0);
        double meanVelocity = notes.stream().mapToDouble(Note::velocity).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (Note note : notes) {
            covariance += (note.pitch() - meanPitch) * (note.velocity() - meanVelocity);
            variance += (note.pitch() - meanPitch) * (note.pitch() - meanPitch);
        }
        return variance == 0 ? 0 : Math.max(-MAX_BALANCE, Math.min(MAX_BALANCE, covariance / variance));
    }

    /**
     * The length, in grid steps, at which {@value #EVEN_LENGTH_SHARE} of these notes or more are played; 0 when no
     * length is that common.
     */
    static int evenLength(List<Note> notes) {
        TreeMap<Long, Integer> notesOfLength = new TreeMap<>();
        notes.forEach(note -> notesOfLength.merge(Math.round(note.durationBeats() * RemiTokens.STEPS_PER_BEAT), 1,
                Integer::sum));
        return notesOfLength.entrySet().stream()
                .filter(length -> length.getValue() >= EVEN_LENGTH_SHARE * notes.size())
                .mapToInt(length -> length.getKey().intValue()).findFirst().orElse(0);
    }

    /** The most notes a strike of these notes has (a rolled chord is one strike). */
    static int mostKeys(List<Note> notes) {
        return strikes(notes).stream().mapToInt(Strike::notes).max().orElse(0);
    }

    /** Notes struck together: the grid steps of its onsets (several for a rolled chord) and how many notes. */
    private record Strike(List<Long> onsets, int notes) {}

    /** The notes' onsets grouped into strikes: onsets at most {@value #ROLL_GAP_STEPS} grid steps apart are one. */
    private static List<Strike> strikes(List<Note> notes) {
        TreeMap<Long, Integer> onsets = new TreeMap<>(); // grid step → notes starting there
        for (Note note : notes) {
            onsets.merge(Math.round(note.startBeat() * RemiTokens.STEPS_PER_BEAT), 1, Integer::sum);
        }
        List<Long> steps = new ArrayList<>(onsets.keySet());
        List<Strike> strikes = new ArrayList<>();
        for (int first = 0; first < steps.size(); ) {
            int last = first;
            int count = onsets.get(steps.get(first));
            while (last + 1 < steps.size() && steps.get(last + 1) - steps.get(last) <= ROLL_GAP_STEPS) {
                last++;
                count += onsets.get(steps.get(last));
            }
            strikes.add(new Strike(steps.subList(first, last + 1), count));
            first = last + 1;
        }
        return strikes;
    }

    /** Counts strikes and rolled strikes over files, and the gaps inside rolled ones. */
    static final class RollCount {
        private int strikes;
        private int rolled;
        private final List<Double> gaps = new ArrayList<>();

        void add(List<Note> notes) {
            for (Strike strike : strikes(notes)) {
                if (strike.notes() >= ROLL_MIN_NOTES) {
                    strikes++;
                    List<Long> onsets = strike.onsets();
                    if (onsets.size() > 1) {
                        rolled++;
                        for (int i = 0; i + 1 < onsets.size(); i++) {
                            gaps.add((double) (onsets.get(i + 1) - onsets.get(i)));
                        }
                    }
                }
            }
        }

        Roll roll() {
            if (strikes == 0 || rolled == 0) {
                return Roll.NONE;
            }
            return new Roll(Math.round(1000.0 * rolled / strikes) / 1000.0, (int) Math.round(median(gaps)));
        }
    }

    /** Adds the centre and span of every 4-bar window with notes. */
    private static void registerWindows(List<Note> notes, double beatsPerBar, List<Double> centres,
                                        List<Double> spans) {
        TreeMap<Integer, int[]> windows = new TreeMap<>(); // window → {lowest, highest}
        for (Note note : notes) {
            int window = (int) Math.floor(note.startBeat() / (4 * beatsPerBar) + 1e-9);
            int[] range = windows.computeIfAbsent(window, w -> new int[] {note.pitch(), note.pitch()});
            range[0] = Math.min(range[0], note.pitch());
            range[1] = Math.max(range[1], note.pitch());
        }
        for (int[] range : windows.values()) {
            centres.add((range[0] + range[1]) / 2.0);
            spans.add((double) (range[1] - range[0]));
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    @Override
    public String toString() {
        return loopBars + "-bar loops, the hands of " + hands.size() + " piece(s) (median register " + registerLow + "–"
                + registerHigh + "), " + keys.size() + " keyed file(s), " + Math.round(100 * roll.share())
                + " % of chords rolled";
    }
}
