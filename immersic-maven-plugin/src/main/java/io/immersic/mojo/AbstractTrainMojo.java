package io.immersic.mojo;

import static io.immersic.model.TrainingParameters.*;

import io.immersic.common.ImmersicException;
import io.immersic.engine.PrebuiltModel;
import io.immersic.engine.TrackFile;
import io.immersic.engine.TrainRequest;
import io.immersic.model.TrainingParameters;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * What the train stage reads, besides the corpus: how to train, where trained models are kept, or the model to use
 * instead. The defaults are {@link TrainingParameters}' own ({@code "" + DEFAULT_EPOCHS} is a constant expression).
 */
public abstract class AbstractTrainMojo extends AbstractPreprocessMojo {

    /**
     * A trained model to generate with instead of training, as Maven coordinates {@code groupId:artifactId:version}
     * of a project that attached it (type zip, classifier immersic-model; every build that trains attaches its model,
     * so {@code mvn install} or {@code deploy} publishes it). It is resolved like any artifact (offline from the local
     * repository, through mirrors and with credentials), checked, and used without preprocessing or training.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.MODEL)
    protected String model;

    /**
     * The SHA-256 (64 hex digits, as {@code sha256sum} prints it) the {@code model} zip must have: set, a model of any
     * other bytes fails the build before it is loaded. It pins one exact model, where Maven's own checksums and
     * signatures only say the artifact is what its repository serves.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.MODEL_SHA256)
    protected String modelSha256;

    /**
     * The model cache: trained models are kept in {@code models/<fingerprint>/} and reused by every later build with
     * the same corpus and training parameters, across {@code mvn clean} and across projects. Default: {@code .immersic}
     * inside the local Maven repository ({@code ~/.m2/repository/.immersic}), the folder CI systems already cache.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.CACHE_DIRECTORY)
    protected File cacheDirectory;

    /**
     * Seconds to wait for another build that holds the lock of the same model cache entry (it is training that
     * model). Past it, this build trains the model itself and does not share it through the cache; 0: do not wait.
     * A build that died releases its lock at once; this bounds the wait for one that is stopped or hung.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.CACHE_LOCK_TIMEOUT, defaultValue = ""
            + TrainRequest.DEFAULT_CACHE_LOCK_TIMEOUT)
    protected int cacheLockTimeout;

    /**
     * The most passes over the training files; early stopping on the validation loss may end sooner.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.EPOCHS, defaultValue = "" + DEFAULT_EPOCHS)
    protected int epochs;

    /**
     * Stacked LSTM layers.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.LAYERS, defaultValue = "" + DEFAULT_LAYERS)
    protected int layers;

    /**
     * Units per LSTM layer.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.HIDDEN_SIZE, defaultValue = "" + DEFAULT_HIDDEN_SIZE)
    protected int hiddenSize;

    /**
     * Size of the learned token embedding.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.EMBEDDING_SIZE, defaultValue = "" + DEFAULT_EMBEDDING_SIZE)
    protected int embeddingSize;

    /**
     * Probability of dropping an activation between layers during training (0 disables dropout).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.DROPOUT, defaultValue = "" + DEFAULT_DROPOUT)
    protected double dropout;

    /**
     * Truncated-BPTT segment length in tokens.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.SEQUENCE_LENGTH, defaultValue = "" + DEFAULT_SEQUENCE_LENGTH)
    protected int sequenceLength;

    /**
     * Parallel contiguous token streams per update. 0 (the default) picks 8 to 64 from the corpus size, keeping at least
     * 10 updates an epoch, and scales the learning rate with the square root of the streams over 16.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.BATCH_SIZE, defaultValue = "" + DEFAULT_BATCH_SIZE)
    protected int batchSize;

    /**
     * Adam learning rate (with an automatic batchSize: the rate at 16 streams).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.LEARNING_RATE, defaultValue = "" + DEFAULT_LEARNING_RATE)
    protected double learningRate;

    /**
     * Share of whole files held out to measure the model on music it has not seen, and to stop early.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.VALIDATION_FRACTION, defaultValue = "" + DEFAULT_VALIDATION_FRACTION)
    protected double validationFraction;

    /**
     * Epochs without a better validation loss before training stops.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.PATIENCE, defaultValue = "" + DEFAULT_PATIENCE)
    protected int patience;

    /**
     * Seed of training (initialization, file split, shuffling, dropout). Separate from {@code seed}, so that asking
     * for different tracks does not retrain the model.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.TRAINING_SEED, defaultValue = "" + DEFAULT_SEED)
    protected long trainingSeed;

    /**
     * nd4j/BLAS threads. Two trained the sample project 1.5x faster than one on a 2-core machine (the batched training
     * path's large products use both); the trained weights may depend on it, so it is part of the model cache key.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.THREADS, defaultValue = "" + DEFAULT_THREADS)
    protected int threads;

    /**
     * Transposition augmentation: train on every training file in all 12 keys (notes kept on the piano, A0 to C8);
     * each epoch plays each file in another key, so an epoch costs what it did. Held-out files stay as written.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.TRANSPOSE, defaultValue = "" + DEFAULT_TRANSPOSE)
    protected boolean transpose;

    /**
     * The build's reproducible-output timestamp: the time written into the model zip's entries.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /**
     * The project the model (and, from generate, the tracks) are attached to.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * The project's repositories, where a {@code model} is resolved from.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    protected List<RemoteRepository> remoteRepositories;

    @Component
    protected RepositorySystem repositorySystem;

    @Component
    protected MavenProjectHelper projectHelper;

    /** Checks the preprocess and train settings; the model's coordinates are parsed, and resolved only when needed. */
    @Override
    protected void checkSettings() throws ImmersicException {
        trainRequestToCheck().validate();
    }

    /** The train request with the model's coordinates parsed but not resolved (resolving may download). */
    protected TrainRequest trainRequestToCheck() throws ImmersicException {
        if (model != null && !model.isBlank()) {
            PrebuiltModel.coordinates(model);
        } else if (modelSha256 != null && !modelSha256.isBlank()) {
            throw new ImmersicException("{modelSha256} is set but {model} is not: it pins the SHA-256 of the model"
                    + " artifact named by {~model}. Set both, or neither.");
        }
        return trainRequest(null);
    }

    @Override
    protected Path modelCache() {
        return cacheDirectory != null ? cacheDirectory.toPath() : immersicHome();
    }

    protected TrainRequest trainRequest() throws ImmersicException {
        return trainRequest(ModelArtifacts.resolve(model, repositorySystem, repositorySession, remoteRepositories));
    }

    private TrainRequest trainRequest(PrebuiltModel prebuilt) throws ImmersicException {
        Path cache = modelCache();
        return new TrainRequest(preprocessRequest(), new TrainingParameters(epochs, layers, hiddenSize, embeddingSize,
                dropout, sequenceLength, batchSize, learningRate, validationFraction, patience, trainingSeed, threads,
                transpose), prebuilt, cache, outputTimestamp(), cacheLockTimeout, modelSha256,
                session == null ? null : String.valueOf(session.getRequest().getStartTime().getTime()));
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
}
