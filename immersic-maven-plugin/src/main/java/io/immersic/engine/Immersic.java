package io.immersic.engine;

import io.immersic.model.Backend;
import io.immersic.model.ModelStore;
import io.immersic.tokens.Corpus;
import java.util.List;

/**
 * The engine, one method per goal. Each method runs the stages it depends on first, and every stage skips itself when
 * its inputs are unchanged, so {@code generate} alone runs the whole chain while reusing what is up to date.
 */
public final class Immersic {

    private final BuildLog log;

    public Immersic(BuildLog log) {
        this.log = log;
        Backend.quietLogging();
    }

    public Corpus preprocess(PreprocessRequest request) throws ImmersicException {
        return new PreprocessStep(log).run(request);
    }

    public ModelStore.StoredModel train(TrainRequest request) throws ImmersicException {
        return new TrainStep(log).run(request, preprocess(request.preprocess()));
    }

    /** Generates (and, when the request asks, evaluates) the tracks; returns the files written. */
    public List<TrackFile> generate(GenerateRequest request) throws ImmersicException {
        GenerateStep generate = new GenerateStep(log, request); // bad generation or audio settings fail first
        Corpus corpus = preprocess(request.train().preprocess());
        if (request.notebookPreset()) {
            return new NotebookStep(log).run(request, generate, corpus).files();
        }
        ModelStore.StoredModel model = new TrainStep(log).run(request.train(), corpus);
        GenerationResult result = generate.run(model, corpus);
        if (request.evaluation().enabled()) {
            new EvaluateStep(log).run(corpus, model, result.tracks(), request.evaluation(),
                    request.train().preprocess().output().evaluationFile());
        }
        return result.files();
    }
}
