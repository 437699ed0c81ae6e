package io.immersic.engine;

import io.immersic.audio.DrumSource;
import io.immersic.common.BuildLog;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.cache.BuildState;
import io.immersic.cache.Fingerprint;
import io.immersic.generation.GenerationParameters;
import io.immersic.method.Composer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the generate stage may keep what an earlier build wrote: the same plugin, model, parameters and input files,
 * and every track file (and {@code evaluation.json}) still exactly as written. Composing, rendering and evaluating are
 * most of a build (about 16 s of 21 on the sample project), and with the same seed they would write the same bytes.
 * The state is written only after the whole stage succeeded (a failed quality gate leaves none), and removed before
 * any file is rewritten, so a killed build is never taken for a finished one.
 */
final class KeptTracks {

    /** Bump when generate writes other bytes for the same inputs without the plugin jar changing (tests, development). */
    private static final int VERSION = 3; // 2: report.html; 3: the band (parts, stems per part), adaptive sets

    private final GenerateRequest request;
    private final Path stateFile;
    private final BuildLog log;

    KeptTracks(GenerateRequest request, BuildLog log) {
        this.request = request;
        this.stateFile = request.train().preprocess().output().generateState();
        this.log = log;
    }

    /** Everything the written files depend on; null when the model cannot be identified (they are always written). */
    String fingerprint(Composer composer, GenerationParameters generation, boolean evaluated) throws ImmersicException {
        String model = composer.modelIdentity();
        if (model == null) {
            return null;
        }
        try {
            Fingerprint fingerprint = new Fingerprint().add("version", VERSION).add("plugin", pluginIdentity())
                    .add("model", model).add("method", request.method()).add("generation", generation)
                    .add("primer", hashOf(generation.primer())).add("controls", request.controls().describe())
                    .add("audio", request.audio())
                    .add("parts", request.playedParts().stream().map(io.immersic.band.Part::id).toList())
                    .add("adaptive", request.adaptive()).add("soundFont", hashOf(request.audio().soundFont()))
                    .add("evaluation", evaluated ? request.evaluation() : "none");
            if (request.audio().drumSource().kind() == DrumSource.Kind.LOOP) {
                fingerprint.add("drumLoop", hashOf(request.audio().drumSource().loop()));
            }
            if (evaluated) {
                fingerprint.add("corpus", hashOf(request.train().preprocess().output().corpusFile()));
            }
            return fingerprint.hex();
        } catch (IOException e) {
            return null; // an input that cannot be read now is read (and reported) when the tracks are written
        }
    }

    /**
     * The files of the earlier build, to attach again, when they can be kept; empty when the tracks must be written,
     * with a warning when a file was deleted or edited since it was written.
     */
    Optional<List<TrackFile>> keep(String fingerprint, List<String> trackNames) {
        if (fingerprint == null) {
            return Optional.empty();
        }
        Path folder = request.train().preprocess().output().tracksDirectory();
        List<Path> required = new ArrayList<>(trackNames.stream().map(folder::resolve).toList());
        required.add(request.train().preprocess().output().reportFile());
        BuildState.Stale stale = BuildState.check(stateFile, fingerprint, required);
        if (stale != null) {
            if (!stale.expected()) {
                log.warn(stale.reason() + "; generating the tracks again");
            }
            return Optional.empty();
        }
        List<TrackFile> files = new ArrayList<>();
        for (String name : trackNames) {
            int dot = name.lastIndexOf('.');
            files.add(new TrackFile(folder.resolve(name), name.substring(dot + 1), name.substring(0, dot)));
        }
        log.info("Tracks are up to date (the same model, parameters and inputs; " + files.size() + " file(s) as"
                + " written): " + folder);
        // The report is one of the outputs the state vouches for (written with the tracks, recorded with them).
        files.add(new TrackFile(request.train().preprocess().output().reportFile(), ReportStep.TYPE,
                ReportStep.CLASSIFIER));
        return Optional.of(files);
    }

    /** Before any file is rewritten. */
    void forget() throws ImmersicException {
        try {
            BuildState.forget(stateFile);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write to " + stateFile.getParent() + ": " + IoReasons.describe(e), e);
        }
    }

    /** After the stage succeeded: the fingerprint and the hashes of the files written. */
    void record(String fingerprint, List<Path> written) throws ImmersicException {
        if (fingerprint == null) {
            return;
        }
        try {
            BuildState.write(stateFile, fingerprint, written);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + stateFile + ": " + IoReasons.describe(e), e);
        }
    }

    private static String hashOf(Path file) throws IOException {
        return file == null ? "none" : Fingerprint.sha256Hex(file);
    }

    /**
     * The plugin's own jar, hashed: another build of the plugin may write other bytes for the same inputs. Run from
     * classes (unit tests), only {@link #VERSION} says so.
     */
    private static String pluginIdentity() throws IOException {
        try {
            Path location = Path.of(KeptTracks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Fingerprint.sha256Hex(location) : "classes";
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown";
        }
    }
}
