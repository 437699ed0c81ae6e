package io.immersic.mojo;

import io.immersic.audio.AudioFormats;
import io.immersic.audio.AudioParameters;
import io.immersic.audio.Instrument;
import io.immersic.audio.LofiPreset;
import io.immersic.common.BuildLog;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.engine.EvaluationParameters;
import io.immersic.engine.GenerateRequest;
import io.immersic.engine.OutputLayout;
import io.immersic.engine.PrebuiltModel;
import io.immersic.engine.PreprocessRequest;
import io.immersic.engine.TrackFile;
import io.immersic.engine.TrainRequest;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.method.Method;
import io.immersic.model.NativeLibraries;
import io.immersic.model.TrainingParameters;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Every parameter of every goal, in one place. Each has the user property {@code immersic.<name>}. A goal reads them
 * into one immutable request and hands it to the engine; it does nothing else.
 */
public abstract class AbstractImmersicMojo extends AbstractMojo {

    // ---- common ----------------------------------------------------------------------------------------------

    /** The project's folder: relative paths in String parameters (a drum loop) are resolved against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** Skips the goal. */
    @Parameter(property = "immersic.skip", defaultValue = "false")
    protected boolean skip;

    /** The folder scanned for MIDI files. */
    @Parameter(property = "immersic.midiDirectory", defaultValue = "${project.basedir}/src/main/midi")
    protected File midiDirectory;

    /** Ant-style patterns of the MIDI files to read, relative to {@code midiDirectory}. Default: **&#47;*.mid, **&#47;*.midi. */
    @Parameter(property = "immersic.includes")
    protected List<String> includes;

    /** Ant-style patterns of files to leave out. */
    @Parameter(property = "immersic.excludes")
    protected List<String> excludes;

    /**
     * A notebook {@code notes.json} (a JSON list like ["F#5", "0.4.7"]) to use as the corpus instead of the MIDI
     * folder.
     */
    @Parameter(property = "immersic.notesFile")
    protected File notesFile;

    /** Where corpus.json, notes.json, analysis.json, model/ and tracks/ are written. */
    @Parameter(property = "immersic.outputDirectory", defaultValue = "${project.build.directory}/immersic")
    protected File outputDirectory;

    /**
     * The model cache: trained models are kept in {@code models/<fingerprint>/} and reused by every later build with
     * the same corpus and training parameters, across {@code mvn clean} and across projects. Default: {@code immersic}
     * beside the local Maven repository ({@code ~/.m2/immersic}), the folder CI systems already cache.
     */
    @Parameter(property = "immersic.cacheDirectory")
    protected File cacheDirectory;

    /**
     * A trained model to generate with instead of training, as Maven coordinates {@code groupId:artifactId:version}
     * of a project that attached it (type zip, classifier immersic-model; every build that trains attaches its model,
     * so {@code mvn install} or {@code deploy} publishes it). It is resolved like any artifact (offline from the local
     * repository, through mirrors and with credentials), checked, and used without preprocessing or training.
     */
    @Parameter(property = "immersic.model")
    protected String model;

    /** The build's reproducible-output timestamp: the time written into the model zip's entries. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    protected RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    protected List<RemoteRepository> remoteRepositories;

    @Component
    protected RepositorySystem repositorySystem;

    @Component
    protected MavenProjectHelper projectHelper;

    // ---- train -----------------------------------------------------------------------------------------------

    /** The most passes over the training files; early stopping on the validation loss may end sooner. */
    @Parameter(property = "immersic.epochs", defaultValue = "30")
    protected int epochs;

    /** Stacked LSTM layers. */
    @Parameter(property = "immersic.layers", defaultValue = "2")
    protected int layers;

    /** Units per LSTM layer. */
    @Parameter(property = "immersic.hiddenSize", defaultValue = "128")
    protected int hiddenSize;

    /** Size of the learned token embedding. */
    @Parameter(property = "immersic.embeddingSize", defaultValue = "64")
    protected int embeddingSize;

    /** Probability of dropping an activation between layers during training (0 disables dropout). */
    @Parameter(property = "immersic.dropout", defaultValue = "0.2")
    protected double dropout;

    /** Truncated-BPTT segment length in tokens. */
    @Parameter(property = "immersic.sequenceLength", defaultValue = "64")
    protected int sequenceLength;

    /**
     * Parallel contiguous token streams per update. 0 (the default) picks 8 to 64 from the corpus size, keeping at least
     * 10 updates an epoch, and scales the learning rate with the square root of the streams over 16.
     */
    @Parameter(property = "immersic.batchSize", defaultValue = "0")
    protected int batchSize;

    /** Adam learning rate (with an automatic batchSize: the rate at 16 streams). */
    @Parameter(property = "immersic.learningRate", defaultValue = "0.005")
    protected double learningRate;

    /** Share of whole files held out to measure the model on music it has not seen, and to stop early. */
    @Parameter(property = "immersic.validationFraction", defaultValue = "0.1")
    protected double validationFraction;

    /** Epochs without a better validation loss before training stops. */
    @Parameter(property = "immersic.patience", defaultValue = "3")
    protected int patience;

    /**
     * Seed of training (initialization, file split, shuffling, dropout). Separate from {@code seed}, so that asking
     * for different tracks does not retrain the model.
     */
    @Parameter(property = "immersic.trainingSeed", defaultValue = "42")
    protected long trainingSeed;

    /**
     * nd4j/BLAS threads. Two trained the sample project 1.5x faster than one on a 2-core machine (the batched training
     * path's large products use both); the trained weights may depend on it, so it is part of the model cache key.
     */
    @Parameter(property = "immersic.threads", defaultValue = "2")
    protected int threads;

    /**
     * Transposition augmentation: train on every training file in all 12 keys (notes kept on the piano, A0 to C8);
     * each epoch plays each file in another key, so an epoch costs what it did. Held-out files stay as written.
     */
    @Parameter(property = "immersic.transpose", defaultValue = "true")
    protected boolean transpose;

    // ---- generate --------------------------------------------------------------------------------------------

    /** How many tracks to write. */
    @Parameter(property = "immersic.tracks", defaultValue = "3")
    protected int tracks;

    /** Length of each track in bars (after the primer, if any). */
    @Parameter(property = "immersic.length", defaultValue = "16")
    protected int length;

    /**
     * The key of the tracks, e.g. {@code D minor}, {@code F# major}, {@code Bb} (major) or {@code Ebm} (minor).
     * Unset: each track takes the key of a piece of the corpus (or the key its {@code progression} implies).
     */
    @Parameter(property = "immersic.key")
    protected String key;

    /**
     * Chord symbols, one per bar, repeated to fill the track, e.g. {@code Dm9 G13 Cmaj9 A7b9}; the bars voice exactly
     * these chords. Unset: the model writes the progression.
     */
    @Parameter(property = "immersic.progression")
    protected String progression;

    /**
     * The sections of a track as letters, each as long as the loop, repeated to fill the track, e.g. {@code AABA}:
     * a repeated letter keeps that section's chords with new voicing and rhythm, a new letter is a contrasting
     * progression in the same key. Unset: AABA.
     */
    @Parameter(property = "immersic.form")
    protected String form;

    /**
     * Sampling temperature: 0 always takes the most likely token; 1 samples the model as learned. The default, 1.2,
     * was the lowest in the benchmark's grid to reach distinct-4 ≥ 0.5 while keeping the best style overlap.
     */
    @Parameter(property = "immersic.temperature", defaultValue = "1.2")
    protected double temperature;

    /** Sample only among the k most likely tokens (0 = no limit). */
    @Parameter(property = "immersic.topK", defaultValue = "0")
    protected int topK;

    /**
     * Nucleus sampling: only the most likely tokens whose probabilities add up to p (1 = no limit). The default, 1,
     * gave the most varied tracks (distinct-4) with the best style overlap in the benchmark's sampling grid.
     */
    @Parameter(property = "immersic.topP", defaultValue = "1.0")
    protected double topP;

    /** Seed of the sampler: the same seed and model give byte-identical tracks. */
    @Parameter(property = "immersic.seed", defaultValue = "42")
    protected long seed;

    /** A MIDI file whose notes the tracks start with and continue. */
    @Parameter(property = "immersic.primer")
    protected File primer;

    /** Tempo of the tracks in BPM; 0 takes the median tempo of the corpus. */
    @Parameter(property = "immersic.tempo", defaultValue = "0")
    protected double tempo;

    /** General MIDI program of the piano track (0-based: 0 = Acoustic Grand Piano, 4 = Electric Piano 1). */
    @Parameter(property = "immersic.program", defaultValue = "0")
    protected int program;

    // ---- audio -----------------------------------------------------------------------------------------------

    /** The voice that plays the tracks: {@code rhodes} (FM electric piano) or {@code piano} (acoustic piano). */
    @Parameter(property = "immersic.instrument", defaultValue = "rhodes")
    protected String instrument;

    /** The drum bed: {@code none}, {@code lofi} (a synthesized, swung lo-fi beat) or the path of a WAV drum loop. */
    @Parameter(property = "immersic.drums", defaultValue = "lofi")
    protected String drums;

    /** Drum level relative to the piano (0 = silent). */
    @Parameter(property = "immersic.drumLevel", defaultValue = "0.5")
    protected double drumLevel;

    /** Lo-fi colour over the mix (low-pass, tape wow, saturation, vinyl crackle, hiss): {@code off}, {@code light} or {@code dusty}. */
    @Parameter(property = "immersic.lofi", defaultValue = "off")
    protected String lofi;

    /**
     * Audio formats written next to each MIDI file: {@code wav}, {@code flac}, {@code both} (the same as
     * {@code wav,flac}), or {@code none} (also {@code mid} or {@code midi}); MIDI is always written.
     */
    @Parameter(property = "immersic.formats", defaultValue = "wav")
    protected List<String> formats;

    /** Also write the piano and the drums of each track as separate files ({@code track-1-piano.wav}, ...). */
    @Parameter(property = "immersic.stems", defaultValue = "false")
    protected boolean stems;

    /**
     * Seamless-loop mode for games: whole bars, a last bar that leads back into the first, the release tail mixed into
     * the start, a WAV {@code smpl} loop over the whole file and a MIDI loop marker (controller 111).
     */
    @Parameter(property = "immersic.loop", defaultValue = "false")
    protected boolean loop;

    /** An {@code .sf2} SoundFont to render the notes with (through the JDK's Gervill) instead of the built-in voice. */
    @Parameter(property = "immersic.soundFont")
    protected File soundFont;

    /**
     * {@code default}, or {@code notebook}: the original notebooks' method (pitch/chord tokens, 32-token windows, their
     * layer stack, greedy argmax for 500 tokens at a fixed half-beat step) as a baseline to compare against; it uses
     * {@code epochs}, {@code trainingSeed}, {@code validationFraction} and {@code tracks}, and is never cached.
     */
    @Parameter(property = "immersic.preset", defaultValue = "default")
    protected String preset;

    // ---- evaluate --------------------------------------------------------------------------------------------

    /** Evaluate the tracks after generating them (held-out likelihood, style overlap, copying, repetition, key). */
    @Parameter(property = "immersic.evaluate", defaultValue = "true")
    protected boolean evaluate;

    /** Quality gate: fail the build when any feature's overlap area (0..1) is below this. Unset = not checked. */
    @Parameter(property = "immersic.minOverlap")
    protected Double minOverlap;

    /** Quality gate: fail when a run copied from the corpus crosses more bar lines than this. Unset = not checked. */
    @Parameter(property = "immersic.maxCopiedBars")
    protected Integer maxCopiedBars;

    /** Quality gate: fail when distinct-4 of the generated tokens (0..1) is below this. Unset = not checked. */
    @Parameter(property = "immersic.minDistinct4")
    protected Double minDistinct4;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Immersic (immersic.skip=true)");
            return;
        }
        BuildLog log = new MavenBuildLog(getLog());
        NativeLibraries.useFolder(immersicHome().resolve("native")).ifPresent(log::info);
        try {
            checkSettings();
            run(log);
        } catch (EnvironmentException e) {
            throw new MojoExecutionException(MavenWording.of(e.template()), e); // the machine's problem
        } catch (ImmersicException e) {
            throw new MojoFailureException(MavenWording.of(e.template()), e); // the user's to fix
        } catch (LinkageError e) {
            throw new MojoExecutionException("A native library failed to load: " + e, e);
        }
    }

    /**
     * Checks every setting of every goal before this goal's first stage runs. The goals share one configuration, so
     * the first goal of a build (preprocess, in {@code mvn package}) rejects a bad generate or audio setting before
     * minutes of preprocessing and training. The model's coordinates are only parsed here; they are resolved when the
     * goal needs the model.
     */
    private void checkSettings() throws ImmersicException {
        if (model != null && !model.isBlank()) {
            PrebuiltModel.coordinates(model);
        }
        generateRequest(trainRequest(null)).validate();
    }

    /** Does the goal's work through the engine. */
    protected abstract void run(BuildLog log) throws ImmersicException;

    /** Immersic's per-user folder: {@code immersic} beside the local repository (usually {@code ~/.m2/immersic}). */
    private Path immersicHome() {
        Path localRepository = repositorySession.getLocalRepository().getBasedir().toPath().toAbsolutePath();
        Path parent = localRepository.getParent();
        return (parent == null ? localRepository : parent).resolve("immersic");
    }

    protected PreprocessRequest preprocessRequest() {
        // Only the default folder may be missing (a project without music of its own); one the build named must exist.
        boolean defaultFolder = midiDirectory.getAbsoluteFile().equals(new File(basedir, "src/main/midi").getAbsoluteFile());
        return new PreprocessRequest(midiDirectory.toPath(),
                includes == null || includes.isEmpty() ? List.of("**/*.mid", "**/*.midi") : includes,
                excludes == null ? List.of() : excludes,
                notesFile == null ? null : notesFile.toPath(),
                new OutputLayout(outputDirectory.toPath()), !defaultFolder);
    }

    protected TrainRequest trainRequest() throws ImmersicException {
        return trainRequest(ModelArtifacts.resolve(model, repositorySystem, repositorySession, remoteRepositories));
    }

    private TrainRequest trainRequest(PrebuiltModel prebuilt) throws ImmersicException {
        Path cache = cacheDirectory != null ? cacheDirectory.toPath() : immersicHome();
        return new TrainRequest(preprocessRequest(), new TrainingParameters(epochs, layers, hiddenSize, embeddingSize,
                dropout, sequenceLength, batchSize, learningRate, validationFraction, patience, trainingSeed, threads,
                transpose), prebuilt, cache, outputTimestamp());
    }

    /** {@code project.build.outputTimestamp} as Maven reads it: ISO-8601 or seconds since 1970; unset means none. */
    private Instant outputTimestamp() throws ImmersicException {
        if (outputTimestamp == null || outputTimestamp.length() < 2) {
            return null; // Maven's convention: a single character (or nothing) disables the reproducible timestamp
        }
        try {
            Instant instant = outputTimestamp.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(outputTimestamp))
                    : java.time.OffsetDateTime.parse(outputTimestamp).toInstant();
            if (instant.isBefore(Instant.parse("1980-01-01T00:00:00Z"))
                    || instant.isAfter(Instant.parse("2099-12-31T23:59:59Z"))) {
                throw new ImmersicException("project.build.outputTimestamp is " + outputTimestamp + "; a zip entry's"
                        + " time must lie between 1980 and 2099.");
            }
            return instant;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new ImmersicException("project.build.outputTimestamp is '" + outputTimestamp + "'; it must be an"
                    + " ISO-8601 time such as 2024-01-01T00:00:00Z or seconds since 1970.");
        }
    }

    /** Attaches the files to the build, once each (train and generate may both report the model). */
    protected void attach(List<TrackFile> files) {
        for (TrackFile file : files) {
            boolean attached = project.getAttachedArtifacts().stream().anyMatch(a -> sameAttachment(a, file));
            if (!attached) {
                projectHelper.attachArtifact(project, file.type(), file.classifier(), file.path().toFile());
            }
        }
    }

    private static boolean sameAttachment(Artifact artifact, TrackFile file) {
        return file.classifier().equals(artifact.getClassifier()) && file.type().equals(artifact.getType());
    }

    protected GenerateRequest generateRequest() throws ImmersicException {
        return generateRequest(trainRequest());
    }

    private GenerateRequest generateRequest(TrainRequest train) throws ImmersicException {
        return new GenerateRequest(train, new GenerationParameters(tracks, length, temperature, topK, topP,
                seed, primer == null ? null : primer.toPath(), tempo, program), musicControls(), audioParameters(),
                evaluationParameters(evaluate), method());
    }

    private MusicControls musicControls() throws ImmersicException {
        try {
            return MusicControls.parse(key, progression, form);
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
    }

    private Method method() throws ImmersicException {
        Method method = Method.parse(preset);
        if (method == null) {
            throw new ImmersicException("<preset> (-Dimmersic.preset) is '" + preset + "'; it must be default or"
                    + " notebook.");
        }
        return method;
    }

    protected EvaluationParameters evaluationParameters(boolean enabled) {
        return new EvaluationParameters(enabled, minOverlap, maxCopiedBars, minDistinct4);
    }

    /** {@code none}, {@code lofi}, or the drum loop's path made absolute against the project's folder. */
    private String drumSource() {
        String value = drums == null ? "none" : drums.trim();
        if (value.equalsIgnoreCase("none") || value.equalsIgnoreCase("lofi")) {
            return value;
        }
        File loop = new File(value);
        return (loop.isAbsolute() ? loop : new File(basedir, value)).getAbsolutePath();
    }

    private AudioParameters audioParameters() throws ImmersicException {
        try {
            AudioFormats written = AudioFormats.parse(formats);
            return new AudioParameters(Instrument.parse(instrument), drumSource(), drumLevel, LofiPreset.parse(lofi),
                    written.wav(), written.flac(), stems, loop, soundFont == null ? null : soundFont.toPath());
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
    }
}
