package io.immersic.method;

import io.immersic.common.ImmersicException;
import io.immersic.model.StoredModel;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.Corpus;
import java.nio.file.Path;

/**
 * What the engine hands a method to train with. The engine implements it, so a method uses the engine's model step
 * without importing the engine (which runs the methods).
 */
public interface ModelSupply {

    /** The training parameters, checked, with nd4j set to their thread count. */
    TrainingParameters setUpTraining() throws ImmersicException;

    /** The default method's model: trained on (or reused for) the corpus, a model artifact, or the built-in one. */
    Supplied model(Corpus corpus) throws ImmersicException;

    /**
     * @param zip the model's copy in the output folder, whose bytes identify it
     * @param ownArchive the model zip made for this project's corpus, attached to the build; null for another
     * @param provenance how this build came by it, in a few words (trained, reused from the cache, …)
     */
    record Supplied(StoredModel model, Path zip, Path ownArchive, String provenance) {}
}
