package io.immersic.engine;

import io.immersic.cache.AtomicFiles;
import io.immersic.common.BuildLog;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.method.ModelSupply;
import io.immersic.model.BuiltInModel;
import io.immersic.model.InvalidModelException;
import io.immersic.model.ModelArchive;
import io.immersic.model.ModelZip;
import io.immersic.model.StoredModel;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The model a build generates with, from wherever the request says ({@link ModelSource}): trained on the corpus or
 * reused from the cache ({@link TrainStep}), a model artifact, or the built-in model. Whichever it is, a copy goes to
 * the output folder ({@code model/model.zip} and a readable {@code model/model.json}).
 */
public final class ModelStep {

    private final BuildLog log;

    public ModelStep(BuildLog log) {
        this.log = log;
    }

    /** @param corpus the project's corpus; needed only when the model is trained on it */
    public UsedModel run(TrainRequest request, Corpus corpus) throws ImmersicException {
        request.setUpTraining();
        ModelSource source = request.source();
        TrainStep.Result result = switch (source) {
            case CORPUS -> new TrainStep(log).run(request, corpus);
            case ARTIFACT -> artifact(request.model(), request.modelSha256());
            case BUILT_IN -> builtIn(request.preprocess());
        };
        return new UsedModel(result.model(), writeOutput(request, result.archive()), source, result.provenance());
    }

    /** The request's model as a method takes it: only a model of the project's own corpus is attached. */
    public ModelSupply supply(TrainRequest request) {
        return new ModelSupply() {
            @Override
            public TrainingParameters setUpTraining() throws ImmersicException {
                return request.setUpTraining();
            }

            @Override
            public Supplied model(Corpus corpus) throws ImmersicException {
                UsedModel used = run(request, corpus);
                return new Supplied(used.model(), used.zip(), used.source() == ModelSource.CORPUS ? used.zip() : null,
                        used.provenance());
            }
        };
    }

    /** @param pin the SHA-256 the zip must have ({@code modelSha256}), or null */
    private TrainStep.Result artifact(PrebuiltModel prebuilt, String pin) throws ImmersicException {
        String named = "The model " + prebuilt.name() + " given as {model}";
        try {
            ModelArchive archive = PinnedZip.read(prebuilt.file(), pin, named);
            StoredModel model = archive.open(ModelArchive.Expectation.ANY);
            log.info("Using the model " + prebuilt.name() + " (" + prebuilt.file() + (pin == null ? ""
                    : ", SHA-256 as {modelSha256} pins it") + "): " + describe(model) + "; not preprocessing or training");
            return new TrainStep.Result(model, archive, "resolved from " + prebuilt.name());
        } catch (IOException e) {
            throw new ImmersicException(named + " cannot be read from " + prebuilt.file() + ": "
                    + IoReasons.describe(e));
        } catch (InvalidModelException | RuntimeException e) {
            throw new ImmersicException(named + " cannot be used: " + prebuilt.file() + " " + e.getMessage()
                    + ". Nothing of it was loaded. Rebuild and republish the model, or name another.");
        }
    }

    private TrainStep.Result builtIn(PreprocessRequest preprocess) throws ImmersicException {
        try {
            ModelArchive archive = BuiltInModel.archive();
            StoredModel model = archive.open(ModelArchive.Expectation.ANY);
            log.info("Using the built-in model (" + describe(model) + "): there is no MIDI folder "
                    + preprocess.midiDirectory() + ", no {~notesFile} and no {~model}. Put .mid files there to train on"
                    + " your own music.");
            return new TrainStep.Result(model, archive, "the plugin's built-in model");
        } catch (InvalidModelException | RuntimeException e) {
            throw new ImmersicException("The plugin's built-in model cannot be used (" + e.getMessage() + "); the"
                    + " plugin jar is damaged. Give a MIDI folder or a {~model} instead.");
        }
    }

    private static String describe(StoredModel model) {
        var info = model.info();
        return String.format("%d tokens, %d layer(s) of %d, %.0f BPM, validation loss %s", info.vocabulary().size(),
                info.parameters().layers(), info.parameters().hiddenSize(), info.tempoBpm(),
                TrainStep.format(info.metrics().validationLoss()));
    }

    /** The model zip (stamped with the build's output timestamp) and its description, rewritten only when changed. */
    private Path writeOutput(TrainRequest request, ModelArchive archive) throws ImmersicException {
        Path folder = request.preprocess().output().modelDirectory();
        Path zip = folder.resolve("model.zip");
        OutputLayout.removeTemporaryFiles(folder, log);
        try {
            writeIfChanged(zip, ModelZip.write(archive, request.outputTimestamp()));
            writeIfChanged(folder.resolve(ModelArchive.INFO), archive.info());
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write the model to " + folder + ": " + IoReasons.describe(e), e);
        }
        return zip;
    }

    private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != bytes.length
                || !Arrays.equals(Files.readAllBytes(file), bytes)) {
            AtomicFiles.write(file, bytes);
        }
    }
}
