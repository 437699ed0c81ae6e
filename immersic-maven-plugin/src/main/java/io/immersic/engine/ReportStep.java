package io.immersic.engine;

import io.immersic.analysis.CorpusAnalysis;
import io.immersic.audio.AudioParameters;
import io.immersic.cache.AtomicFiles;
import io.immersic.common.BuildLog;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.evaluation.Evaluation;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.band.Part;
import io.immersic.band.PerformedTrack;
import io.immersic.band.Plan;
import io.immersic.harmony.Chord;
import io.immersic.method.Composer;
import io.immersic.report.HtmlReport;
import io.immersic.report.ReportContent;
import io.immersic.report.ReportContent.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code report.html} after generate composed and (when asked) evaluated its tracks, before the quality gate
 * is applied, so a build that fails the gate still shows why. Attached as type {@code html}, classifier
 * {@value #CLASSIFIER}.
 */
final class ReportStep {

    static final String TYPE = "html";
    static final String CLASSIFIER = "immersic-report";

    private final BuildLog log;
    private final GenerateRequest request;

    ReportStep(BuildLog log, GenerateRequest request) {
        this.log = log;
        this.request = request;
    }

    /** What a build made, as the report shows it. */
    record Made(String method, Composer composer, List<PerformedTrack> tracks, List<TrackFile> files,
                java.util.Map<String, String> loudness, GenerationParameters generation, boolean hasCorpus, Evaluation evaluation,
                List<String> gateFailures) {}

    TrackFile write(Made made) throws ImmersicException {
        long started = System.nanoTime();
        OutputLayout out = request.train().preprocess().output();
        List<Setting> settings = settings(made.generation());
        String command = log.generateCommand(String.join(" ", settings.stream()
                .map(s -> "{" + s.name() + "=" + quoted(s.value()) + "}").toList()));
        ReportContent content = new ReportContent(made.hasCorpus() ? analysis(out.analysisFile()) : null,
                made.composer().training().withMethod(made.method()),
                tracks(made, out.root()), made.evaluation(), gate(made), settings, command);
        Path file = out.reportFile();
        try {
            AtomicFiles.write(file, HtmlReport.render(content).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + file + ": " + IoReasons.describe(e), e);
        }
        log.info(String.format("Wrote %s (%d ms)", file, (System.nanoTime() - started) / 1_000_000));
        return new TrackFile(file, TYPE, CLASSIFIER);
    }

    /** The analysis preprocess wrote; without it the report still shows the tracks. */
    private CorpusAnalysis analysis(Path file) {
        try {
            return Json.MAPPER.readValue(Files.readAllBytes(file), CorpusAnalysis.class);
        } catch (IOException e) {
            log.warn("The report leaves the corpus out: " + file + " cannot be read (" + IoReasons.describe(e) + ")");
            return null;
        }
    }

    private List<ReportContent.Track> tracks(Made made, Path root) {
        List<ReportContent.Track> tracks = new ArrayList<>();
        // An adaptive set's levels, labelled with the layers each mixes: the intensity table beside its players.
        java.util.Map<String, String> levelLayers = new java.util.HashMap<>();
        if (request.adaptive().enabled()) {
            for (var level : io.immersic.audio.Intensity.levels(new AudioOutput(log, request).stemNames(),
                    AdaptiveSet.levels(request.adaptive(), request.playedParts()))) {
                levelLayers.put("intensity-" + level.level(), " (" + String.join(" + ", level.layers()) + ")");
            }
        }
        for (PerformedTrack track : made.tracks()) {
            Plan plan = track.plan();
            String name = track.name();
            // Each bar's chord, with the section's letter where a section starts: the form's markers on the roll.
            List<String> chords = new ArrayList<>();
            for (int bar = 0; bar < plan.bars(); bar++) {
                String chord = plan.chords().get(bar) == null ? "" : plan.chords().get(bar).symbol();
                char letter = plan.sectionOf(bar).letter();
                chords.add(plan.startsSection(bar) && letter != ' ' ? letter + " " + chord : chord);
            }
            java.util.Map<String, String> stems = new java.util.LinkedHashMap<>();
            for (var stem : made.files()) {
                String fileName = stem.path().getFileName().toString();
                if (fileName.startsWith(name + "-") && fileName.endsWith(".wav")) {
                    String label = fileName.substring(name.length() + 1, fileName.length() - 4);
                    stems.put(label + levelLayers.getOrDefault(label, ""), link(root, stem.path()));
                }
            }
            tracks.add(new ReportContent.Track(name, link(root, file(made.files(), name + ".mid")),
                    link(root, audio(made.files(), name)), plan.key() == null ? null : plan.key().name(), plan.bpm(),
                    plan.bars(), plan.beatsPerBar(), track.parts(), chords,
                    plan.key() == null ? null : GenerateStep.form(plan), plan.loopBars(), request.audio().loop(),
                    stems, made.loudness().get(name)));
        }
        return tracks;
    }

    /** The track's mixed audio a browser plays: WAV, else FLAC; null when none was written. */
    private static Path audio(List<TrackFile> files, String name) {
        Path wav = file(files, name + ".wav");
        return wav != null ? wav : file(files, name + ".flac");
    }

    private static Path file(List<TrackFile> files, String fileName) {
        return files.stream().map(TrackFile::path).filter(f -> f.getFileName().toString().equals(fileName))
                .findFirst().orElse(null);
    }

    /** A link relative to the report, with {@code /} whatever the platform. */
    private static String link(Path root, Path file) {
        return file == null ? null : root.relativize(file).toString().replace('\\', '/');
    }

    private ReportContent.Gate gate(Made made) {
        EvaluationParameters gate = request.evaluation();
        if (!gate.hasGate() || made.evaluation() == null) {
            return ReportContent.Gate.NONE;
        }
        List<String> limits = new ArrayList<>();
        if (gate.minOverlap() != null) {
            limits.add("minOverlap " + gate.minOverlap());
        }
        if (gate.maxCopiedBars() != null) {
            limits.add("maxCopiedBars " + gate.maxCopiedBars());
        }
        if (gate.minDistinct4() != null) {
            limits.add("minDistinct4 " + gate.minDistinct4());
        }
        return new ReportContent.Gate(true, limits, made.gateFailures().stream().map(log::words).toList());
    }

    /** The settings that shape the tracks, by the names the build knows them by. */
    private List<Setting> settings(GenerationParameters p) {
        MusicControls controls = request.controls();
        AudioParameters audio = request.audio();
        List<Setting> settings = new ArrayList<>(List.of(
                new Setting("seed", Long.toString(p.seed())),
                new Setting("tracks", Integer.toString(p.tracks())),
                new Setting("length", Integer.toString(p.lengthBars())),
                new Setting("temperature", Double.toString(p.temperature())),
                new Setting("topK", Integer.toString(p.topK())),
                new Setting("topP", Double.toString(p.topP())),
                new Setting("tempo", Integer.toString((int) Math.round(p.tempoBpm()))),
                new Setting("program", Integer.toString(p.program())),
                new Setting("preset", request.method().name().toLowerCase(Locale.ROOT))));
        if (controls.key() != null) {
            settings.add(new Setting("key", controls.key().name()));
        }
        if (controls.progression() != null) {
            settings.add(new Setting("progression",
                    String.join(" ", controls.progression().stream().map(Chord::symbol).toList())));
        }
        if (controls.form() != null) {
            settings.add(new Setting("form", controls.form()));
        }
        settings.add(new Setting("instrument", audio.instrument().name().toLowerCase(Locale.ROOT)));
        settings.add(new Setting("drums", audio.drumSource().toString()));
        settings.add(new Setting("drumLevel", Double.toString(audio.drumLevel())));
        settings.add(new Setting("lofi", audio.lofi().name().toLowerCase(Locale.ROOT)));
        settings.add(new Setting("formats", audio.formats().toString()));
        settings.add(new Setting("loop", Boolean.toString(audio.loop())));
        if (request.train().model() != null) {
            settings.add(new Setting("model", request.train().model().name()));
        }
        return settings;
    }

    /** A value as a shell takes it: quoted when it holds a space. */
    private static String quoted(String value) {
        return value.contains(" ") ? "\"" + value + "\"" : value;
    }
}
