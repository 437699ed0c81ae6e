package io.immersic.engine;

import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.evaluation.Evaluation;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.TokenGenerator;
import io.immersic.method.Composer;
import io.immersic.method.CompositionMethod;
import io.immersic.method.Method;
import io.immersic.band.PerformedTrack;
import io.immersic.model.Backend;
import io.immersic.tokens.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine, one method per goal. Each method runs the stages it depends on first, and every stage skips itself when
 * its inputs are unchanged, so {@code generate} alone runs the whole chain while reusing what is up to date.
 */
public final class Immersic {

    /** The classifier and type a model is attached to the build with, and resolved by from a repository. */
    public static final String MODEL_CLASSIFIER = "immersic-model";
    public static final String MODEL_TYPE = "zip";

    private final BuildLog log;

    public Immersic(BuildLog log) {
        this.log = log;
        Backend.quietLogging();
    }

    /** The project's corpus; empty (with a log line) when the project has no music of its own. */
    public Optional<Corpus> preprocess(PreprocessRequest request) throws ImmersicException {
        if (!request.hasInput()) {
            log.info("No MIDI folder " + request.midiDirectory() + " and no {~notesFile}: nothing to preprocess"
                    + " (tracks come from the built-in model or a {~model}).");
            return Optional.empty();
        }
        return Optional.of(new PreprocessStep(log).run(request));
    }

    /** Trains (or reuses) the default method's model, or loads the one the request names, or the built-in one. */
    public UsedModel train(TrainRequest request) throws ImmersicException {
        Corpus corpus = request.source() == ModelSource.CORPUS ? new PreprocessStep(log).run(request.preprocess())
                : null;
        return new ModelStep(log).run(request, corpus);
    }

    /**
     * Preprocess → the request's method trains or reuses its model → it composes → MIDI and audio are written →
     * (when the request asks) evaluation and its gate. When the model, the parameters and the inputs are those of the
     * last build and its files are unchanged, they are kept instead ({@link KeptTracks}). Returns the files, with the
     * model of the project's own corpus among them, to be attached.
     */
    public List<TrackFile> generate(GenerateRequest request) throws ImmersicException {
        GenerateStep generate = new GenerateStep(log, request); // bad generation or audio settings fail first
        boolean ownCorpus = request.method() == Method.NOTEBOOK || request.train().source() == ModelSource.CORPUS;
        Corpus corpus = ownCorpus ? new PreprocessStep(log).run(request.train().preprocess()) : null;
        CompositionMethod method = request.method().create(log);
        Composer composer = method.trainOrReuse(corpus, new ModelStep(log).supply(request.train()));
        GenerationParameters generation = generate.lengthThatFits(composer);
        boolean evaluated = request.evaluation().enabled() && corpus != null;
        KeptTracks kept = new KeptTracks(request, log);
        String fingerprint = kept.fingerprint(composer, generation, evaluated);
        List<TrackFile> files = new ArrayList<>();
        Optional<List<TrackFile>> earlier = kept.keep(fingerprint, generate.fileNames(generation.tracks()));
        if (earlier.isPresent()) {
            files.addAll(earlier.get());
            sayWhyNotEvaluated(request, corpus);
        } else {
            kept.forget();
            files.addAll(composeAndWrite(request, generate, method, composer, generation, corpus));
            List<Path> written = new ArrayList<>(files.stream().map(TrackFile::path).toList());
            if (evaluated) {
                written.add(request.train().preprocess().output().evaluationFile());
            }
            kept.record(fingerprint, written);
        }
        Path model = composer.ownModelArchive();
        if (model != null) {
            files.add(new TrackFile(model, MODEL_TYPE, MODEL_CLASSIFIER));
        }
        return files;
    }

    private List<TrackFile> composeAndWrite(GenerateRequest request, GenerateStep generate, CompositionMethod method,
                                            Composer composer, GenerationParameters generation, Corpus corpus)
            throws ImmersicException {
        List<TokenGenerator.Track> tracks = composer.compose(generate.primer(composer), generation,
                request.controls(), request.audio().loop());
        List<PerformedTrack> performed = generate.perform(tracks, composer);
        List<TrackFile> files = new ArrayList<>(generate.write(performed, composer));
        Evaluation evaluation = null;
        List<String> gateFailures = List.of();
        if (request.evaluation().enabled() && corpus != null) {
            evaluation = new EvaluateStep(log).run(composer, corpus, performed, generate.bpm(composer),
                    request.train().preprocess().output().evaluationFile());
            gateFailures = EvaluateStep.gateFailures(evaluation, request.evaluation());
        } else {
            sayWhyNotEvaluated(request, corpus);
        }
        // The report comes before the gate, so a build the gate fails still shows why.
        files.add(new ReportStep(log, request).write(new ReportStep.Made(method.describe(), composer, performed,
                files, generate.loudness(), generation, corpus != null, evaluation, gateFailures)));
        EvaluateStep.enforce(gateFailures);
        return files;
    }

    private void sayWhyNotEvaluated(GenerateRequest request, Corpus corpus) {
        if (!request.evaluation().enabled() || corpus != null) {
            return;
        }
        String reason = "the model came from " + request.train().source().describe()
                + " and this project has no corpus to measure the tracks against";
        if (request.evaluation().hasGate()) {
            log.warn("The quality gate is not applied: " + reason + ".");
        } else {
            log.info("Not evaluating: " + reason + ".");
        }
    }
}
