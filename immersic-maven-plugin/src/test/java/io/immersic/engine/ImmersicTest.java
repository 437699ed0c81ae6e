package io.immersic.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.audio.AudioParameters;
import io.immersic.audio.DrumSource;
import io.immersic.audio.Instrument;
import io.immersic.audio.LofiPreset;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImmersicTest {

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();
    private final List<String> lines = log.lines;

    private static final AudioParameters MIDI_ONLY =
            new AudioParameters(Instrument.RHODES, DrumSource.LOFI, 0.5, LofiPreset.OFF, false, false, false, false,
                    null);

    private static final TrainingParameters TINY = new TrainingParameters(2, 1, 16, 8, 0.0, 16, 2, 0.01, 0.34, 2, 5L, 1);

    /** A two-bar ii–V in a given key: voiced chords on beat 1 and a little melody. */
    private static byte[] progression(int key) {
        List<Note> notes = new ArrayList<>();
        int[][] chords = {{2, 5, 9, 12, 16}, {7, 11, 14, 17, 21}};
        for (int bar = 0; bar < 2; bar++) {
            for (int offset : chords[bar]) {
                notes.add(new Note(48 + key + offset, 60 + offset, bar * 4, 4, 0));
            }
            notes.add(new Note(72 + key + bar, 90, bar * 4 + 1.5, 0.5, 0));
            notes.add(new Note(74 + key, 85, bar * 4 + 2 + 1.0 / 3, 1.0 / 3, 0));
        }
        return new MidiWriter().write(notes, 80 + key, 4, 0, "fixture");
    }

    private PreprocessRequest request(Path midi) {
        return new PreprocessRequest(midi, List.of("**/*.mid"), List.of(), null, new OutputLayout(temp.resolve("out")));
    }

    private Path midiFolder() throws Exception {
        Path midi = Files.createDirectories(temp.resolve("midi"));
        for (int key = 0; key < 3; key++) {
            Files.write(midi.resolve("ii-v-" + key + ".mid"), progression(key));
        }
        Files.write(midi.resolve("broken.mid"), "not midi at all".getBytes());
        return midi;
    }

    @Test
    void preprocessSkipsBadFilesWritesItsOutputsAndRunsAgainOnlyWhenAnInputChanges() throws Exception {
        Path midi = midiFolder();
        Immersic engine = new Immersic(log);

        Corpus corpus = engine.preprocess(request(midi)).orElseThrow();

        assertEquals(List.of("ii-v-0.mid", "ii-v-1.mid", "ii-v-2.mid"), corpus.files().stream().map(f -> f.path()).toList());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[WARNING] Skipping " + midi.resolve("broken.mid")
                + ": it is not a MIDI file: it starts with text, not 'MThd' (it starts with \"not midi at all\")")),
                String.join("\n", lines));
        Path out = temp.resolve("out");
        // The Dm9 voicing D3 F3 A3 C4 E4 is one element, its pitch classes in music21's normal order (A C D E F).
        assertTrue(Files.readString(out.resolve("notes.json")).contains("\"9.0.2.4.5\""));
        assertTrue(Files.readString(out.resolve("analysis.json")).contains("\"files\" : 3"));

        lines.clear();
        engine.preprocess(request(midi));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Corpus is up to date")), String.join("\n", lines));

        Files.write(midi.resolve("ii-v-2.mid"), progression(5));
        lines.clear();
        engine.preprocess(request(midi));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Preprocessed 3 file(s)")), String.join("\n", lines));
    }

    @Test
    void generateReusesTheModelAndTheSameSeedGivesTheSameBytes() throws Exception {
        GenerateRequest request = new GenerateRequest(new TrainRequest(request(midiFolder()), TINY),
                new GenerationParameters(2, 4, 1.0, 0, 0.95, 3, null, 0, 4), MIDI_ONLY);
        Immersic engine = new Immersic(log);

        List<TrackFile> first = engine.generate(request);
        byte[] firstBytes = Files.readAllBytes(first.get(0).path());
        lines.clear();
        List<TrackFile> second = engine.generate(request);

        assertEquals(List.of("track-1.mid", "track-2.mid", "report.html", "model.zip"),
                second.stream().map(f -> f.path().getFileName().toString()).toList());
        assertArrayEquals(firstBytes, Files.readAllBytes(second.get(0).path()));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Reusing the trained model")), String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("Epoch 1/")), "the second run must not train");
    }

    @Test
    void anUnchangedBuildKeepsItsTracksAndAnEditedTrackOrANewSeedWritesThemAgain() throws Exception {
        GenerateRequest request = new GenerateRequest(new TrainRequest(request(midiFolder()), TINY),
                new GenerationParameters(2, 4, 1.0, 0, 0.95, 3, null, 0, 4), MIDI_ONLY);
        Immersic engine = new Immersic(log);
        List<TrackFile> first = engine.generate(request);
        Path track = first.get(0).path();
        byte[] written = Files.readAllBytes(track);

        lines.clear();
        List<TrackFile> kept = engine.generate(request);
        assertEquals(first, kept, "the same files to attach");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Tracks are up to date")), String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("[INFO] Wrote ")), "nothing is written again");

        Files.write(track, new byte[] {1, 2, 3}); // edited by hand
        lines.clear();
        engine.generate(request);
        assertTrue(lines.contains("[WARNING] " + track + " changed since Immersic wrote it (edited by hand?);"
                + " generating the tracks again"), String.join("\n", lines));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(track), "the user's edit is the user's: kept");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[WARNING] Kept " + track.getFileName())),
                String.join("\n", lines));

        Files.delete(track); // moved away by the user
        lines.clear();
        engine.generate(request);
        assertArrayEquals(written, Files.readAllBytes(track), "the same seed writes the same bytes again");

        lines.clear();
        engine.generate(new GenerateRequest(request.train(), new GenerationParameters(2, 4, 1.0, 0, 0.95, 4, null, 0, 4),
                MIDI_ONLY));
        assertTrue(lines.stream().noneMatch(l -> l.contains("up to date") && l.contains("Tracks")), "a new seed");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Wrote " + track)), String.join("\n", lines));
    }

    @Test
    void tracksStartWithThePrimerAndContinueIt() throws Exception {
        Path midi = midiFolder();
        Path primer = midi.resolve("ii-v-1.mid");
        GenerateRequest request = new GenerateRequest(new TrainRequest(request(midi), TINY),
                new GenerationParameters(1, 2, 1.0, 0, 1.0, 8, primer, 0, 0), MIDI_ONLY);

        Path track = new Immersic(log).generate(request).get(0).path();

        List<Note> primerNotes = new io.immersic.midi.MidiReader().read("primer", Files.readAllBytes(primer)).notes();
        List<Note> trackNotes = new io.immersic.midi.MidiReader().read("track", Files.readAllBytes(track)).notes();
        assertTrue(trackNotes.size() > primerNotes.size(), "the track continues the primer");
        // Every primer note is in the track (the continuation may add notes at the primer's last onset too).
        for (Note note : primerNotes) {
            assertTrue(trackNotes.stream().anyMatch(n -> n.pitch() == note.pitch()
                    && Math.abs(n.startBeat() - note.startBeat()) < 1e-9
                    && Math.abs(n.durationBeats() - note.durationBeats()) < 1e-9), "primer note " + note);
        }
    }

    @Test
    void aMissingPrimerIsNamedWithItsParameter() throws Exception {
        Path missing = temp.resolve("nowhere.mid");
        GenerateRequest request = new GenerateRequest(new TrainRequest(request(midiFolder()), TINY),
                new GenerationParameters(1, 2, 1.0, 0, 1.0, 8, missing, 0, 0), MIDI_ONLY);

        ImmersicException e = assertThrows(ImmersicException.class, () -> new Immersic(log).generate(request));

        assertEquals("The primer " + missing + " given as primer does not exist; give the path"
                + " of a MIDI file, or leave primer unset.", e.getMessage());
    }

    @Test
    void aModelTrainedByTheTrainGoalAndReusedByGenerateIsReportedAsTrainedInThisBuildWithItsSpeed() throws Exception {
        TrainRequest thisBuild = new TrainRequest(request(midiFolder()), TINY, null, temp.resolve("cache"), null,
                0, null, "build-1");
        Immersic engine = new Immersic(log);
        assertEquals("trained in this build", engine.train(thisBuild).provenance(), "the train goal trains");

        engine.generate(new GenerateRequest(thisBuild, new GenerationParameters(1, 2, 1.0, 0, 0.95, 3, null, 0, 4),
                MIDI_ONLY));

        String page = Files.readString(temp.resolve("out/report.html"));
        assertTrue(page.contains("<td>trained in this build (kept in the model cache)</td>"), "generate reused it");
        assertTrue(!page.contains("reused from the model cache"));
        assertTrue(page.contains(" tokens/s</td>"), "the speed of the training this build ran");

        // The next build trains nothing: reused, without a speed.
        TrainRequest nextBuild = new TrainRequest(request(midiFolder()), TINY, null, temp.resolve("cache"), null,
                0, null, "build-2");
        engine.generate(new GenerateRequest(nextBuild, new GenerationParameters(1, 2, 1.0, 0, 0.95, 4, null, 0, 4),
                MIDI_ONLY));
        page = Files.readString(temp.resolve("out/report.html"));
        assertTrue(page.contains("<td>reused from the model cache ("), "no training ran");
        assertTrue(!page.contains("tokens/s"));
    }

    @Test
    void theReportShowsEachTrackWithItsPlayerAndPianoRollTheSkippedFileAndTheTraining() throws Exception {
        AudioParameters wav = new AudioParameters(Instrument.RHODES, DrumSource.NONE, 0.5, LofiPreset.OFF, true, false,
                false, false, null);
        GenerateRequest request = new GenerateRequest(new TrainRequest(request(midiFolder()), TINY),
                new GenerationParameters(2, 4, 1.0, 0, 0.95, 3, null, 0, 4), wav);

        List<TrackFile> files = new Immersic(log).generate(request);

        Path out = temp.resolve("out");
        TrackFile report = files.stream().filter(f -> f.type().equals("html")).findFirst().orElseThrow();
        assertEquals(out.resolve("report.html"), report.path());
        assertEquals("immersic-report", report.classifier());
        String page = Files.readString(report.path());
        assertEquals(2, page.split("class=\"chart piano-roll\"", -1).length - 1, "one piano roll a track");
        java.util.regex.Matcher players = java.util.regex.Pattern.compile("<audio [^>]*src=\"([^\"]+)\"").matcher(page);
        int count = 0;
        while (players.find()) {
            count++;
            assertTrue(Files.isRegularFile(out.resolve(players.group(1))), "the player's link resolves: " + players.group(1));
        }
        assertEquals(2, count, "one player a track");
        assertTrue(page.contains("broken.mid</th><td>it is not a MIDI file: it starts with text, not &apos;MThd&apos;"),
                "the skipped file and why");
        assertTrue(!page.contains("not midi at all"), "never the file's content");
        assertTrue(page.contains("trained in this build"));
        assertTrue(page.contains("class=\"chart line-chart\""), "the loss per epoch");
        assertTrue(page.contains("<pre>generate seed=3 tracks=2 length=4 "), "how to reproduce, in the log's words");
    }

    @Test
    void evaluationWritesItsReportAndTheGateNamesTheMissedMetric() throws Exception {
        GenerateRequest request = new GenerateRequest(new TrainRequest(request(midiFolder()), TINY),
                new GenerationParameters(2, 4, 1.0, 0, 0.95, 3, null, 0, 4), MIDI_ONLY,
                new EvaluationParameters(true, null, null, 2.0));

        ImmersicException e = assertThrows(ImmersicException.class, () -> new Immersic(log).generate(request));

        assertTrue(e.getMessage().startsWith("Quality gate failed: distinct4 is "), e.getMessage());
        assertTrue(e.getMessage().contains("below minDistinct4 2.0"), e.getMessage());
        String report = Files.readString(temp.resolve("out/report.html"));
        assertTrue(report.contains("Quality gate: <span class=\"verdict-failed\">failed</span>"), "written before the gate");
        assertTrue(report.contains("below minDistinct4 2.0"));
        String json = Files.readString(temp.resolve("out/evaluation.json"));
        for (String key : List.of("\"heldOutNll\"", "\"lstm\"", "\"ngram\"", "\"overlap\"", "\"pitchRange\"",
                "\"longestCopiedBars\"", "\"novel8gramShare\"", "\"distinct4\"")) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("held-out NLL")), String.join("\n", lines));
    }

    @Test
    void changingATrainingParameterRetrains() throws Exception {
        PreprocessRequest preprocess = request(midiFolder());
        Immersic engine = new Immersic(log);
        engine.train(new TrainRequest(preprocess, TINY));
        lines.clear();

        TrainingParameters wider = new TrainingParameters(2, 1, 24, 8, 0.0, 16, 2, 0.01, 0.34, 2, 5L, 1);
        engine.train(new TrainRequest(preprocess, wider));

        assertTrue(lines.stream().anyMatch(l -> l.contains("Epoch 1/2")), String.join("\n", lines));
    }

    @Test
    void aFolderWithoutMidiFailsWithAMessageThatSaysWhereItLooked() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        ImmersicException e = assertThrows(ImmersicException.class, () -> new Immersic(log).preprocess(request(empty)));
        assertTrue(e.getMessage().startsWith("No MIDI files found in folder " + empty + " (includes [**/*.mid]"),
                e.getMessage());
    }

    @Test
    void onlyBadFilesFailsTheBuildAndSaysNothingIsUsable() throws Exception {
        Path midi = Files.createDirectories(temp.resolve("bad"));
        Files.write(midi.resolve("empty.mid"), new byte[0]);
        ImmersicException e = assertThrows(ImmersicException.class, () -> new Immersic(log).preprocess(request(midi)));
        assertTrue(e.getMessage().startsWith("None of the 1 file(s) found in " + midi), e.getMessage());
    }

    @Test
    void anOutOfRangeParameterIsNamedWithItsProperty() throws Exception {
        TrainingParameters bad = new TrainingParameters(0, 1, 16, 8, 0.0, 16, 2, 0.01, 0.34, 2, 5L, 1);
        ImmersicException e = assertThrows(ImmersicException.class,
                () -> new Immersic(log).train(new TrainRequest(request(midiFolder()), bad)));
        assertEquals("epochs is 0; it must be 1 to 100000.", e.getMessage());
    }

    // ---- model cache, model artifacts, built-in model ----------------------------------------------------------

    private static final GenerationParameters TWO_SHORT_TRACKS = new GenerationParameters(2, 4, 1.0, 0, 0.95, 3, null, 0, 4);

    private TrainRequest cachedTrainRequest(PreprocessRequest preprocess, PrebuiltModel model) {
        return new TrainRequest(preprocess, TINY, model, temp.resolve("cache"), null);
    }

    @Test
    void theModelCacheOutlivesTheOutputFolderSoACleanBuildDoesNotTrainAndWritesTheSameTracks() throws Exception {
        GenerateRequest request = new GenerateRequest(cachedTrainRequest(request(midiFolder()), null), TWO_SHORT_TRACKS,
                MIDI_ONLY);
        Immersic engine = new Immersic(log);
        List<TrackFile> first = engine.generate(request);
        byte[] track = Files.readAllBytes(first.get(0).path());
        byte[] model = Files.readAllBytes(temp.resolve("out/model/model.zip"));
        assertTrue(first.stream().anyMatch(f -> f.classifier().equals("immersic-model") && f.type().equals("zip")),
                "the model is among the files to attach");

        deleteTree(temp.resolve("out")); // mvn clean
        lines.clear();
        List<TrackFile> second = engine.generate(request);

        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Reusing the trained model " + temp.resolve("cache"))),
                String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("Epoch 1/")), "a clean build must not train");
        assertArrayEquals(track, Files.readAllBytes(second.get(0).path()));
        assertArrayEquals(model, Files.readAllBytes(temp.resolve("out/model/model.zip")), "the same model zip bytes");
    }

    @Test
    void aDamagedCacheEntryIsNamedInAWarningAndTrainedAgainNeverUsed() throws Exception {
        TrainRequest train = cachedTrainRequest(request(midiFolder()), null);
        new Immersic(log).train(train);
        Path entry;
        try (var entries = Files.list(temp.resolve("cache/models"))) {
            entry = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        byte[] weights = Files.readAllBytes(entry.resolve("coefficients.bin"));
        weights[100] ^= 1;
        Files.write(entry.resolve("coefficients.bin"), weights);
        lines.clear();

        new Immersic(log).train(train);

        assertTrue(lines.contains("[WARNING] The cached model " + entry + " cannot be used: coefficients.bin does not"
                + " match its SHA-256 or size in manifest.json (changed or damaged after it was written). Training it"
                + " again."), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("Epoch 1/2")), String.join("\n", lines));
        lines.clear();
        new Immersic(log).train(train);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Reusing the trained model")), "repaired");
    }

    @Test
    void aProjectWithoutMusicOfItsOwnGeneratesWithTheBuiltInModelWithoutTraining() throws Exception {
        PreprocessRequest none = new PreprocessRequest(temp.resolve("src/main/midi"), List.of("**/*.mid"), List.of(),
                null, new OutputLayout(temp.resolve("out")), false);
        GenerateRequest request = new GenerateRequest(cachedTrainRequest(none, null), TWO_SHORT_TRACKS, MIDI_ONLY,
                new EvaluationParameters(true, null, null, null));

        List<TrackFile> files = new Immersic(log).generate(request);

        assertEquals(List.of("track-1", "track-2", "immersic-report"), files.stream().map(TrackFile::classifier).toList(),
                "tracks and report only: the built-in model is not this project's to attach");
        assertTrue(Files.readString(temp.resolve("out/report.html")).contains("s built-in model</td>"), "its provenance");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Using the built-in model")), String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("Epoch 1/")), "no training");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Not evaluating: the model came from the built-in")));
        assertTrue(new io.immersic.midi.MidiReader().read("t", Files.readAllBytes(files.get(0).path())).notes().size() > 4);
    }

    @Test
    void aModelArtifactIsUsedWithoutTrainingAndADamagedOneFailsWithItsName() throws Exception {
        new Immersic(log).train(cachedTrainRequest(request(midiFolder()), null));
        Path artifact = Files.copy(temp.resolve("out/model/model.zip"), temp.resolve("game-music-1.0-immersic-model.zip"));
        PreprocessRequest elsewhere = new PreprocessRequest(temp.resolve("b/src/main/midi"), List.of("**/*.mid"),
                List.of(), null, new OutputLayout(temp.resolve("b/out")), false);
        lines.clear();

        List<TrackFile> files = new Immersic(log).generate(new GenerateRequest(
                cachedTrainRequest(elsewhere, new PrebuiltModel("com.example:game-music:1.0", artifact)),
                TWO_SHORT_TRACKS, MIDI_ONLY));

        assertEquals(List.of("track-1", "track-2", "immersic-report"), files.stream().map(TrackFile::classifier).toList(),
                "no model: it is another project's");
        assertTrue(Files.readString(temp.resolve("b/out/report.html")).contains("resolved from com.example:game-music:1.0"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[INFO] Using the model com.example:game-music:1.0 ("
                + artifact + ")")), String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("Epoch 1/") || l.contains("Preprocessed")));

        byte[] damaged = Files.readAllBytes(artifact);
        Path truncated = Files.write(temp.resolve("truncated.zip"), java.util.Arrays.copyOf(damaged, damaged.length / 2));
        ImmersicException e = assertThrows(ImmersicException.class, () -> new Immersic(log).generate(
                new GenerateRequest(cachedTrainRequest(elsewhere, new PrebuiltModel("com.example:bad:1.0", truncated)),
                        TWO_SHORT_TRACKS, MIDI_ONLY)));
        assertTrue(e.getMessage().startsWith("The model com.example:bad:1.0 given as model cannot"
                + " be used: " + truncated), e.getMessage());
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
