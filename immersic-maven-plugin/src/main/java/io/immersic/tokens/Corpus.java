package io.immersic.tokens;

import java.util.List;

/**
 * The token corpus written to {@code target/immersic/corpus.json}.
 *
 * <p>Schema (version {@value #SCHEMA_VERSION}; version 2 added the bars' CHORD tokens):
 * <pre>
 * {
 *   "schemaVersion": 2,
 *   "representation": "remi-12-chords", // REMI tokens on a 1/12-beat grid with a chord per bar, see RemiTokens
 *   "vocabulary": ["BAR", "END", "POS_0", ...],   // canonical order; a token's index is its model id
 *   "files": [ { "path": "a/b.mid", "sha256": "...", "tempoBpm": 80.0, "beatsPerBar": 4.0,
 *                "tokens": ["BAR", "POS_0", "VEL_4", "PITCH_60", "DUR_12", ..., "END"] } ]
 * }
 * </pre>
 * A reader must reject a schemaVersion it does not know.
 */
public record Corpus(int schemaVersion, String representation, List<String> vocabulary, List<CorpusEntry> files) {

    public static final int SCHEMA_VERSION = 2;
    public static final String REPRESENTATION = "remi-12-chords";

    public Corpus {
        vocabulary = List.copyOf(vocabulary);
        files = List.copyOf(files);
    }

    public static Corpus of(List<CorpusEntry> files) {
        Vocabulary vocabulary = Vocabulary.of(files.stream().map(CorpusEntry::tokens).toList());
        return new Corpus(SCHEMA_VERSION, REPRESENTATION, vocabulary.tokens(), files);
    }

    public Vocabulary vocabularyIndex() {
        return new Vocabulary(vocabulary);
    }

    public int tokenCount() {
        return files.stream().mapToInt(f -> f.tokens().size()).sum();
    }

    /** The tempo of the tracks when neither the build nor any corpus file states one: a usual lo-fi tempo. */
    public static final double LOFI_DEFAULT_BPM = 80;

    /**
     * The corpus's tempo: the median of the tempos its files state, or {@link #LOFI_DEFAULT_BPM} when none states
     * one. A file without a tempo event has an unknown tempo; counting it as MIDI's default 120 BPM would make the
     * "median" MIDI's default for a corpus of exported sketches.
     */
    public CorpusTempo tempo() {
        return CorpusTempo.of(files.stream().mapToDouble(CorpusEntry::tempoBpm).toArray());
    }
}
