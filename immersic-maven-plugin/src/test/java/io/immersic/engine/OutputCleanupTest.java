package io.immersic.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.immersic.audio.AudioParameters;
import io.immersic.audio.DrumSource;
import io.immersic.audio.Instrument;
import io.immersic.audio.LofiPreset;
import io.immersic.cache.Fingerprint;
import io.immersic.common.ImmersicException;
import io.immersic.generation.GenerationParameters;
import io.immersic.midi.MidiWriter;
import io.immersic.midi.Note;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the stages leave in the output folder across builds: outputs checked against the hashes they were written
 * with, files of an earlier configuration removed (only Immersic's own), and leftovers of killed builds cleaned.
 */
class OutputCleanupTest {

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();
    private final List<String> lines = log.lines;

    private static final TrainingParameters TINY = new TrainingParameters(1, 1, 16, 8, 0.0, 16, 2, 0.01, 0.34, 2, 5L, 1);
    private static final AudioParameters MIDI_ONLY =
            new AudioParameters(Instrument.RHODES, DrumSource.LOFI, 0.5, LofiPreset.OFF, false, false, false, false,
                    null);
    private static final AudioParameters WAV_FLAC_STEMS =
            new AudioParameters(Instrument.RHODES, DrumSource.LOFI, 0.5, LofiPreset.OFF, true, true, true, false,
                    null);

    private Path out() {
        return temp.resolve("out");
    }

    private Path tracks() {
        return out().resolve("tracks");
    }

    /** Three two-bar files in three keys: a chord on beat 1 of each bar and two melody notes. */
    private PreprocessRequest preprocess() throws Exception {
        Path midi = Files.createDirectories(temp.resolve("midi"));
        for (int key = 0; key < 3; key++) {
            List<Note> notes = new ArrayList<>();
            for (int bar = 0; bar < 2; bar++) {
                for (int offset : new int[] {0, 4, 7, 11}) {
                    notes.add(new Note(50 + key + offset + 5 * bar, 70, bar * 4, 4, 0));
                }
                notes.add(new Note(72 + key, 90, bar * 4 + 1.5, 0.5, 0));
                notes.add(new Note(74 + key, 85, bar * 4 + 3, 1, 0));
            }
            Files.write(midi.resolve("piece-" + key + ".mid"), new MidiWriter().write(notes, 80, 4, 0, "fixture"));
        }
        return new PreprocessRequest(midi, List.of("**/*.mid"), List.of(), null, new OutputLayout(out()));
    }

    private GenerateRequest generate(int tracks, AudioParameters audio) throws Exception {
        return new GenerateRequest(new TrainRequest(preprocess(), TINY),
                new GenerationParameters(tracks, 2, 1.0, 0, 0.95, 3, null, 0, 4), audio);
    }

    /** The warnings but the one that three files are too few pieces to learn harmony from. */
    private List<String> warnings() {
        return lines.stream().filter(l -> l.startsWith("[WARNING]") && !l.startsWith("[WARNING] Only ")).toList();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    // ---- preprocess: outputs checked against their recorded hashes ----------------------------------------------

    @Test
    void aHandEditedCorpusIsPreprocessedAgainWithAWarningNamingIt() throws Exception {
        Immersic engine = new Immersic(log);
        engine.preprocess(preprocess());
        Corpus written = PreprocessStep.readCorpus(out().resolve("corpus.json"));
        assertTrue(warnings().isEmpty(), "a first run warns about nothing: " + warnings());
        // Valid JSON, a valid corpus, but 1 file where the inputs give 3: it must not be reused.
        Json.write(out().resolve("corpus.json"), Corpus.of(written.files().subList(0, 1)));
        lines.clear();

        Corpus corpus = engine.preprocess(preprocess()).orElseThrow();

        assertEquals(List.of("[WARNING] " + out().resolve("corpus.json") + " changed since Immersic wrote it (edited by"
                + " hand?); preprocessing again"), warnings());
        assertEquals(3, corpus.files().size());
        assertEquals(3, PreprocessStep.readCorpus(out().resolve("corpus.json")).files().size());
        lines.clear();
        engine.preprocess(preprocess());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Corpus is up to date")), String.join("\n", lines));
        assertTrue(warnings().isEmpty(), "repaired: " + warnings());
    }

    @Test
    void aDeletedOutputOrAStateFileOfAnotherVersionIsRebuiltWithAWarningThatSaysWhy() throws Exception {
        Immersic engine = new Immersic(log);
        engine.preprocess(preprocess());
        Files.delete(out().resolve("notes.json"));
        lines.clear();

        engine.preprocess(preprocess());

        assertEquals(List.of("[WARNING] " + out().resolve("notes.json") + " is missing (deleted since Immersic wrote"
                + " it?); preprocessing again"), warnings());
        assertTrue(Files.isRegularFile(out().resolve("notes.json")));

        // The state file of an earlier Immersic: the inputs' fingerprint only.
        Path state = out().resolve("preprocess-state.json");
        Files.writeString(state, "{\"cacheFormatVersion\": 2, \"fingerprint\": \"0123\"}");
        lines.clear();
        engine.preprocess(preprocess());
        assertEquals(List.of("[WARNING] " + state + " was written by another version of Immersic; preprocessing"
                + " again"), warnings());

        Files.writeString(state, "{\"cacheFormatVersion\": 2, \"finger"); // cut short
        lines.clear();
        engine.preprocess(preprocess());
        assertEquals(1, warnings().size());
        assertTrue(warnings().get(0).startsWith("[WARNING] " + state + " cannot be read ("), warnings().get(0));
        assertTrue(warnings().get(0).endsWith("); preprocessing again"), warnings().get(0));
    }

    // ---- generate: the manifest of tracks/ -----------------------------------------------------------------------

    @Test
    void fewerTracksWithoutFlacOrStemsRemoveTheEarlierFilesButNeverTheUsers() throws Exception {
        Immersic engine = new Immersic(log);
        GenerateRequest first = generate(3, WAV_FLAC_STEMS);
        List<TrackFile> written = engine.generate(first);
        List<String> writtenNames = written.stream().filter(f -> f.path().startsWith(tracks()))
                .map(f -> f.path().getFileName().toString()).toList();
        assertEquals(36, writtenNames.size(),
                "3 tracks x (mid + mix, keys, bass, melody and drums as wav and flac + the sidecar json)");
        assertEquals(writtenNames, new GenerateStep(log, first).fileNames(3), "fileNames() lists what is written");
        Files.writeString(tracks().resolve("my-notes.txt"), "track 3 is the best");
        lines.clear();

        engine.generate(generate(2, MIDI_ONLY));

        assertEquals(List.of(".immersic-outputs.json", "my-notes.txt", "track-1.mid", "track-2.mid"), names(tracks()));
        assertEquals("track 3 is the best", Files.readString(tracks().resolve("my-notes.txt")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Removed 34 file(s) of an earlier build from "
                + tracks() + " that this build does not write (fewer tracks, other formats, no stems): track-1-bass.flac,"
                + " track-1-bass.wav, ")), String.join("\n", lines));
        JsonNode manifest = Json.MAPPER.readTree(tracks().resolve(".immersic-outputs.json").toFile());
        assertTrue(manifest.path("complete").booleanValue());
        assertEquals(2, manifest.path("files").size());
        for (int i = 0; i < 2; i++) {
            JsonNode file = manifest.path("files").get(i);
            Path track = tracks().resolve("track-" + (i + 1) + ".mid");
            assertEquals(track.getFileName().toString(), file.path("path").textValue());
            assertEquals(Fingerprint.sha256Hex(Files.readAllBytes(track)), file.path("sha256").textValue());
            assertEquals(Files.size(track), file.path("size").longValue());
        }
    }

    @Test
    void aUsersOwnFileWhereANewTrackGoesIsKeptAndNamedNotOverwritten() throws Exception {
        Immersic engine = new Immersic(log);
        engine.generate(generate(1, MIDI_ONLY));
        Files.writeString(tracks().resolve("track-2.mid"), "my own sketch");
        lines.clear();

        List<TrackFile> written = engine.generate(generate(2, MIDI_ONLY));

        assertEquals("my own sketch", Files.readString(tracks().resolve("track-2.mid")));
        assertTrue(written.stream().noneMatch(f -> f.path().endsWith("track-2.mid")), "not attached as a track");
        assertTrue(warnings().stream().anyMatch(w -> w.contains("Kept track-2.mid in " + tracks())
                && w.contains("not written by Immersic")), String.join("\n", lines));
    }

    @Test
    void aStateWhoseListWasEmptiedVouchesForNothing() throws Exception {
        Immersic engine = new Immersic(log);
        engine.generate(generate(1, MIDI_ONLY));
        Path state = out().resolve("generate-state.json");
        JsonNode recorded = Json.MAPPER.readTree(state.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) recorded).putArray("outputs");
        Files.write(state, Json.MAPPER.writeValueAsBytes(recorded));
        Files.delete(tracks().resolve("track-1.mid"));
        lines.clear();

        engine.generate(generate(1, MIDI_ONLY));

        assertTrue(Files.exists(tracks().resolve("track-1.mid")), "written again");
        assertTrue(lines.stream().noneMatch(l -> l.contains("Tracks are up to date")), String.join("\n", lines));
        assertTrue(warnings().stream().anyMatch(w -> w.contains("is not among the files")), String.join("\n", lines));
    }

    @Test
    void aLeftoverTemporaryFileIsDeletedAtStartAndNoOtherFile() throws Exception {
        Files.createDirectories(tracks());
        Files.writeString(tracks().resolve(".track-1.wav.123.tmp"), "half a WAV");
        Files.writeString(out().resolve(".corpus.json.4711-1.tmp"), "half a corpus");
        Files.writeString(tracks().resolve("notes.123.tmp"), "the user's"); // not Immersic's pattern (no dot first)

        new Immersic(log).generate(generate(1, MIDI_ONLY));

        assertEquals(List.of(".immersic-outputs.json", "notes.123.tmp", "track-1.mid"), names(tracks()));
        assertFalse(Files.exists(out().resolve(".corpus.json.4711-1.tmp")));
        assertTrue(lines.contains("[INFO] Removed 1 temporary file(s) an interrupted build left in " + tracks()
                + ": .track-1.wav.123.tmp"), String.join("\n", lines));
        assertTrue(lines.contains("[INFO] Removed 1 temporary file(s) an interrupted build left in " + out()
                + ": .corpus.json.4711-1.tmp"), String.join("\n", lines));
    }

    @Test
    void aBuildThatStopsWhileWritingTracksLeavesNoCompleteManifestAndTheNextBuildRepairsTheFolder() throws Exception {
        Immersic engine = new Immersic(log);
        engine.generate(generate(3, MIDI_ONLY));
        // A build that began writing the three tracks and was killed before it finished.
        new io.immersic.cache.OutputManifest(tracks()).begin(List.of("track-1.mid", "track-2.mid", "track-3.mid"));
        JsonNode manifest = Json.MAPPER.readTree(tracks().resolve(".immersic-outputs.json").toFile());
        assertFalse(manifest.path("complete").booleanValue(), "the manifest vouches for no mixed set");
        assertEquals(3, manifest.path("files").size(), "but still knows its files by their hashes");
        lines.clear();

        engine.generate(generate(1, MIDI_ONLY));

        assertTrue(lines.contains("[WARNING] The last build stopped while writing " + tracks() + " (killed?); all its"
                + " tracks are written again"), String.join("\n", lines));
        assertEquals(List.of(".immersic-outputs.json", "track-1.mid"), names(tracks()),
                "track-2.mid and track-3.mid hold the bytes recorded: Immersic's, removed");
        assertTrue(Json.MAPPER.readTree(tracks().resolve(".immersic-outputs.json").toFile()).path("complete")
                .booleanValue());
    }
}
