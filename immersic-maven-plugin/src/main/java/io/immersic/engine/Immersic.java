package io.immersic.engine;

import io.immersic.generation.TokenGenerator;
import io.immersic.midi.Note;
import io.immersic.method.Composer;
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

    /** Trains (or reuses) the default method's model. */
    public ModelStore.StoredModel train(TrainRequest request) throws ImmersicException {
        return new TrainStep(log).run(request, preprocess(request.preprocess()));
    }

    /**
     * Preprocess → the request's method trains or reuses its model → it composes → MIDI and audio are written →
     * (when the request asks) evaluation and its gate. Returns the files written.
     */
    public List<TrackFile> generate(GenerateRequest request) throws ImmersicException {
        GenerateStep generate = new GenerateStep(log, request); // bad generation or audio settings fail first
        Corpus corpus = preprocess(request.train().preprocess());
        Composer composer = request.method().create(log).trainOrReuse(corpus, request.train());
        List<TokenGenerator.Track> tracks = composer.compose(generate.primer(composer), request.generation(),
                request.controls(), request.audio().loop());
        List<List<Note>> played = generate.perform(tracks, composer);
        List<TrackFile> files = generate.write(tracks, played, composer);
        if (request.evaluation().enabled()) {
            new EvaluateStep(log).run(composer, corpus, tracks, played, request.evaluation(),
                    request.train().preprocess().output().evaluationFile());
        }
        return files;
    }
}
