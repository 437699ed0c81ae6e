package io.immersic.engine;

import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.model.Backend;
import io.immersic.model.ModelZip;
import io.immersic.model.TrainingParameters;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The train stage: the corpus it needs (made by preprocess when out of date), how to train, where trained models are
 * kept, or the model to use instead of training.
 *
 * @param model a model artifact to use instead of training, or null
 * @param cacheDirectory the model cache (models are kept under {@code models/} by fingerprint); null keeps it in the
 *     output folder, which only suits tests: {@code mvn clean} deletes it
 * @param outputTimestamp the time written into the model zip's entries (reproducible builds); null: the zip epoch
 * @param cacheLockTimeout seconds to wait for another build that holds a model cache entry's lock before training
 *     the model in this build without sharing it; 0: do not wait
 * @param modelSha256 the SHA-256 (hex) the {@code model} zip must have, or null for any
 * @param build what tells this build from others run in the same JVM (Maven's session start), so that a model this
 *     build trained and cached, then reused by its next goal, is still reported as trained in this build; null: one
 *     build per JVM
 */
public record TrainRequest(PreprocessRequest preprocess, TrainingParameters training, PrebuiltModel model,
                           Path cacheDirectory, Instant outputTimestamp, int cacheLockTimeout, String modelSha256,
                           String build) {

    /** The default {@code cacheLockTimeout}: ten minutes, longer than a default training takes on a laptop. */
    public static final int DEFAULT_CACHE_LOCK_TIMEOUT = 600;

    public TrainRequest {
        if (cacheDirectory == null && preprocess != null) {
            cacheDirectory = preprocess.output().root().resolve("model-cache");
        }
        outputTimestamp = outputTimestamp == null ? ModelZip.DEFAULT_TIMESTAMP : outputTimestamp;
        modelSha256 = modelSha256 == null || modelSha256.isBlank() ? null : modelSha256.trim().toLowerCase(Locale.ROOT);
    }

    public TrainRequest(PreprocessRequest preprocess, TrainingParameters training, PrebuiltModel model,
                        Path cacheDirectory, Instant outputTimestamp, int cacheLockTimeout, String modelSha256) {
        this(preprocess, training, model, cacheDirectory, outputTimestamp, cacheLockTimeout, modelSha256, null);
    }

    public TrainRequest(PreprocessRequest preprocess, TrainingParameters training, PrebuiltModel model,
                        Path cacheDirectory, Instant outputTimestamp) {
        this(preprocess, training, model, cacheDirectory, outputTimestamp, DEFAULT_CACHE_LOCK_TIMEOUT, null);
    }

    public TrainRequest(PreprocessRequest preprocess, TrainingParameters training) {
        this(preprocess, training, null, null, null);
    }

    /** Checks the preprocess settings, the training parameters and the model cache's folder, before any stage runs. */
    public void validate() throws ImmersicException {
        if (preprocess != null) {
            preprocess.validate();
        }
        try {
            training.validate();
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
        if (cacheLockTimeout < 0) {
            throw new ImmersicException("{cacheLockTimeout} is " + cacheLockTimeout + "; it must be 0 (do not wait"
                    + " for another build's model cache lock) or more seconds (default " + DEFAULT_CACHE_LOCK_TIMEOUT
                    + ").");
        }
        if (modelSha256 != null && !modelSha256.matches("[0-9a-f]{64}")) {
            throw new ImmersicException("{modelSha256} is '" + modelSha256 + "'; it must be the SHA-256 of the"
                    + " {model} zip, 64 hex digits (sha256sum prints it), or unset.");
        }
        String problem = cacheDirectory == null ? null : IoReasons.folderProblem(cacheDirectory);
        if (problem != null) {
            throw new ImmersicException("{cacheDirectory} is " + cacheDirectory + ": it "
                    + problem + ". It must be a folder to keep trained models in (default: ~/.m2/repository/.immersic).");
        }
    }

    /**
     * The training parameters, checked (one out of range fails with its name and range), with nd4j set to their
     * thread count: what every method does before it trains or loads a model.
     */
    public TrainingParameters setUpTraining() throws ImmersicException {
        try {
            training.validate();
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
        Backend.useThreads(training.threads());
        return training;
    }

    public ModelSource source() {
        if (model != null) {
            return ModelSource.ARTIFACT;
        }
        return preprocess.hasInput() ? ModelSource.CORPUS : ModelSource.BUILT_IN;
    }
}
