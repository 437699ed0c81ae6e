package io.immersic.analysis;

import io.immersic.tokens.CorpusTempo;
import java.util.List;
import java.util.Map;

/**
 * What {@code target/immersic/analysis.json} holds. Each distribution is computed the notebooks' way: percentages
 * within each file, then averaged over the files, so a long file does not outweigh a short one.
 *
 * @param files number of files analysed
 * @param pieces distinct pieces among them: files that are one piece in another key or octave count once
 * @param notes pitched notes
 * @param chords onsets where two or more notes start together
 * @param tokens REMI tokens in the corpus
 * @param drumHits notes on channel 10 (kept apart from the piano stream)
 * @param key the estimated key of the whole corpus (Krumhansl-Schmuckler), e.g. {@code "A minor"}
 * @param noteNames distribution of pitch-class names (C, C#, ... B), percent
 * @param pitches distribution of note names with octave (C4, F#5, ...), percent
 * @param durations distribution of durations in quarter notes (e.g. "0.5"), percent
 * @param velocities distribution of MIDI velocities, percent
 * @param loopBars the usual length of the pieces' chord loops, in bars (see {@link CorpusStyle})
 * @param chordQualities distribution of the bars' chord qualities (maj7, m9, 13 …), percent of bars with a chord
 * @param keys how many files are in each key (each file's own estimate), most files first
 * @param skipped the files found but not used, each with the reason (empty when none, or not known)
 * @param tempo the tracks' tempo taken from the corpus, and where it comes from (null when not known)
 */
public record CorpusAnalysis(int files, int pieces, int notes, int chords, int tokens, int drumHits, String key,
                             Map<String, Double> noteNames, Map<String, Double> pitches,
                             Map<String, Double> durations, Map<String, Double> velocities, int loopBars,
                             Map<String, Double> chordQualities, Map<String, Integer> keys,
                             List<SkippedFile> skipped, CorpusTempo tempo) {

    /** A file of the MIDI folder that was not used, and why (as the build's warning said). */
    public record SkippedFile(String file, String reason) {}

    public CorpusAnalysis {
        keys = keys == null ? Map.of() : keys;
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** This analysis with the files the preprocessing skipped. */
    public CorpusAnalysis withSkipped(List<SkippedFile> files) {
        return new CorpusAnalysis(this.files, pieces, notes, chords, tokens, drumHits, key, noteNames, pitches,
                durations, velocities, loopBars, chordQualities, keys, files, tempo);
    }

    /** This analysis with the corpus's tempo. */
    public CorpusAnalysis withTempo(CorpusTempo corpusTempo) {
        return new CorpusAnalysis(files, pieces, notes, chords, tokens, drumHits, key, noteNames, pitches,
                durations, velocities, loopBars, chordQualities, keys, skipped, corpusTempo);
    }
}
