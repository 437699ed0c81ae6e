package io.immersic.generation;

import io.immersic.analysis.CorpusStyle;
import io.immersic.harmony.Chord;
import io.immersic.harmony.Key;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Composes tracks the way lo-fi is made: a chord loop, arranged into sections, voiced bar by bar by the model.
 *
 * <p>The plan: a key (asked, implied by the asked progression, or drawn from the corpus's pieces), a loop as long as
 * the corpus's usual loop ({@link CorpusStyle#loopBars()}, or the asked progression), and a form such as AABA whose
 * sections each play their loop for at least {@value #MIN_SECTION_BARS} bars. The first pass of A writes its
 * progression (the model picks each bar's chord among the key's diatonic chords, starting at home); every later pass
 * of A keeps those chords and their pitch classes with new voicing and rhythm; B writes a contrasting progression in
 * the same key (starting on another root). In loop mode the last bar is the A loop's last bar, so the seam back into
 * bar 1 is the same move the loop makes every time round.
 *
 * <p>Each bar is sampled statefully (one token a step, the LSTM state carried forward) under {@link BarRules}; up to
 * {@value #CANDIDATES_PER_BAR} candidates are drawn from the same state and the first that voices its chord's root,
 * third and seventh is kept (else the one that voices most of them). Each track has its own random stream split off
 * the seed by the track's index, so a track depends only on the model, its settings, its seed and its index.
 */
public final class TokenGenerator {

    static final int CANDIDATES_PER_BAR = 8;
    /** A section plays its loop for at least this many bars (a 2-bar loop four times, a 4-bar loop twice). */
    static final int MIN_SECTION_BARS = 8;

    /** A composed track: its tokens (from the first BAR, no END) and the plan it followed. */
    public record Track(List<String> tokens, Key key, List<Chord> chords, String form, int loopBars) {}

    private final LstmStepper stepper;
    private final Vocabulary vocabulary;
    private final RemiGrammar grammar;
    private final int barToken;
    private final int[] pitchOfToken;
    private final Chord[] chordOfToken;
    private final boolean[] pitchTokenExists = new boolean[128];
    private final CorpusStyle style;

    /** Where one sequence stands: LSTM and grammar state, next-token distribution, random stream, current bar. */
    private final class Run {
        final LstmStepper.State lstm;
        final RemiGrammar.State grammarState;
        float[] probabilities;
        final SplittableRandom random;
        boolean[] struckInBar = new boolean[12];
        boolean[] struckAtOnset = new boolean[12];
        int lastPitchAtOnset = -1;
        int velocityAtOnset = -1;
        int notesInBar;

        Run(LstmStepper.State lstm, RemiGrammar.State grammarState, float[] probabilities, SplittableRandom random) {
            this.lstm = lstm;
            this.grammarState = grammarState;
            this.probabilities = probabilities;
            this.random = random;
        }

        void feed(int token) {
            grammar.advance(grammarState, token);
            probabilities = stepper.step(lstm, token);
            if (grammar.isBar(token)) {
                struckInBar = new boolean[12];
                notesInBar = 0;
            }
            if (grammar.isBar(token) || grammar.isPosition(token)) {
                struckAtOnset = new boolean[12];
                lastPitchAtOnset = -1;
                velocityAtOnset = -1;
            }
            if (grammar.isVelocity(token) && velocityAtOnset < 0) {
                velocityAtOnset = token;
            }
            int pitch = pitchOfToken[token];
            if (pitch >= 0) {
                struckInBar[pitch % 12] = true;
                struckAtOnset[pitch % 12] = true;
                lastPitchAtOnset = pitch;
                notesInBar++;
            }
        }

        Run fork() {
            Run copy = new Run(lstm.copy(), grammarState.copy(), probabilities, random.split());
            copy.struckInBar = struckInBar.clone();
            copy.struckAtOnset = struckAtOnset.clone();
            copy.lastPitchAtOnset = lastPitchAtOnset;
            copy.velocityAtOnset = velocityAtOnset;
            copy.notesInBar = notesInBar;
            return copy;
        }
    }

    /** One sampled bar: the run after it, its tokens (BAR first) and its chord. */
    private record Bar(Run run, List<String> tokens, Chord chord, double coverage) {}

    public TokenGenerator(MultiLayerNetwork network, Vocabulary vocabulary, CorpusStyle style) {
        this.stepper = new LstmStepper(network);
        this.vocabulary = vocabulary;
        this.grammar = new RemiGrammar(vocabulary);
        this.barToken = vocabulary.indexOf(RemiTokens.BAR);
        this.style = style;
        pitchOfToken = new int[vocabulary.size()];
        chordOfToken = new Chord[vocabulary.size()];
        for (int i = 0; i < vocabulary.size(); i++) {
            pitchOfToken[i] = RemiTokens.valueOf(vocabulary.token(i), RemiTokens.PITCH);
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
        String form = controls.formOrDefault();
        int loopBars = controls.progression() != null ? controls.progression().size() : style.loopBars();
        Run run = new Run(stepper.newState(), new RemiGrammar.State(), null, random);
        List<String> tokens = new ArrayList<>();
        int bars = p.lengthBars();
        if (!primer.isEmpty()) {
            for (String token : primer) {
                run.feed(vocabulary.indexOf(token));
            }
            tokens.addAll(primer);
            BarRules free = new BarRules(null, BarRules.chordScale(null, key), style.registerLow(),
                    style.registerHigh(), false);
            tokens.addAll(sampleBarContent(run, sampler, free));
            bars--; // the primer's last bar counts as the first
        }
        int sectionBars = loopBars * (int) Math.ceil((double) MIN_SECTION_BARS / loopBars);
        Map<Character, Chord[]> loopChords = new HashMap<>();
        Map<Character, boolean[][]> loopPitchClasses = new HashMap<>();
        char home = form.charAt(0);
        List<Chord> chords = new ArrayList<>();
        for (int bar = 0; bar < bars; bar++) {
            char letter = form.charAt((bar / sectionBars) % form.length());
            int inLoop = bar % loopBars;
            if (loop && bar == bars - 1 && bar >= loopBars && controls.progression() == null) {
                letter = home; // the last bar is the home loop's last bar, which leads back into bar 1
                inLoop = loopBars - 1;
            }
            Chord[] letterChords = loopChords.computeIfAbsent(letter, l -> new Chord[loopBars]);
            boolean[][] letterPitchClasses = loopPitchClasses.computeIfAbsent(letter, l -> new boolean[loopBars][]);
            Chord planned = controls.progression() != null
                    ? controls.progression().get(bar % controls.progression().size()) : letterChords[inLoop];
            boolean newSection = letter != home && inLoop == 0 && letterChords[0] == null;
            boolean closesLoop = inLoop == loopBars - 1 && inLoop > 0 && letterChords[inLoop] == null;
            Chord avoid = newSection ? loopChords.get(home)[0] : closesLoop ? letterChords[0] : null;
            ChordChoice choice = new ChordChoice(planned, key, bar == 0, avoid);
            Bar best = bestBar(run, sampler, choice, key, letterPitchClasses[inLoop], bar == 0 && primer.isEmpty());
            run = best.run();
            tokens.addAll(best.tokens());
            chords.add(best.chord());
            if (letterPitchClasses[inLoop] == null) {
                letterChords[inLoop] = best.chord();
                letterPitchClasses[inLoop] = run.struckInBar.clone();
            }
        }
        return new Track(tokens, key, chords, form, loopBars);
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
     * in the scale: the corpus's pieces sit 95 % in their key) — the tonic for the track's first bar; a root other
     * than {@code avoid}'s for the first bar of a contrasting section (not the home loop's first root) and for a
     * loop's last bar (not its own first root, so the loop moves and its turn back to bar 1 is a real change).
     */
    private record ChordChoice(Chord planned, Key key, boolean startAtHome, Chord avoid) {

        boolean allows(Chord chord) {
            if (!diatonic(chord)) {
                return false;
            }
            if (startAtHome) {
                return chord.root() == key.tonic();
            }
            return avoid == null || chord.root() != avoid.root();
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

    private Bar bestBar(Run from, Sampler sampler, ChordChoice choice, Key key, boolean[] repeatPitchClasses,
                        boolean firstBar) {
        Bar best = null;
        for (int candidate = 0; candidate < CANDIDATES_PER_BAR; candidate++) {
            Bar bar = sampleBar(from.fork(), sampler, choice, key, repeatPitchClasses, firstBar);
            if (best == null || bar.coverage() > best.coverage()) {
                best = bar;
            }
            if (best.coverage() >= 1) {
                return best;
            }
        }
        List<String> completed = GuideToneCompletion.complete(best.tokens(), best.chord(), style.registerLow(),
                style.registerHigh(), vocabulary);
        if (completed == best.tokens()) {
            return best;
        }
        Run run = from.fork();
        completed.forEach(token -> run.feed(vocabulary.indexOf(token)));
        return new Bar(run, completed, best.chord(), 1);
    }

    private Bar sampleBar(Run run, Sampler sampler, ChordChoice choice, Key key, boolean[] repeatPitchClasses,
                          boolean firstBar) {
        List<String> out = new ArrayList<>();
        run.feed(barToken);
        out.add(RemiTokens.BAR);
        Chord chord = choice.planned();
        int chordToken = chord != null ? nearestChordToken(chord) : sampleChordToken(run, sampler, choice);
        if (chord == null && chordToken >= 0) {
            chord = chordOfToken[chordToken];
        }
        if (chordToken >= 0) {
            run.feed(chordToken);
            out.add(vocabulary.token(chordToken));
        }
        boolean[] pitchClasses = repeatPitchClasses != null
                ? BarRules.repeatOf(repeatPitchClasses, chord) : BarRules.chordScale(chord, key);
        BarRules rules = new BarRules(chord, pitchClasses, style.registerLow(), style.registerHigh(), firstBar);
        out.addAll(sampleBarContent(run, sampler, rules));
        return new Bar(run, out, chord, rules.guideCoverage(run.struckInBar));
    }

    /** Samples notes until the model opens the next bar (that BAR is not taken). */
    private List<String> sampleBarContent(Run run, Sampler sampler, BarRules rules) {
        List<String> out = new ArrayList<>();
        boolean[] allowed = new boolean[vocabulary.size()];
        for (int step = 0; step <= RemiGrammar.MAX_TOKENS_PER_BAR + 1; step++) {
            int next = -1;
            for (int strictness = 2; strictness >= 0 && next < 0; strictness--) {
                grammar.allowedNext(run.grammarState, allowed);
                restrict(run, rules, allowed, strictness);
                next = sampler.sample(run.probabilities, allowed, run.random);
                next = next >= 0 ? next : firstAllowed(allowed); // the model gives every allowed token ~0
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
        Boolean roomForANote = null; // computed once, and only when a VEL token is on offer
        for (int i = 0; i < allowed.length; i++) {
            if (!allowed[i]) {
                continue;
            }
            if (chordOfToken[i] != null) {
                allowed[i] = false; // chords are chosen by the plan, never mid-bar
            } else if (grammar.isBar(i)) {
                allowed[i] = run.notesInBar > 0; // every bar plays something
            } else if (grammar.isPosition(i) && rules.startOnTheBeat() && run.notesInBar == 0) {
                allowed[i] = grammar.position(i) == 0;
            } else if (pitchOfToken[i] >= 0) {
                allowed[i] = pitchAllowed(run, rules, pitchOfToken[i], strictness);
            } else if (grammar.isVelocity(i) && strictness > 0) {
                if (roomForANote == null) {
                    roomForANote = roomForAnotherNote(run, rules, strictness);
                }
                // A chord's notes are struck together with one hand motion, so at one dynamic.
                allowed[i] = roomForANote && (run.velocityAtOnset < 0 || i == run.velocityAtOnset);
            }
        }
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
        return strictness == 1 || rules.pitchClasses()[pitch % 12];
    }

    /** Whether adding {@code pc} to the onset's pitch classes makes three neighbouring semitones. */
    private static boolean makesCluster(boolean[] struck, int pc) {
        boolean below = struck[(pc + 11) % 12];
        boolean above = struck[(pc + 1) % 12];
        return below && (struck[(pc + 10) % 12] || above) || above && struck[(pc + 2) % 12];
    }

    /** The model's pick among the chord tokens the choice allows, or -1 when there is none. */
    private int sampleChordToken(Run run, Sampler sampler, ChordChoice choice) {
        boolean[] allowed = new boolean[vocabulary.size()];
        boolean any = false;
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = chordOfToken[i] != null && choice.allows(chordOfToken[i]);
            any |= allowed[i];
        }
        if (!any) {
            for (int i = 0; i < allowed.length; i++) {
                allowed[i] = chordOfToken[i] != null && choice.key().fits(chordOfToken[i]);
            }
        }
        return sampler.sample(run.probabilities, allowed, run.random);
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
