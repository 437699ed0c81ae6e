package io.immersic.generation;

import io.immersic.analysis.CorpusStyle;
import io.immersic.analysis.KeyChord;
import io.immersic.analysis.LoopShape;
import io.immersic.harmony.Chord;
import io.immersic.harmony.Key;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Composes tracks the way lo-fi is made: the model writes a loop — its chords and the comping figure that plays them —
 * and the track plays that loop again and again through a form, varied a little at phrase ends.
 *
 * <p>The plan: a key (asked, implied by the asked progression, or drawn from the corpus's pieces), a loop as long as
 * the corpus's usual loop ({@link CorpusStyle#loopBars()}, or the asked progression), and a form such as AABA whose
 * sections share the track's length ({@link FormPlan}). Each section letter has a loop of its own, written by the
 * model when the section first starts, from the state the music so far left it in: the model picks each bar's chord
 * among the key's diatonic chords and those the corpus's pieces play in such keys ({@link KeyChord}; the home loop
 * starting on the tonic, a contrasting loop on another root) and plays
 * it, the loop built as the piece of the track's hands builds its first four bars ({@link LoopShape}): where that
 * piece repeats a chord the loop repeats its chord, and where it replays a bar note for note the loop replays its
 * bar. It writes {@value #CANDIDATE_LOOPS} candidate loops, under each rhythm {@link Figure} in turn, and keeps the one
 * whose chords, onsets and pitches it finds most likely, played twice as the track will play it (mean log-probability
 * per token; velocities and durations, the touch, are left out of the score): the
 * model, not a rule, decides what the loop is. The loop is then repeated exactly. At the end of a section the player
 * varies it: before another section (or the end) the model writes a new last bar on the same chord, a turnaround;
 * before the same section again the top voice of the last bar may drop out. In loop mode the last bar is the home
 * loop's last bar, unvaried, so the seam back into bar 1 is the move the loop makes every time round.
 *
 * <p>The model reads the texture of the piece whose hands play the track ({@link io.immersic.tokens.PieceStyle}: its
 * density, rhythm, note lengths, chord sizes and dynamics, in words it was trained with after every bar line), so
 * each track keeps one piece's way of playing rather than the corpus's average. The hands keep that piece's harmony
 * (chords as rich as its, no more tones outside the chord a bar than it sounds: {@link CorpusStyle.Palette}), its
 * hand span (no larger strike) and, where it plays every note at one length, that length
 * ({@link CorpusStyle.Hands#evenLength}); its balance of the voices is played by the {@link Humanizer}.
 *
 * <p>Every bar is sampled statefully (one token a step, the LSTM state carried forward) under {@link BarRules}, the
 * rules of a player's hands; a strike that is a fragment rather than a chord is repaired ({@link StrikeRepair}),
 * and a bar of an asked progression that leaves out its chord's root, third or seventh gets them added to its first
 * strike. Each track has its own random stream split off the seed by the track's index, so a track depends only on
 * the model, its settings, its seed and its index.
 */
public final class TokenGenerator {

    /** Loops the model writes for each section, two under each {@link Figure}; the most likely one is played. */
    static final int CANDIDATE_LOOPS = 6;
    /**
     * Velocity added to every note of a contrasting section: the B section lifts. Human pieces shape their dynamics
     * inside the phrase more than between sections (the lofi-progressions' velocities spread as much in a 4-bar
     * window, 8.3 SD, as in the whole file, 8.6), so the sections move a track a little (with +5 and −6 its windows
     * spread 5.0 and its files 9.0, and a classifier told its windows apart by their velocity spread first).
     */
    static final int CONTRAST_LIFT = 3;
    /** Velocity taken off the first and the last pass of the loop: a soft intro and outro (see CONTRAST_LIFT). */
    static final int INTRO_OUTRO_SOFTENING = 3;
    /** Where the chord changes, the left hand's root sits in the lowest octave of the register. */
    static final int BASS_OCTAVE = 12;
    /**
     * Velocity bins a chord's other notes may lie from its first, inside the hands' own span of bins: one hand voices a
     * chord unevenly, a top note sung out or a bass leaned on (the corpus's strikes of several notes: 59 % at one
     * bin, 25 % spanning two, 16 % three or four). Kept to one bin, no generated strike spanned more.
     */
    static final int STRIKE_VELOCITY_SPREAD = 3;
    /**
     * Velocity bins a strike's first note may lie from the median of the bar before: a player's touch moves from bar
     * to bar, it is not drawn afresh (hands spanning four bins otherwise put a loop's bars at bins 2 and 5 in turn,
     * and 3.6 % of generated bar pairs jumped by 20 or more, the held-out pieces' 0 %).
     */
    static final int BAR_TOUCH_STEP = 1;
    /** The fewest grid steps between two strikes of one key while it is held: a sixteenth. */
    static final int RESTRIKE_STEPS = RemiTokens.STEPS_PER_BEAT / 4;
    /** Top lines the model writes for each section's loop; the most likely one is played. */
    static final int CANDIDATE_LINES = 4;
    /** A top line's compass above the keys: a tenth, what a soft lead phrases within. */
    static final int LINE_RANGE = 15;
    /** The widest leap between a top line's notes: a fourth (a soft lead moves mostly by step). */
    static final int LINE_MAX_LEAP = 5;

    /**
     * A composed track: its tokens (from the first BAR, no END) and the plan it followed.
     *
     * @param chords the chord of every bar
     * @param sections the section letter of every bar (empty without a plan)
     * @param barLevels the velocity every note of a bar is raised (or lowered) by, per bar (empty: none)
     * @param sectionBars bars per section of the form (0 without a plan)
     * @param melody the top line as it sounds, bar for bar with {@code tokens} (empty: no top line); its pitches may
     *               lie above the model's vocabulary, so these tokens are for decoding, not for the model
     * @param evenTouch the hands it was played by struck every note at one velocity, as a programmed part (a third
     *                  of the lofi-progressions are): the performer shapes no velocity but the sections'
     * @param roll how those hands roll chords; null: as the corpus's players do
     * @param balance how those hands balance the voices ({@link CorpusStyle.Hands#balance}); null: a chord's top
     *                note sung out a little
     */
    public record Track(List<String> tokens, Key key, List<Chord> chords, String form, int loopBars,
                        String sections, List<Integer> barLevels, int sectionBars, List<String> melody,
                        boolean evenTouch, CorpusStyle.Roll roll, Double balance) {

        public Track {
            tokens = List.copyOf(tokens);
            chords = java.util.Collections.unmodifiableList(new ArrayList<>(chords)); // null = no chord
            barLevels = List.copyOf(barLevels);
            melody = List.copyOf(melody);
        }

        /** How its hands roll chords: theirs, else {@code corpus}'s (a model from before the pieces' rolls were kept). */
        public CorpusStyle.Roll rollOr(CorpusStyle.Roll corpus) {
            return roll != null ? roll : corpus;
        }

        /** A track without sections, dynamics or top line (a method that plans no form). */
        public Track(List<String> tokens, Key key, List<Chord> chords, String form, int loopBars) {
            this(tokens, key, chords, form, loopBars, "", List.of(), 0, List.of(), false, null, null);
        }
    }

    private final LstmStepper stepper;
    private final Vocabulary vocabulary;
    private final RemiGrammar grammar;
    private final int barToken;
    private final int[] pitchOfToken;
    private final int[] velocityBin;
    /** A DUR token's length in grid steps (-1 for other tokens). */
    private final int[] stepsOfToken;
    private final Chord[] chordOfToken;
    private final boolean[] pitchTokenExists = new boolean[128];
    private final CorpusStyle style;
    /** The chords the corpus's pieces play in their keys besides the diatonic ones. */
    private final Set<KeyChord> keyChords;
    /** The figures a loop is tried under, in turn. */
    private final Figure[] figures;

    /**
     * Where one sequence stands: LSTM and grammar state, next-token distribution, random stream, current bar, and
     * the log-likelihood the model gave the tokens fed since the run was forked (those that say what the music is,
     * not its touch: see {@link #isTouch}).
     */
    private final class Run {
        LstmStepper.State lstm;
        RemiGrammar.State grammarState;
        float[] probabilities;
        final SplittableRandom random;
        boolean[] struckInBar = new boolean[12];
        boolean[] struckAtOnset = new boolean[12];
        int lastPitchAtOnset = -1;
        int velocityAtOnset = -1;
        int notesInBar;
        int bassInBar = -1;
        int[] onsetsInBar = new int[0];
        /** Per pitch, the grid position in the bar where its last note struck in the bar is released (0: none). */
        int[] heldUntil = new int[128];
        /** Per pitch, the grid position in the bar where its last note was struck (meaningful while it is held). */
        int[] struckAt = new int[128];
        /** The pitch of the note whose duration comes next (-1: none). */
        int pitchAwaitingDuration = -1;
        /** Each strike's velocity tokens in the bar, note by note (what a replay of the figure plays). */
        int[][] velocitiesInBar = new int[0][];
        /**
         * The softest and loudest velocity bins the track has struck (-1 before its first note). A player keeps one
         * touch through a track: the notes use two neighbouring bins at most, a strike of the figure a little louder
         * or softer than another, and the accents and the section's dynamics shape them when they are played.
         */
        int softestBin = -1;
        int loudestBin = -1;
        /** The hands' touch, which the first strike keeps within one bin of (-1: any). */
        int handsTouch = -1;
        /** How many neighbouring velocity bins the track's notes may use: the hands'. */
        int touchBins = 2;
        /** The most notes a strike may have: the hands' (any with an asked progression, whose chords are voiced). */
        int mostKeys = Integer.MAX_VALUE;
        /** The most pitch classes a bar may sound outside its chord: the hands' (12: any). */
        int passingTones = 12;
        /** The one length, in grid steps, every keys note is played at: the hands' (0: any). */
        int evenLength;
        /** The median velocity bin of the last bar that played (-1 before any): where the next bar's touch starts. */
        int previousBarTouch = -1;
        /** The last pitch fed, across bar lines: where a top line's next note leaps from (-1 before any). */
        int linePitch = -1;
        /** The texture words the model reads after every bar line: the hands' piece's (none: a model without them). */
        int[] styleWords = new int[0];
        double logLikelihood;
        int scoredTokens;

        Run(LstmStepper.State lstm, RemiGrammar.State grammarState, float[] probabilities, SplittableRandom random) {
            this.lstm = lstm;
            this.grammarState = grammarState;
            this.probabilities = probabilities;
            this.random = random;
        }

        void feed(int token) {
            if (probabilities != null && !isTouch(token)) {
                logLikelihood += Math.log(Math.max(probabilities[token], 1e-12));
                scoredTokens++;
            }
            grammar.advance(grammarState, token);
            probabilities = stepper.step(lstm, token);
            if (grammar.isBar(token)) {
                for (int word : styleWords) { // given, as in training: not part of what the music is
                    probabilities = stepper.step(lstm, word);
                }
                previousBarTouch = velocitiesInBar.length > 0 ? medianBin(velocitiesInBar) : previousBarTouch;
                struckInBar = new boolean[12];
                notesInBar = 0;
                bassInBar = -1;
                onsetsInBar = new int[0];
                heldUntil = new int[128];
                struckAt = new int[128];
                velocitiesInBar = new int[0][];
            }
            boolean newOnset = grammar.isPosition(token) && !continuesStrike(token);
            if (newOnset) {
                onsetsInBar = java.util.Arrays.copyOf(onsetsInBar, onsetsInBar.length + 1);
                onsetsInBar[onsetsInBar.length - 1] = grammar.position(token);
            }
            if (grammar.isBar(token) || newOnset) {
                struckAtOnset = new boolean[12];
                lastPitchAtOnset = -1;
                velocityAtOnset = -1;
            }
            if (grammar.isVelocity(token)) {
                // Copied, never changed in place: forks share these arrays.
                boolean firstOfStrike = velocityAtOnset < 0;
                velocitiesInBar = java.util.Arrays.copyOf(velocitiesInBar,
                        velocitiesInBar.length + (firstOfStrike ? 1 : 0));
                int[] strike = firstOfStrike ? new int[0] : velocitiesInBar[velocitiesInBar.length - 1];
                strike = java.util.Arrays.copyOf(strike, strike.length + 1);
                strike[strike.length - 1] = token;
                velocitiesInBar[velocitiesInBar.length - 1] = strike;
                velocityAtOnset = firstOfStrike ? token : velocityAtOnset;
                softestBin = softestBin < 0 ? velocityBin[token] : Math.min(softestBin, velocityBin[token]);
                loudestBin = Math.max(loudestBin, velocityBin[token]);
            }
            int pitch = pitchOfToken[token];
            if (pitch >= 0) {
                struckInBar[pitch % 12] = true;
                struckAtOnset[pitch % 12] = true;
                lastPitchAtOnset = pitch;
                linePitch = pitch;
                bassInBar = notesInBar == 0 ? pitch : bassInBar;
                notesInBar++;
                pitchAwaitingDuration = pitch < heldUntil.length ? pitch : -1;
            }
            if (stepsOfToken[token] > 0 && pitchAwaitingDuration >= 0 && onsetsInBar.length > 0) {
                heldUntil = heldUntil.clone(); // forks share these arrays
                heldUntil[pitchAwaitingDuration] = onsetsInBar[onsetsInBar.length - 1] + stepsOfToken[token];
                struckAt = struckAt.clone();
                struckAt[pitchAwaitingDuration] = onsetsInBar[onsetsInBar.length - 1];
                pitchAwaitingDuration = -1;
            }
        }

        /**
         * Whether a token says how a note is played (its velocity, its duration) rather than what the music is (bars,
         * chords, onsets, pitches). The likelihood that chooses a loop leaves these out: a programmed part, one
         * velocity and one duration throughout, is the corpus's most predictable touch, and counting it made the
         * likeliest loop that style far more often than the corpus plays it (of the loops that had one such
         * candidate among six, 39 of 49 played it: a 5/12-beat duration on 29 % of the notes, the corpus's 10 %).
         */
        private boolean isTouch(int token) {
            return grammar.isVelocity(token) || grammar.isDuration(token);
        }

        /** How many notes the strike being played has so far (0 before the bar's first). */
        int notesInStrike() {
            return velocityAtOnset < 0 || velocitiesInBar.length == 0 ? 0
                    : velocitiesInBar[velocitiesInBar.length - 1].length;
        }

        /** Whether a POS token is the onset being struck again: another note of the same chord. */
        boolean continuesStrike(int positionToken) {
            return notesInBar > 0 && onsetsInBar.length > 0
                    && grammar.position(positionToken) == onsetsInBar[onsetsInBar.length - 1];
        }

        void feedAll(List<String> tokens) {
            tokens.forEach(token -> feed(vocabulary.indexOf(token)));
        }

        /** A copy to try something on; its log-likelihood counts from zero. */
        Run fork() {
            return fork(random.split());
        }

        /** A copy that draws from {@code stream}, leaving this run's random stream untouched. */
        Run fork(SplittableRandom stream) {
            Run copy = new Run(lstm.copy(), grammarState.copy(), probabilities, stream);
            copy.takeBarState(this);
            return copy;
        }

        /**
         * Back to where {@code saved} (a fork of this run that was never fed) stood, keeping this run's random stream
         * and likelihood up to then.
         */
        void restoreFrom(Run saved, double savedLogLikelihood, int savedScoredTokens) {
            lstm = saved.lstm;
            grammarState = saved.grammarState;
            probabilities = saved.probabilities;
            takeBarState(saved);
            logLikelihood = savedLogLikelihood;
            scoredTokens = savedScoredTokens;
        }

        /** The bar's bookkeeping of {@code other} (arrays copied where this run changes them in place). */
        private void takeBarState(Run other) {
            struckInBar = other.struckInBar.clone();
            struckAtOnset = other.struckAtOnset.clone();
            lastPitchAtOnset = other.lastPitchAtOnset;
            velocityAtOnset = other.velocityAtOnset;
            notesInBar = other.notesInBar;
            bassInBar = other.bassInBar;
            onsetsInBar = other.onsetsInBar; // replaced, never changed in place
            heldUntil = other.heldUntil; // likewise
            struckAt = other.struckAt; // likewise
            pitchAwaitingDuration = other.pitchAwaitingDuration;
            velocitiesInBar = other.velocitiesInBar;
            softestBin = other.softestBin;
            loudestBin = other.loudestBin;
            handsTouch = other.handsTouch;
            touchBins = other.touchBins;
            passingTones = other.passingTones;
            evenLength = other.evenLength;
            mostKeys = other.mostKeys;
            previousBarTouch = other.previousBarTouch;
            linePitch = other.linePitch;
            styleWords = other.styleWords;
        }

        private int medianBin(int[][] strikes) {
            int[] bins = java.util.Arrays.stream(strikes).flatMapToInt(java.util.Arrays::stream)
                    .map(token -> velocityBin[token]).sorted().toArray();
            return bins[(bins.length - 1) / 2];
        }

        double meanLogLikelihood() {
            return scoredTokens == 0 ? Double.NEGATIVE_INFINITY : logLikelihood / scoredTokens;
        }
    }

    /** One written bar: its tokens (BAR first), its chord and its strikes. */
    private record Bar(List<String> tokens, Chord chord, BarRules.Strikes strikes) {}

    /** A section's loop: its bars, in order. */
    private record Loop(List<Bar> bars) {}

    /** A section's top line: per loop bar its tokens as they sound (BAR, the bar's chord, the notes). */
    private record Line(List<List<String>> bars) {}

    private final double beatsPerBar;

    public TokenGenerator(MultiLayerNetwork network, Vocabulary vocabulary, CorpusStyle style) {
        this(network, vocabulary, style, 4);
    }

    public TokenGenerator(MultiLayerNetwork network, Vocabulary vocabulary, CorpusStyle style, double beatsPerBar) {
        this(network, vocabulary, style, beatsPerBar, Figure.values());
    }

    /** Loops tried only under {@code figures}: a test's way to know which figure a loop follows. */
    TokenGenerator(MultiLayerNetwork network, Vocabulary vocabulary, CorpusStyle style, double beatsPerBar,
                   Figure... figures) {
        this.figures = figures.clone();
        this.beatsPerBar = beatsPerBar;
        this.stepper = new LstmStepper(network);
        this.vocabulary = vocabulary;
        this.grammar = new RemiGrammar(vocabulary);
        this.barToken = vocabulary.indexOf(RemiTokens.BAR);
        this.style = style;
        this.keyChords = Set.copyOf(style.keyChords());
        pitchOfToken = new int[vocabulary.size()];
        velocityBin = new int[vocabulary.size()];
        stepsOfToken = new int[vocabulary.size()];
        chordOfToken = new Chord[vocabulary.size()];
        for (int i = 0; i < vocabulary.size(); i++) {
            pitchOfToken[i] = RemiTokens.valueOf(vocabulary.token(i), RemiTokens.PITCH);
            velocityBin[i] = RemiTokens.valueOf(vocabulary.token(i), RemiTokens.VELOCITY);
            stepsOfToken[i] = RemiTokens.valueOf(vocabulary.token(i), RemiTokens.DURATION);
            if (pitchOfToken[i] >= 0 && pitchOfToken[i] < 128) {
                pitchTokenExists[pitchOfToken[i]] = true;
            }
            chordOfToken[i] = Chord.fromToken(vocabulary.token(i));
        }
    }

    /**
     * @param primer tokens to continue (all in the vocabulary; the first should be BAR); empty starts from a bar line
     * @param loop end on a bar that leads back into the first
     * @return per track: the primer followed by the composed bars, {@code lengthBars} bars from the primer's last bar
     */
    public List<Track> generate(List<String> primer, GenerationParameters p, MusicControls controls, boolean loop) {
        List<Track> tracks = new ArrayList<>(p.tracks());
        for (int track = 0; track < p.tracks(); track++) {
            tracks.add(generateTrack(primer, p, controls, loop, track));
        }
        return tracks;
    }

    private Track generateTrack(List<String> primer, GenerationParameters p, MusicControls controls, boolean loop,
                                int track) {
        Sampler sampler = new Sampler(p.temperature(), p.topK(), p.topP());
        SplittableRandom random = new SplittableRandom(p.seed() * 1_000_003L + track);
        Key key = keyFor(controls, random);
        CorpusStyle.Hands hands = style.hands().get(random.nextInt(style.hands().size()));
        String form = controls.formOrDefault();
        int loopBars = controls.progression() != null ? controls.progression().size()
                : fittedLoop(style.loopBars(), p.lengthBars(), form.length());
        Run performer = new Run(stepper.newState(), new RemiGrammar.State(), null, random);
        performer.handsTouch = hands.touch();
        performer.styleWords = wordsOf(hands);
        performer.touchBins = hands.touchBinsOrDefault();
        performer.passingTones = hands.passingTonesOrAny();
        performer.evenLength = hands.evenLength();
        performer.mostKeys = controls.progression() == null ? hands.mostKeysOrAny() : Integer.MAX_VALUE;
        List<String> tokens = new ArrayList<>();
        List<Chord> chords = new ArrayList<>();
        int bars = p.lengthBars();
        int primerBars = (int) primer.stream().filter(RemiTokens.BAR::equals).count();
        if (!primer.isEmpty()) {
            performer.feedAll(primer);
            tokens.addAll(primer);
            BarRules free = new BarRules(null, BarRules.chordScale(null, key), hands.low(), hands.high(), false,
                    null, false);
            tokens.addAll(sampleBarContent(performer, sampler, free));
            for (int bar = 0; bar < primerBars; bar++) {
                chords.add(null); // the primer's bars follow no plan
            }
            bars--; // the primer's last bar counts as the first
        }
        FormPlan plan = FormPlan.of(form, Math.max(1, bars), loopBars);
        char home = form.charAt(0);
        Map<Character, Loop> loops = new HashMap<>();
        Map<Character, Line> lines = new HashMap<>();
        // The top line draws from a stream of its own, so writing it leaves the keys exactly as they would be alone.
        SplittableRandom lineRandom = new SplittableRandom((p.seed() * 1_000_003L + track) ^ 0x4c696e65L);
        List<String> melody = new ArrayList<>();
        for (int bar = 0; bar < primerBars; bar++) {
            melody.add(RemiTokens.BAR); // the top line rests under the primer
        }
        boolean intro = !loop && bars >= 3 * loopBars;
        for (int bar = 0; bar < bars; bar++) {
            char letter = plan.letter(bar);
            int inLoop = (bar - plan.sectionStart(bar)) % loopBars;
            boolean seam = loop && bar == bars - 1 && bar >= loopBars;
            if (seam) {
                letter = home; // the last bar is the home loop's last bar, which leads back into bar 1
                inLoop = loopBars - 1;
            }
            if (!loops.containsKey(letter)) { // the section's first bar: the model writes its loop
                Chord avoidFirst = letter == home || !loops.containsKey(home) ? null
                        : loops.get(home).bars().get(0).chord();
                loops.put(letter, writeLoop(performer, sampler, key, hands, controls, loopBars, letter == home,
                        avoidFirst, primer.isEmpty() && letter == home));
                lines.put(letter, writeLine(performer, lineRandom, sampler, key, hands, loops.get(letter)));
            }
            Bar played = loops.get(letter).bars().get(inLoop);
            boolean rests = intro && bar < loopBars; // the top line comes in after the first pass of the loop
            List<String> lineBar = lines.get(letter).bars().get(inLoop);
            melody.addAll(rests ? List.of(RemiTokens.BAR)
                    : !seam && plan.endsSection(bar) ? breath(lineBar) : lineBar);
            List<String> barTokens = played.tokens();
            if (!seam && plan.endsSection(bar) && bar > 0) {
                barTokens = varied(performer, sampler, key, hands, played, plan.leadsElsewhere(bar) && !loop);
            }
            performer.feedAll(barTokens);
            tokens.addAll(barTokens);
            chords.add(played.chord());
        }
        String sections = " ".repeat(primerBars) + plan.letters().substring(0, Math.max(0, bars));
        return new Track(tokens, key, chords, form, loopBars, sections, barLevels(sections, home, loopBars, loop),
                plan.sectionBars(), melody, hands.touchBinsOrDefault() == 1, hands.roll(), hands.balance());
    }

    /** The hands' texture words as tokens; none when the model does not know them all (it was trained without). */
    private int[] wordsOf(CorpusStyle.Hands hands) {
        int[] words = hands.styleWords().stream().mapToInt(vocabulary::indexOf).toArray();
        return java.util.Arrays.stream(words).allMatch(word -> word >= 0) ? words : new int[0];
    }

    /**
     * The top line over a section's loop: the model hears the loop once, then writes {@value #CANDIDATE_LINES} lines
     * over its chords, one note at a time above the loop's highest note, and the one it finds most likely played
     * twice is kept. It is written in the model's own register and moved up the octaves it needs to sound there.
     */
    private Line writeLine(Run performer, SplittableRandom random, Sampler sampler, Key key,
                           CorpusStyle.Hands hands, Loop loop) {
        // Each bar's highest keys note; the line's register starts above the loop's usual top (the median bar's),
        // and in each bar above that bar's own top, so it sings over the keys without climbing over their peak.
        int[] tops = loop.bars().stream().mapToInt(bar -> bar.tokens().stream()
                .mapToInt(token -> RemiTokens.valueOf(token, RemiTokens.PITCH)).max().orElse(-1)).toArray();
        int[] sorted = java.util.Arrays.stream(tops).filter(top -> top >= 0).sorted().toArray();
        int low = (sorted.length == 0 ? hands.high() : sorted[sorted.length / 2]) + 1;
        int shift = 0;
        while (low + LINE_RANGE > hands.high() && low - 12 >= 0) {
            low -= 12;
            shift += 12;
        }
        int halfBar = (int) Math.round(beatsPerBar * RemiTokens.STEPS_PER_BEAT);
        halfBar = Math.round(beatsPerBar) % 2 == 0 ? halfBar / 2 : halfBar;
        BarRules.Line rules = new BarRules.Line(halfBar, LINE_MAX_LEAP);
        List<List<String>> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int candidate = 0; candidate < CANDIDATE_LINES; candidate++) {
            Run run = performer.fork(random.split());
            loop.bars().forEach(bar -> run.feedAll(bar.tokens()));
            run.linePitch = -1;
            double before = run.logLikelihood;
            int scoredBefore = run.scoredTokens;
            List<List<String>> bars = new ArrayList<>();
            for (int bar = 0; bar < loop.bars().size(); bar++) {
                Bar keys = loop.bars().get(bar);
                int barLow = Math.max(low, tops[bar] + 1 - shift);
                int barHigh = Math.max(low + LINE_RANGE, barLow + LINE_MAX_LEAP);
                List<String> out = new ArrayList<>();
                run.feed(barToken);
                out.add(RemiTokens.BAR);
                int chordToken = keys.chord() == null ? -1 : nearestChordToken(keys.chord());
                if (chordToken >= 0) {
                    run.feed(chordToken);
                    out.add(vocabulary.token(chordToken));
                }
                out.addAll(sampleBarContent(run, sampler, new BarRules(keys.chord(),
                        BarRules.chordScale(keys.chord(), key), barLow, barHigh, false, null, false, rules)));
                bars.add(out);
            }
            bars.forEach(run::feedAll); // the line as it is heard: played again
            double score = (run.logLikelihood - before) / Math.max(1, run.scoredTokens - scoredBefore);
            if (score > bestScore) {
                bestScore = score;
                best = bars;
            }
        }
        int sounding = shift;
        return new Line(best.stream().map(bar -> transposed(bar, sounding)).toList());
    }

    /** The bar's tokens with every pitch {@code semitones} higher. */
    private static List<String> transposed(List<String> bar, int semitones) {
        return bar.stream().map(token -> {
            int pitch = RemiTokens.valueOf(token, RemiTokens.PITCH);
            return pitch < 0 ? token : RemiTokens.PITCH + Math.min(127, pitch + semitones);
        }).toList();
    }

    /** A phrase end: the line keeps only the notes that start in the bar's first half, then breathes. */
    private List<String> breath(List<String> bar) {
        int half = (int) Math.round(beatsPerBar * RemiTokens.STEPS_PER_BEAT / 2);
        List<String> kept = new ArrayList<>();
        for (String token : bar) {
            if (RemiTokens.valueOf(token, RemiTokens.POSITION) >= half) {
                break;
            }
            kept.add(token);
        }
        return kept;
    }

    /**
     * The corpus's loop length, halved (down to 2 bars) while the form's sections cannot each hold one loop in the
     * track: AABA in 16 bars from a corpus of 8-bar loops plays 4-bar loops, so that it reaches B.
     */
    static int fittedLoop(int corpusLoop, int bars, int sections) {
        int loop = corpusLoop;
        while (loop > 2 && loop * sections > bars) {
            loop /= 2;
        }
        return loop;
    }

    /**
     * The phrase end: before another section (or the end of the track) the model writes the bar anew on the same
     * chord — a turnaround or a pickup into what comes next; before the same section again, half the time the top
     * voice of the bar drops out (when it is not a guide tone). Otherwise the loop's bar as it is.
     */
    private List<String> varied(Run performer, Sampler sampler, Key key, CorpusStyle.Hands hands, Bar bar,
                                boolean turnaround) {
        if (turnaround) {
            ChordChoice sameChord = new ChordChoice(bar.chord(), key, false, null, Set.of());
            return writeBar(performer.fork(), sampler, sameChord, key, hands, null, false, null).tokens();
        }
        return performer.random.nextBoolean() ? BarVariation.withoutTopVoice(bar.tokens(), bar.chord()) : bar.tokens();
    }

    /**
     * Velocity offsets per bar from the form: contrasting sections lift by {@value #CONTRAST_LIFT}; outside loop mode
     * the first and last pass of the loop are {@value #INTRO_OUTRO_SOFTENING} softer (an intro and an outro). A
     * player's dynamics follow the section, not a fresh draw per bar.
     */
    static List<Integer> barLevels(String sections, char home, int loopBars, boolean loop) {
        List<Integer> levels = new ArrayList<>(sections.length());
        for (int bar = 0; bar < sections.length(); bar++) {
            int level = sections.charAt(bar) != home && sections.charAt(bar) != ' ' ? CONTRAST_LIFT : 0;
            boolean edge = bar < loopBars || bar >= sections.length() - loopBars;
            if (!loop && edge && sections.length() >= 3 * loopBars) {
                level -= INTRO_OUTRO_SOFTENING;
            }
            levels.add(level);
        }
        return levels;
    }

    /**
     * The model writes {@value #CANDIDATE_LOOPS} loops from the performer's state, under each {@link Figure} in turn,
     * and the one it finds most likely played twice is kept.
     *
     * @param homeLoop the home section's loop, whose first chord is the tonic
     * @param avoidFirst a chord whose root the loop must not start on (the home loop's first chord, for a contrast)
     * @param onTheBeat the loop's first bar starts on the bar line (the track's first bar: no leading silence)
     */
    private Loop writeLoop(Run performer, Sampler sampler, Key key, CorpusStyle.Hands hands,
                           MusicControls controls, int loopBars, boolean homeLoop, Chord avoidFirst,
                           boolean onTheBeat) {
        LoopShape shape = controls.progression() == null && loopBars == LoopShape.BARS ? hands.loopShape() : null;
        Loop best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int candidate = 0; candidate < CANDIDATE_LOOPS; candidate++) {
            Figure figure = figures[candidate % figures.length];
            Run run = performer.fork();
            List<Bar> bars = new ArrayList<>(loopBars);
            for (int bar = 0; bar < loopBars; bar++) {
                if (shape != null && shape.barSourceOf(bar) < bar) { // the producer copies the bar
                    Bar replayed = bars.get(shape.barSourceOf(bar));
                    run.feedAll(replayed.tokens());
                    bars.add(replayed);
                    continue;
                }
                ChordChoice choice = chordChoice(controls, key, shape, bars, bar, loopBars, homeLoop, avoidFirst);
                int source = figure.sourceOf(bar);
                Chord previous = bar == 0 ? null : bars.get(bar - 1).chord();
                BarRules.Strikes figureStrikes = source < 0 ? null : bars.get(source).strikes();
                bars.add(writeBar(run, sampler, choice, key, hands, figureStrikes, onTheBeat && bar == 0, previous));
            }
            bars.forEach(bar -> run.feedAll(bar.tokens())); // the loop as it is heard: played again
            if (run.meanLogLikelihood() > bestScore) {
                bestScore = run.meanLogLikelihood();
                best = new Loop(bars);
            }
        }
        return best;
    }

    /**
     * How a loop's bar gets its chord: the asked progression's; without one, the loop shape's chord of an earlier bar
     * where the shape repeats it, else one the model picks on a root the loop has not played yet (without a shape:
     * any root but the loop's first for its last bar, so the loop moves before it turns back).
     */
    private static ChordChoice chordChoice(MusicControls controls, Key key, LoopShape shape, List<Bar> bars, int bar,
                                           int loopBars, boolean homeLoop, Chord avoidFirst) {
        if (controls.progression() != null) {
            return new ChordChoice(controls.progression().get(bar), key, false, null, Set.of());
        }
        if (shape != null && shape.chordSourceOf(bar) < bar) {
            return new ChordChoice(bars.get(shape.chordSourceOf(bar)).chord(), key, false, null, Set.of());
        }
        Chord avoid = bar == 0 ? avoidFirst : shape == null && bar == loopBars - 1 ? bars.get(0).chord() : null;
        Set<Integer> playedRoots = shape == null ? Set.of() : bars.stream().map(Bar::chord)
                .filter(Objects::nonNull).map(Chord::root).collect(Collectors.toSet());
        return new ChordChoice(null, key, homeLoop && bar == 0, avoid, playedRoots);
    }

    /**
     * Samples one bar into {@code run}; when a strike needs repair, or the bar misses a tone of its chord (added to the
     * first strike), the run is fed the finished bar instead.
     */
    private Bar writeBar(Run run, Sampler sampler, ChordChoice choice, Key key, CorpusStyle.Hands hands,
                         BarRules.Strikes figure, boolean onTheBeat, Chord previous) {
        Run before = run.fork();
        double logLikelihoodBefore = run.logLikelihood;
        int scoredBefore = run.scoredTokens;
        List<String> out = new ArrayList<>();
        run.feed(barToken);
        out.add(RemiTokens.BAR);
        Chord chord = choice.planned();
        int chordToken = chord != null ? nearestChordToken(chord) : sampleChordToken(run, sampler, choice, hands);
        if (chord == null && chordToken >= 0) {
            chord = chordOfToken[chordToken];
        }
        if (chordToken >= 0) {
            run.feed(chordToken);
            out.add(vocabulary.token(chordToken));
        }
        BarRules rules = new BarRules(chord, BarRules.chordScale(chord, key), hands.low(), hands.high(),
                onTheBeat, figure, chord != null && !chord.equals(previous));
        out.addAll(sampleBarContent(run, sampler, rules));
        // The bar's chord must be heard as the chord it is: the tones the model left out join the first strike; then
        // a strike that is still a fragment loses the notes that make it one.
        List<String> finished = StrikeRepair.repair(
                ChordCompletion.complete(out, chord, hands.low(), hands.high(), run.mostKeys, vocabulary), chord);
        if (finished != out) {
            run.restoreFrom(before, logLikelihoodBefore, scoredBefore);
            run.feedAll(finished);
            out = finished;
        }
        return new Bar(out, chord, strikesOf(out));
    }

    /** The bar's strikes as it is played (after any repair): what a replay of its figure plays. */
    private BarRules.Strikes strikesOf(List<String> bar) {
        List<io.immersic.tokens.BarNotes.Strike> strikes = io.immersic.tokens.BarNotes.of(bar).strikes();
        int[] positions = new int[strikes.size()];
        int[][] velocities = new int[strikes.size()][];
        for (int i = 0; i < strikes.size(); i++) {
            positions[i] = strikes.get(i).position();
            velocities[i] = strikes.get(i).notes().stream().mapToInt(note -> vocabulary.indexOf(note.velocity()))
                    .toArray();
        }
        return new BarRules.Strikes(positions, velocities);
    }

    private Key keyFor(MusicControls controls, SplittableRandom random) {
        if (controls.key() != null) {
            return controls.key();
        }
        if (controls.progression() != null) {
            Key implied = MusicControls.keyOf(controls.progression());
            if (implied != null) {
                return implied;
            }
        }
        List<Key> keys = style.keys();
        return keys.isEmpty() ? new Key(0, false) : keys.get(random.nextInt(keys.size()));
    }

    /**
     * How a bar's chord is chosen: the planned one, or one the model picks among the key's diatonic chords (every tone
     * in the scale: the corpus's pieces sit 95 % in their key) and the chords the corpus's pieces play in such keys
     * besides them ({@link KeyChord}: a dominant seventh on the fifth of a minor key, a borrowed chord) — the tonic
     * for the track's first bar; a root other
     * than {@code avoid}'s for the first bar of a contrasting section (not the home loop's first root) and, without a
     * loop shape, for a loop's last bar (not its own first root, so the loop moves and its turn back to bar 1 is a
     * real change); with a shape, a root none of {@code playedRoots} has (a new letter of the shape is a new chord).
     */
    private record ChordChoice(Chord planned, Key key, boolean startAtHome, Chord avoid, Set<Integer> playedRoots) {

        /** @param playedInKey whether the corpus's pieces play the chord in such a key ({@link KeyChord}) */
        boolean allows(Chord chord, boolean playedInKey) {
            if (!diatonic(chord) && !playedInKey) {
                return false;
            }
            if (startAtHome) {
                return chord.root() == key.tonic();
            }
            return (avoid == null || chord.root() != avoid.root()) && !playedRoots.contains(chord.root());
        }

        private boolean diatonic(Chord chord) {
            boolean[] tones = chord.pitchClasses();
            for (int pc = 0; pc < 12; pc++) {
                if (tones[pc] && !key.contains(pc)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Samples notes until the model opens the next bar (that BAR is not taken). */
    private List<String> sampleBarContent(Run run, Sampler sampler, BarRules rules) {
        Sampler touchSampler = sampler.notHotterThanTheModel(); // how a note is played: as the model learned it
        List<String> out = new ArrayList<>();
        boolean[] allowed = new boolean[vocabulary.size()];
        for (int step = 0; step <= RemiGrammar.MAX_TOKENS_PER_BAR + 1; step++) {
            int next = -1;
            for (int strictness = 2; strictness >= 0 && next < 0; strictness--) {
                grammar.allowedNext(run.grammarState, allowed);
                restrict(run, rules, allowed, strictness);
                int first = firstAllowed(allowed); // a step allows one family of tokens: the grammar's next
                boolean touch = first >= 0 && (grammar.isVelocity(first) || grammar.isDuration(first));
                next = (touch ? touchSampler : sampler).sample(run.probabilities, allowed, run.random);
                next = next >= 0 ? next : first; // the model gives every allowed token ~0
            }
            if (next < 0 || grammar.isBar(next)) {
                break;
            }
            out.add(vocabulary.token(next));
            run.feed(next);
        }
        return out;
    }

    private static int firstAllowed(boolean[] allowed) {
        for (int i = 0; i < allowed.length; i++) {
            if (allowed[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Applies the bar's rules to the grammar's choices. Strictness 2 applies them all; 1 drops the pitch classes
     * (when no allowed pitch is left at this point of a chord); 0 keeps only the register and the rising voicing.
     */
    private void restrict(Run run, BarRules rules, boolean[] allowed, int strictness) {
        // Computed once, and only when a figure's strike still wants notes or another note is on offer.
        Boolean roomForANote = null;
        // A replay of the figure keeps its hand shape: each strike has as many notes as the figure's (fewer only
        // where no key is left for another), so the figure sounds, and is rolled, the same way each time.
        int shapeLeft = notesLeftInFigureStrike(run, rules);
        if (shapeLeft > 0) {
            roomForANote = roomForAnotherNote(run, rules, strictness);
        }
        boolean strikeComplete = shapeLeft <= 0 || !roomForANote;
        for (int i = 0; i < allowed.length; i++) {
            if (!allowed[i]) {
                continue;
            }
            if (chordOfToken[i] != null) {
                allowed[i] = false; // chords are chosen by the plan, never mid-bar
            } else if (grammar.isBar(i)) {
                // Every bar plays something, and a bar that replays the figure plays all of its onsets.
                allowed[i] = run.notesInBar > 0 && (rules.figure() == null
                        || run.onsetsInBar.length >= rules.figure().positions().length && strikeComplete);
            } else if (grammar.isPosition(i) && run.continuesStrike(i)) {
                // Another note of this chord: a top line plays one at a time; a chord needs a key left above, and a
                // replay of the figure no more notes than the figure's strike.
                if (roomForANote == null) {
                    roomForANote = roomForAnotherNote(run, rules, strictness);
                }
                allowed[i] = rules.line() == null && roomForANote && (rules.figure() == null || shapeLeft > 0)
                        && run.notesInStrike() < run.mostKeys;
            } else if (grammar.isPosition(i) && rules.figure() != null) {
                int next = run.onsetsInBar.length;
                allowed[i] = next < rules.figure().positions().length && strikeComplete
                        && grammar.position(i) == rules.figure().positions()[next];
            } else if (grammar.isPosition(i) && rules.startOnTheBeat() && run.notesInBar == 0) {
                allowed[i] = grammar.position(i) == 0;
            } else if (pitchOfToken[i] >= 0) {
                allowed[i] = pitchAllowed(run, rules, pitchOfToken[i], strictness);
            } else if (grammar.isDuration(i) && strictness > 0 && run.evenLength > 0 && rules.line() == null) {
                allowed[i] = stepsOfToken[i] == run.evenLength; // hands that play every note at one length
            } else if (grammar.isVelocity(i) && strictness > 0) {
                if (roomForANote == null) {
                    roomForANote = roomForAnotherNote(run, rules, strictness);
                }
                // A strike that replays the figure plays the figure's dynamics, note for note. Otherwise a chord's
                // notes are struck with one hand motion, within STRIKE_VELOCITY_SPREAD of its first note, every
                // note keeps the track's touch, and a strike starts within BAR_TOUCH_STEP of the last bar's touch.
                boolean oneAtATime = rules.line() == null || run.lastPitchAtOnset < 0; // a top line's one note
                boolean withinTouch = run.softestBin >= 0
                        ? Math.max(run.loudestBin, velocityBin[i]) - Math.min(run.softestBin, velocityBin[i])
                                < run.touchBins
                        : run.handsTouch < 0
                                || Math.abs(velocityBin[i] - run.handsTouch) <= Math.min(1, run.touchBins - 1);
                boolean nearLastBar = run.previousBarTouch < 0
                        || Math.abs(velocityBin[i] - run.previousBarTouch) <= BAR_TOUCH_STEP;
                allowed[i] = roomForANote && oneAtATime && (rules.figure() != null ? i == figureVelocity(run, rules)
                        : run.velocityAtOnset < 0 ? withinTouch && nearLastBar
                        : withinTouch && Math.abs(velocityBin[i] - velocityBin[run.velocityAtOnset])
                                <= STRIKE_VELOCITY_SPREAD);
            }
        }
    }

    /**
     * How many more notes the strike being played needs to have as many as the figure's strike it replays: 0 without
     * a figure, before the bar's first note, or once it has them.
     */
    private static int notesLeftInFigureStrike(Run run, BarRules rules) {
        int strike = run.onsetsInBar.length - 1;
        if (rules.figure() == null || run.notesInBar == 0 || strike < 0
                || strike >= rules.figure().velocities().length) {
            return 0;
        }
        int played = strike < run.velocitiesInBar.length ? run.velocitiesInBar[strike].length : 0;
        return rules.figure().velocities()[strike].length - played;
    }

    /**
     * The velocity token of the figure's note this one replays: the same note of the same strike, or the strike's
     * last when this chord has more notes (-1 when the figure has no strike there).
     */
    private static int figureVelocity(Run run, BarRules rules) {
        int strike = run.onsetsInBar.length - 1;
        int[][] velocities = rules.figure().velocities();
        if (strike < 0 || strike >= velocities.length) {
            return -1;
        }
        int note = run.velocityAtOnset < 0 ? 0 : run.velocitiesInBar[run.velocitiesInBar.length - 1].length;
        return velocities[strike][Math.min(note, velocities[strike].length - 1)];
    }

    /** Whether a pitch above this onset's notes is still allowed (else a VEL would start a note with no pitch). */
    private boolean roomForAnotherNote(Run run, BarRules rules, int strictness) {
        for (int pitch = Math.max(rules.low(), run.lastPitchAtOnset + 1); pitch <= rules.high(); pitch++) {
            if (pitchTokenExists[pitch] && pitchAllowed(run, rules, pitch, strictness)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pitchAllowed(Run run, BarRules rules, int pitch, int strictness) {
        if (pitch <= run.lastPitchAtOnset) {
            return false; // a chord's notes rise, so no key is struck twice at once
        }
        if (strictness == 0) {
            return true;
        }
        if (pitch < rules.low() || pitch > rules.high()) {
            return false;
        }
        if (makesCluster(run.struckAtOnset, pitch % 12)) {
            return false;
        }
        if (struckAgainTooSoon(run, pitch)) {
            return false;
        }
        if (rules.line() != null && !lineAllows(run, rules, pitch, strictness)) {
            return false;
        }
        if (rules.rootInBass() && strictness == 2 && (run.notesInBar == 0
                ? pitch % 12 != rules.chord().root() || pitch >= rules.low() + BASS_OCTAVE
                : pitch < run.bassInBar)) {
            return false;
        }
        if (strictness == 2 && voicesTheChord(run, rules) && !rules.chord().pitchClasses()[pitch % 12]) {
            return false;
        }
        if (strictness == 2 && passesBeyondTheHands(run, rules, pitch % 12)) {
            return false;
        }
        return strictness == 1 || rules.pitchClasses()[pitch % 12];
    }

    /**
     * Whether the key was struck less than {@value #RESTRIKE_STEPS} grid steps ago in this bar and is still held: a
     * finger cannot strike a key again that fast. The corpus's players did so for 0.1 % of their notes; the model,
     * imitating a rolled chord, wrote a pitch again one or two steps after itself for 1.5 % of its notes, each
     * played as a note cut to a step or two: lengths spread wider than any human piece's (log-length SD 1.20 in a
     * window, the pieces' 0.89), the first figure the classifier told the tracks apart by. A key held longer may be
     * struck again; the performer lifts it first (releasing it where it is struck again). Barred
     * for every later strike while held (11 % of the model's notes, the corpus's 0.9 %), the loops kept their figure
     * less often (rhythm recurring two bars later: 0.25 against 0.34 for one seed's tracks) for no better figures.
     */
    private static boolean struckAgainTooSoon(Run run, int pitch) {
        int onset = run.onsetsInBar.length == 0 ? 0 : run.onsetsInBar[run.onsetsInBar.length - 1];
        return pitch < run.heldUntil.length && run.heldUntil[pitch] > onset
                && onset - run.struckAt[pitch] < RESTRIKE_STEPS;
    }

    /**
     * Whether this note voices the bar's chord, so must be one of its tones: the comping hand's notes struck together
     * and its first strike of the bar. The key's other tones pass between the strikes, as a single note or under one
     * chord tone. The corpus's players do so (a bar's first strike of three notes or more holds a tone outside the
     * bar's chord in 1 % of its notes, a later one in 7 %, single notes and intervals in 4–11 %) where the model,
     * left to its scale, put one in 9 % and 17 % of them: its m7 bars sounded 5.1 pitch classes (the corpus's 4.3),
     * the figure a classifier told its windows apart by first.
     */
    private static boolean voicesTheChord(Run run, BarRules rules) {
        return rules.line() == null && rules.chord() != null
                && (run.lastPitchAtOnset >= 0 || run.onsetsInBar.length <= 1);
    }

    /**
     * Whether this pitch class would be one tone outside the bar's chord more than the hands' piece sounds in a bar
     * ({@link CorpusStyle.Palette#passingTones()}): a player of plain sevenths plays no passing tone, another two. A
     * top line sings its own tones.
     */
    private static boolean passesBeyondTheHands(Run run, BarRules rules, int pc) {
        if (rules.line() != null || rules.chord() == null) {
            return false;
        }
        boolean[] chordTones = rules.chord().pitchClasses();
        if (chordTones[pc] || run.struckInBar[pc]) {
            return false;
        }
        int outside = 0;
        for (int other = 0; other < 12; other++) {
            outside += run.struckInBar[other] && !chordTones[other] ? 1 : 0;
        }
        return outside >= run.passingTones;
    }

    /**
     * A top line's rules at strictness 2: no wider leap than its limit, and a chord tone on a strong beat. Where
     * nothing is left (a bar's register out of a leap's reach) strictness 1 still wants the chord tone on a strong
     * beat, and leaps to it: a leap is a phrase, a wrong note on the beat is a mistake.
     */
    private static boolean lineAllows(Run run, BarRules rules, int pitch, int strictness) {
        if (strictness < 1) {
            return true;
        }
        if (strictness == 2 && run.linePitch >= 0 && Math.abs(pitch - run.linePitch) > rules.line().maxLeap()) {
            return false;
        }
        int position = run.onsetsInBar.length == 0 ? 0 : run.onsetsInBar[run.onsetsInBar.length - 1];
        boolean strong = position % rules.line().strongEverySteps() == 0;
        return !strong || rules.chord() == null || rules.chord().pitchClasses()[pitch % 12];
    }

    /** Whether adding {@code pc} to the onset's pitch classes makes three neighbouring semitones. */
    private static boolean makesCluster(boolean[] struck, int pc) {
        boolean below = struck[(pc + 11) % 12];
        boolean above = struck[(pc + 1) % 12];
        return below && (struck[(pc + 10) % 12] || above) || above && struck[(pc + 2) % 12];
    }

    /**
     * The model's pick among the chord tokens the choice allows that the hands play ({@link CorpusStyle.Palette}:
     * a piece's chords are as rich as its player's); where none of them is such a chord, among all the choice allows;
     * where it allows none, among the chords that fit the key. -1 when the vocabulary has no chords.
     */
    private int sampleChordToken(Run run, Sampler sampler, ChordChoice choice, CorpusStyle.Hands hands) {
        java.util.function.Predicate<Chord> chosen =
                chord -> choice.allows(chord, keyChords.contains(KeyChord.of(choice.key(), chord)));
        boolean[] allowed = chordsWhere(chosen.and(hands::playsChordOf));
        if (noneOf(allowed)) {
            allowed = chordsWhere(chosen);
        }
        if (noneOf(allowed)) {
            allowed = chordsWhere(chord -> choice.key().fits(chord));
        }
        return sampler.sample(run.probabilities, allowed, run.random);
    }

    /** Per token: whether it is a chord of which {@code test} holds. */
    private boolean[] chordsWhere(java.util.function.Predicate<Chord> test) {
        boolean[] allowed = new boolean[vocabulary.size()];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = chordOfToken[i] != null && test.test(chordOfToken[i]);
        }
        return allowed;
    }

    private static boolean noneOf(boolean[] allowed) {
        return firstAllowed(allowed) < 0;
    }

    /**
     * The vocabulary's token for a chord, or for the most similar chord it knows on the same root (most shared
     * pitch classes, fewest extra): the model is conditioned on the nearest harmony it learned, while the bar's rules
     * still voice the chord asked for. -1 when the vocabulary has no chords.
     */
    private int nearestChordToken(Chord chord) {
        int exact = vocabulary.indexOf(chord.token());
        if (exact >= 0) {
            return exact;
        }
        boolean[] wanted = chord.pitchClasses();
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < chordOfToken.length; i++) {
            if (chordOfToken[i] == null) {
                continue;
            }
            boolean[] tones = chordOfToken[i].pitchClasses();
            int shared = 0;
            int differ = 0;
            for (int pc = 0; pc < 12; pc++) {
                shared += wanted[pc] && tones[pc] ? 1 : 0;
                differ += wanted[pc] != tones[pc] ? 1 : 0;
            }
            double score = shared - differ + (chordOfToken[i].root() == chord.root() ? 3 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }
}
