package io.immersic.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import io.immersic.analysis.CorpusAnalysis;
import io.immersic.analysis.CorpusAnalyzer;
import io.immersic.cache.BuildState;
import io.immersic.cache.Fingerprint;
import io.immersic.common.BuildLog;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.midi.MidiFolder;
import io.immersic.midi.MidiPiece;
import io.immersic.midi.MidiReadException;
import io.immersic.midi.MidiReader;
import io.immersic.midi.Note;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import io.immersic.tokens.NotebookNotes;
import io.immersic.tokens.RemiEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1: MIDI folder (or a notebook notes.json) → corpus.json, notes.json and analysis.json. Runs only when an input
 * file or a parameter changed since the last run.
 */
public final class PreprocessStep {

    /** A source file's bytes, read once for both the fingerprint and the parser. */
    private record Source(String path, byte[] bytes, String sha256) {}

    /** A source that parsed, with what the outputs need of it. */
    record Parsed(CorpusEntry entry, List<Note> notes, int drumHits) {}

    /** Fewer distinct pieces than this cannot teach the model which chords follow which. */
    static final int MIN_PIECES_FOR_HARMONY = 20;

    /** Larger files are not read at all: no piano piece needs this much, and the whole file is held in memory. */
    static final long MAX_FILE_BYTES = 32L << 20;

    /** Bump when analysis.json gains or changes a figure, so that an up-to-date corpus is analysed again. */
    private static final int ANALYSIS_VERSION = 4; // 2: files per key, skipped files; 3: tempo (unknown when unstated);
    // 4: skip reasons without the file's first characters, so an analysis.json that quoted them is written again

    private final BuildLog log;

    /** Files found but not used, with the reason, for the summary and the analysis (and so the report). */
    private final List<CorpusAnalysis.SkippedFile> skipped = new ArrayList<>();

    public PreprocessStep(BuildLog log) {
        this.log = log;
    }

    public Corpus run(PreprocessRequest request) throws ImmersicException {
        List<Source> sources = request.notesFile() != null ? List.of(readNotesFileSource(request.notesFile()))
                : readMidiSources(request);
        String fingerprint = fingerprint(request, sources);
        OutputLayout out = request.output();
        OutputLayout.removeTemporaryFiles(out.root(), log);
        // Up to date only when the inputs are unchanged and every output is still exactly what this stage wrote.
        BuildState.Stale stale = BuildState.check(out.preprocessState(), fingerprint, outputs(out));
        if (stale == null) {
            Corpus cached = readCorpus(out.corpusFile());
            if (cached != null) {
                log.info("Corpus is up to date (" + sources.size() + " input file(s) unchanged): " + out.corpusFile());
                return cached;
            }
            stale = new BuildState.Stale(out.corpusFile() + " cannot be read", false);
        }
        if (!stale.expected()) {
            log.warn(stale.reason() + "; preprocessing again");
        }
        forgetState(out);
        long started = System.nanoTime();
        List<Parsed> parsed = request.notesFile() != null ? List.of(parseNotesFile(sources.get(0)))
                : parseMidi(sources, request);
        Corpus corpus = Corpus.of(parsed.stream().map(Parsed::entry).toList());
        CorpusAnalysis analysis = analyze(parsed).withSkipped(skipped).withTempo(corpus.tempo());
        writeOutputs(out, corpus, parsed, analysis);
        writeState(out, fingerprint);
        log.info(String.format("Preprocessed %d file(s): %d notes, %d tokens, vocabulary of %d, in %d ms",
                parsed.size(), parsed.stream().mapToInt(p -> p.notes().size()).sum(), corpus.tokenCount(),
                corpus.vocabulary().size(), (System.nanoTime() - started) / 1_000_000));
        reportPieces(analysis);
        return corpus;
    }

    private List<Source> readMidiSources(PreprocessRequest request) throws ImmersicException {
        Path folder = request.midiDirectory();
        String searched = "folder " + folder + " (includes " + request.includes() + ", excludes "
                + request.excludes() + ")";
        if (!Files.isDirectory(folder)) {
            throw new ImmersicException("No MIDI folder: " + folder + " does not exist. Put .mid files in "
                    + "src/main/midi, or point {midiDirectory} at your MIDI folder, or give a "
                    + "notebook notes.json with {notesFile}.");
        }
        MidiFolder.Scan scan;
        try {
            scan = MidiFolder.scan(folder, request.includes(), request.excludes());
        } catch (IOException e) {
            throw new ImmersicException("Cannot read the MIDI folder " + folder + " (" + e + ").", e);
        }
        scan.warnings().forEach(log::warn);
        if (scan.files().isEmpty()) {
            throw new ImmersicException("No MIDI files found in " + searched + ". Add .mid files there, or change "
                    + "{midiDirectory/includes}.");
        }
        List<Source> sources = new ArrayList<>(scan.files().size());
        for (String relative : scan.files()) {
            Path file = folder.resolve(relative);
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    skip(file, relative, String.format("it is %.1f MB; a MIDI file Immersic reads is at most %d MB"
                            + " (a piano piece of an hour takes well under 1 MB)", size / 1e6, MAX_FILE_BYTES >> 20),
                            "");
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                sources.add(new Source(relative, bytes, Fingerprint.sha256Hex(bytes)));
            } catch (IOException e) {
                skip(file, relative, "cannot be read (" + IoReasons.describe(e) + ")", "");
            }
        }
        return sources;
    }

    /**
     * Names a file not used: in the build log with {@code logOnly} (what only the log may say), and in analysis.json
     * and so report.html, which are deployed, by the reason alone, which never holds the file's content.
     */
    private void skip(Path file, String relative, String reason, String logOnly) {
        log.warn("Skipping " + file + ": " + reason + logOnly);
        skipped.add(new CorpusAnalysis.SkippedFile(relative, reason));
    }

    /**
     * The file's first characters for the log, so a user recognises a stray text file; nothing for a file that lies
     * outside the MIDI folder (reached by a link), which may be anyone's, e.g. a linked {@code secret.mid}.
     */
    static String quoteForLog(Path folder, Path file, String quote) {
        return quote != null && inside(folder, file) ? " (it starts with \"" + quote + "\")" : "";
    }

    private static boolean inside(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private Source readNotesFileSource(Path notesFile) throws ImmersicException {
        try {
            byte[] bytes = Files.readAllBytes(notesFile);
            return new Source(notesFile.getFileName().toString(), bytes, Fingerprint.sha256Hex(bytes));
        } catch (IOException e) {
            throw new ImmersicException("Cannot read the notes file " + notesFile + " given as {notesFile}: "
                    + IoReasons.describe(e));
        }
    }

    private static String fingerprint(PreprocessRequest request, List<Source> sources) {
        Fingerprint fingerprint = new Fingerprint()
                .add("schema", Corpus.SCHEMA_VERSION)
                .add("analysis", ANALYSIS_VERSION)
                .add("representation", Corpus.REPRESENTATION)
                .add("notesFile", request.notesFile() != null);
        for (Source source : sources) {
            fingerprint.add(source.path(), source.sha256());
        }
        return fingerprint.hex();
    }

    private List<Parsed> parseMidi(List<Source> sources, PreprocessRequest request) throws ImmersicException {
        MidiReader reader = new MidiReader();
        RemiEncoder encoder = new RemiEncoder();
        List<Parsed> parsed = new ArrayList<>();
        int repaired = 0;
        for (Source source : sources) {
            Path file = request.midiDirectory().resolve(source.path());
            try {
                MidiPiece piece = reader.read(source.path(), source.bytes());
                if (!piece.repairs().isEmpty()) {
                    log.warn("Repaired " + file + ": " + piece.repairs());
                    repaired++;
                }
                parsed.add(toCorpusEntry(piece, source.sha256(), encoder));
            } catch (MidiReadException e) {
                skip(file, source.path(), "it " + e.getMessage(),
                        quoteForLog(request.midiDirectory(), file, e.quote()));
            } catch (RuntimeException e) {
                // Every known problem has a reason above; this keeps one unforeseen file from failing the build. The
                // exception's message may hold bytes of the file, so the deployed reason names only its class.
                skip(file, source.path(), "Immersic could not read it (" + e.getClass().getSimpleName() + "); please"
                        + " report this file as a bug", inside(request.midiDirectory(), file) ? " [" + e + "]" : "");
            }
        }
        int found = parsed.size() + skipped.size();
        if (parsed.size() < found || repaired > 0) {
            log.warn(String.format("Of %d MIDI file(s): %d used, %d skipped (named above), %d repaired by dropping"
                    + " out-of-range events", found, parsed.size(), found - parsed.size(), repaired));
        }
        if (parsed.isEmpty()) {
            throw new ImmersicException("None of the " + sources.size() + " file(s) found in "
                    + request.midiDirectory() + " (includes " + request.includes() + ", excludes "
                    + request.excludes() + ") is a usable MIDI file with pitched notes (see the warnings above);"
                    + " there is nothing to train on.");
        }
        return parsed;
    }

    /** A piece with its REMI tokens; a piece without pitched notes is skipped with that reason. */
    static Parsed toCorpusEntry(MidiPiece piece, String sha256, RemiEncoder encoder) throws MidiReadException {
        if (piece.notes().isEmpty()) {
            throw new MidiReadException("has no pitched notes"
                    + (piece.drums().isEmpty() ? "" : " (only drums on channel 10)"));
        }
        CorpusEntry entry = new CorpusEntry(piece.name(), sha256, round(piece.statedBpm()), piece.beatsPerBar(),
                encoder.encode(piece));
        return new Parsed(entry, piece.notes(), piece.drums().size());
    }

    private Parsed parseNotesFile(Source source) throws ImmersicException {
        List<String> elements;
        try {
            elements = Json.MAPPER.readValue(source.bytes(), new TypeReference<List<String>>() {});
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                    ? json.getOriginalMessage() : e.getMessage();
            throw new ImmersicException("The notes file " + source.path() + " given as {~notesFile} is not a JSON list"
                    + " of note strings like [\"F#5\", \"0.4.7\"]: " + reason);
        }
        try {
            List<Note> notes = NotebookNotes.toNotes(elements);
            if (notes.isEmpty()) {
                throw new ImmersicException("The notes file " + source.path() + " given as {~notesFile} is an empty "
                        + "list; there is nothing to train on.");
            }
            CorpusEntry entry = new CorpusEntry(source.path(), source.sha256(), 0, 4.0,
                    new RemiEncoder().encode(notes, 4.0));
            return new Parsed(entry, notes, 0);
        } catch (IllegalArgumentException e) {
            throw new ImmersicException("The notes file " + source.path() + " given as {~notesFile} has a bad "
                    + e.getMessage());
        }
    }

    private static void writeOutputs(OutputLayout out, Corpus corpus, List<Parsed> parsed, CorpusAnalysis analysis)
            throws ImmersicException {
        List<String> notebookElements = new ArrayList<>();
        for (Parsed file : parsed) {
            notebookElements.addAll(NotebookNotes.export(file.notes()));
        }
        try {
            Json.write(out.corpusFile(), corpus);
            Json.write(out.notebookNotesFile(), notebookElements);
            Json.write(out.analysisFile(), analysis);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write to " + out.root() + ": " + IoReasons.describe(e), e);
        }
    }

    static CorpusAnalysis analyze(List<Parsed> parsed) {
        List<CorpusAnalyzer.FileNotes> notes = parsed.stream().map(file -> new CorpusAnalyzer.FileNotes(file.notes(),
                file.drumHits(), file.entry().tokens().size())).toList();
        return new CorpusAnalyzer().analyze(notes, parsed.stream().map(file -> file.entry().tokens()).toList());
    }

    /**
     * Says how many different pieces the corpus holds: a folder of one loop in twenty keys is one piece, and harmony
     * is learned from pieces, not files.
     */
    private void reportPieces(CorpusAnalysis analysis) {
        log.info(String.format("Corpus: %d distinct piece(s) in %d file(s) (files that are one piece in another key"
                        + " count once), key %s, %d-bar chord loops", analysis.pieces(), analysis.files(),
                analysis.key(), analysis.loopBars()));
        log.info("Corpus tempo: " + analysis.tempo().describe());
        if (analysis.pieces() < MIN_PIECES_FOR_HARMONY) {
            log.warn(String.format("Only %d distinct piece(s): too few to learn harmony from (at least %d different"
                    + " pieces are needed; copies in other keys do not count). Tracks will lean on the few"
                    + " progressions there are; add more different pieces, or set {~progression}.",
                    analysis.pieces(), MIN_PIECES_FOR_HARMONY));
        }
    }

    /** The three files preprocessing writes, which its state must vouch for. */
    private static List<Path> outputs(OutputLayout out) {
        return List.of(out.corpusFile(), out.notebookNotesFile(), out.analysisFile());
    }

    /** Records the inputs' fingerprint and the hashes of the three files written from them. */
    private static void writeState(OutputLayout out, String fingerprint) throws ImmersicException {
        try {
            BuildState.write(out.preprocessState(), fingerprint, outputs(out));
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + out.preprocessState() + ": " + IoReasons.describe(e), e);
        }
    }

    /** Before the outputs are rewritten: a build killed while writing them must not leave a state vouching for them. */
    private static void forgetState(OutputLayout out) throws ImmersicException {
        try {
            BuildState.forget(out.preprocessState());
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write to " + out.root() + ": " + IoReasons.describe(e), e);
        }
    }

    /** Reads a corpus.json written by this or an earlier run; null when it is of another schema or unreadable. */
    public static Corpus readCorpus(Path file) {
        try {
            Corpus corpus = Json.MAPPER.readValue(file.toFile(), Corpus.class);
            return corpus.schemaVersion() == Corpus.SCHEMA_VERSION ? corpus : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static double round(double bpm) {
        return Math.round(bpm * 100) / 100.0;
    }
}
