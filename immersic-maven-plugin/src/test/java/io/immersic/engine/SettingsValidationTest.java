package io.immersic.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.audio.AudioParameters;
import io.immersic.audio.DrumSource;
import io.immersic.audio.Instrument;
import io.immersic.audio.LofiPreset;
import io.immersic.common.ImmersicException;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.method.Method;
import io.immersic.model.TrainingParameters;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GenerateRequest#validate()}: every setting of the chain is checked before any stage runs, and each message
 * names the element, the user property, the value and what is allowed. Nothing here reads MIDI or trains.
 */
class SettingsValidationTest {

    @TempDir
    Path temp;

    private static final GenerationParameters GENERATION =
            new GenerationParameters(3, 16, 1.2, 0, 1.0, 42, null, 0, 0);

    private static AudioParameters wavWith(DrumSource drums, Path soundFont) {
        return new AudioParameters(Instrument.RHODES, drums, 0.5, LofiPreset.OFF, true, false, false, false, soundFont);
    }

    private static DrumSource loop(Path wav) {
        return new DrumSource(DrumSource.Kind.LOOP, wav);
    }

    private GenerateRequest request(TrainingParameters training, GenerationParameters generation,
                                    AudioParameters audio, EvaluationParameters evaluation) {
        PreprocessRequest preprocess = new PreprocessRequest(temp.resolve("midi"), List.of("**/*.mid"), List.of(),
                null, new OutputLayout(temp.resolve("target/immersic")));
        return new GenerateRequest(new TrainRequest(preprocess, training, null, temp.resolve("cache"), null),
                generation, MusicControls.NONE, audio, evaluation, Method.DEFAULT);
    }

    private GenerateRequest withGeneration(GenerationParameters generation) {
        return request(TrainingParameters.DEFAULTS, generation, AudioParameters.DEFAULTS, EvaluationParameters.OFF);
    }

    private GenerateRequest withAudio(AudioParameters audio) {
        return request(TrainingParameters.DEFAULTS, GENERATION, audio, EvaluationParameters.OFF);
    }

    private static String failure(GenerateRequest request) {
        return assertThrows(ImmersicException.class, request::validate).getMessage();
    }

    @Test
    void theDefaultsPass() {
        assertDoesNotThrow(() -> withAudio(AudioParameters.DEFAULTS).validate());
    }

    @Test
    void zeroTracksIsRefusedWithItsRange() {
        String message = failure(withGeneration(new GenerationParameters(0, 16, 1.2, 0, 1.0, 42, null, 0, 0)));
        assertEquals("tracks is 0; it must be 1 to 1000.", message);
    }

    @Test
    void zeroLengthIsRefusedWithItsRange() {
        String message = failure(withGeneration(new GenerationParameters(3, 0, 1.2, 0, 1.0, 42, null, 0, 0)));
        assertEquals("length is 0; it must be 1 to 10000 bars.", message);
    }

    @Test
    void zeroEpochsIsRefusedBeforeTraining() {
        TrainingParameters zeroEpochs = new TrainingParameters(0, 2, 128, 64, 0.2, 64, 0, 0.005, 0.1, 3, 42L, 2, true);
        String message = failure(request(zeroEpochs, GENERATION, AudioParameters.DEFAULTS, EvaluationParameters.OFF));
        assertEquals("epochs is 0; it must be 1 to 100000.", message);
    }

    @Test
    void anOverlapGateAboveOneIsRefused() {
        // Checked even when evaluation is off: the evaluate goal turns it on with the same configuration.
        String message = failure(request(TrainingParameters.DEFAULTS, GENERATION, AudioParameters.DEFAULTS,
                new EvaluationParameters(false, 2.0, null, null)));
        assertEquals("minOverlap is 2.0; it must be an overlap area from 0 to 1, or unset"
                + " to leave it unchecked.", message);
    }

    @Test
    void negativeCopiedBarsAreRefused() {
        String message = failure(request(TrainingParameters.DEFAULTS, GENERATION, AudioParameters.DEFAULTS,
                new EvaluationParameters(true, null, -1, null)));
        assertEquals("maxCopiedBars is -1; it must be 0 or more bar lines, or unset to"
                + " leave it unchecked.", message);
    }

    @Test
    void aMissingDrumLoopIsNamedBeforeAnyTrackIsWritten() {
        Path missing = temp.resolve("beats/loop.wav");
        assertEquals("The drum loop " + missing + " given as drums does not exist; use none,"
                + " lofi, or the path of a WAV file.", failure(withAudio(wavWith(loop(missing), null))));
    }

    @Test
    void aDrumLoopThatIsAFolderIsSaidToBeOne() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("beats"));
        assertEquals("The drum loop " + folder + " given as drums is a folder; use none, lofi,"
                + " or the path of a WAV file.", failure(withAudio(wavWith(loop(folder), null))));
    }

    @Test
    void aDrumLoopThatIsNotAudioIsRefused() throws Exception {
        Path text = Files.writeString(temp.resolve("loop.wav"), "not audio at all, just text");
        assertTrue(failure(withAudio(wavWith(loop(text), null))).startsWith("The drum loop " + text
                + " given as drums is not a WAV file this build can read"));
    }

    @Test
    void aReadableWavDrumLoopPasses() throws Exception {
        Path wav = temp.resolve("loop.wav");
        AudioFormat format = new AudioFormat(44_100, 16, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(new byte[4410]), format, 2205),
                AudioFileFormat.Type.WAVE, wav.toFile());
        assertDoesNotThrow(() -> withAudio(wavWith(loop(wav), null)).validate());
    }

    @Test
    void audioFilesAreNotCheckedWhenNoAudioIsWritten() {
        // A pom's drum loop and SoundFont need not exist for -Dimmersic.formats=none: nothing reads them.
        AudioParameters midiOnly = new AudioParameters(Instrument.RHODES, loop(temp.resolve("none.wav")), 0.5,
                LofiPreset.OFF, false, false, false, false, temp.resolve("none.sf2"));
        assertDoesNotThrow(() -> withAudio(midiOnly).validate());
    }

    @Test
    void aSoundFontThatIsAFolderIsSaidToBeOne() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("fonts"));
        assertEquals("The SoundFont " + folder + " given as soundFont is a folder. Give the"
                + " path of an .sf2 file, or leave soundFont unset to use the built-in instruments.",
                failure(withAudio(wavWith(DrumSource.LOFI, folder))));
    }

    @Test
    void aNotesFileThatIsAFolderIsSaidToBeOne() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("notes"));
        PreprocessRequest preprocess = new PreprocessRequest(temp.resolve("midi"), List.of("**/*.mid"), List.of(),
                folder, new OutputLayout(temp.resolve("out")));
        ImmersicException e = assertThrows(ImmersicException.class, preprocess::validate);
        assertEquals("The notes file " + folder + " given as notesFile is a folder; give the"
                + " path of a notebook notes.json, or leave notesFile unset to read the MIDI folder.", e.getMessage());
    }

    @Test
    void anOutputDirectoryThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("immersic"), "a file");
        PreprocessRequest preprocess = new PreprocessRequest(temp.resolve("midi"), List.of("**/*.mid"), List.of(),
                null, new OutputLayout(file));
        ImmersicException e = assertThrows(ImmersicException.class, preprocess::validate);
        assertEquals("outputDirectory is " + file + ": it is a file, not a folder. It"
                + " must be a folder to write to (default: target/immersic).", e.getMessage());
    }

    @Test
    void aCacheDirectoryInsideAFileIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("m2"), "a file");
        PreprocessRequest preprocess = new PreprocessRequest(temp.resolve("midi"), List.of("**/*.mid"), List.of(),
                null, new OutputLayout(temp.resolve("out")));
        TrainRequest train = new TrainRequest(preprocess, TrainingParameters.DEFAULTS, null,
                file.resolve("immersic"), null);
        ImmersicException e = assertThrows(ImmersicException.class, train::validate);
        assertEquals("cacheDirectory is " + file.resolve("immersic") + ": it is inside "
                + file + ", which is a file. It must be a folder to keep trained models in (default: ~/.m2/repository/.immersic).",
                e.getMessage());
    }

    @Test
    void aNegativeCacheLockTimeoutOrAModelSha256ThatIsNotOneAreRefused() {
        PreprocessRequest preprocess = new PreprocessRequest(temp.resolve("midi"), List.of("**/*.mid"), List.of(),
                null, new OutputLayout(temp.resolve("out")));
        TrainRequest negative = new TrainRequest(preprocess, TrainingParameters.DEFAULTS, null, temp.resolve("cache"),
                null, -1, null);
        ImmersicException e = assertThrows(ImmersicException.class, negative::validate);
        assertEquals("cacheLockTimeout is -1; it must be 0 (do not wait for another build's model cache lock) or more"
                + " seconds (default 600).", e.getMessage());
        TrainRequest shortHash = new TrainRequest(preprocess, TrainingParameters.DEFAULTS, null, temp.resolve("cache"),
                null, 0, "abc123");
        e = assertThrows(ImmersicException.class, shortHash::validate);
        assertTrue(e.getMessage().startsWith("modelSha256 is 'abc123'; it must be the SHA-256"), e.getMessage());
        TrainRequest upperCase = new TrainRequest(preprocess, TrainingParameters.DEFAULTS, null, temp.resolve("cache"),
                null, 0, " " + "AB".repeat(32) + " ");
        assertDoesNotThrow(upperCase::validate);
        assertEquals("ab".repeat(32), upperCase.modelSha256());
    }

    @Test
    void aBlankIncludePatternIsRefused() {
        PreprocessRequest preprocess = new PreprocessRequest(temp.resolve("midi"), List.of("**/*.mid", " "),
                List.of(), null, new OutputLayout(temp.resolve("out")));
        ImmersicException e = assertThrows(ImmersicException.class, preprocess::validate);
        assertEquals("includes is [**/*.mid,  ], with a blank pattern; each must be an"
                + " Ant-style pattern such as **/*.mid (separate them with commas).", e.getMessage());
    }

    @Test
    void modelCoordinatesAreCheckedBeforeResolving() throws Exception {
        ImmersicException e = assertThrows(ImmersicException.class, () -> PrebuiltModel.coordinates("foo"));
        assertEquals("model is 'foo'; it must be the coordinates groupId:artifactId:version of"
                + " a project that attached its model, e.g. com.example:game-music:1.0, or unset to train on this"
                + " project's music.", e.getMessage());
        assertThrows(ImmersicException.class, () -> PrebuiltModel.coordinates("com.example:music:"));
        assertEquals(List.of("com.example", "music", "1.0"), PrebuiltModel.coordinates(" com.example:music:1.0 "));
    }
}
