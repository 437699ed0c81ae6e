package io.immersic.engine;

import io.immersic.common.BuildLog;
import io.immersic.model.TrainingParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Makes the built-in model while the plugin is built (process-classes): the default parameters trained on the sample
 * project's corpus, exactly as {@code immersic:train} trains them there, so the model is a build output and never a
 * committed file. Training is deterministic, and the engine's model cache (kept under the build's own folder) makes a
 * rebuild reuse it.
 *
 * <p>Arguments: the sample corpus's folder, the zip to write, and a working folder.
 */
public final class BuiltInModelBuild {

    private BuiltInModelBuild() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BuiltInModelBuild <sample corpus folder> <zip> <work folder>");
        }
        Path corpus = Path.of(args[0]);
        Path zip = Path.of(args[1]);
        Path work = Path.of(args[2]);
        if (!Files.isDirectory(corpus)) {
            System.out.println("[ERROR] The built-in model is trained on the sample corpus " + corpus
                    + ", which is not there: build the plugin inside its repository");
            System.exit(1);
        }
        BuildLog log = new BuildLog() {
            public void info(String message) {}
            public void warn(String message) { System.out.println("[WARNING] " + message); }
            public void debug(String message) {}
        };
        PreprocessRequest preprocess = new PreprocessRequest(corpus, List.of("**/*.mid", "**/*.midi"), List.of(), null,
                new OutputLayout(work.resolve("output")), true);
        UsedModel used = new Immersic(log).train(new TrainRequest(preprocess, TrainingParameters.DEFAULTS, null,
                work.resolve("cache"), null, TrainRequest.DEFAULT_CACHE_LOCK_TIMEOUT, null, "built-in model"));
        Files.createDirectories(zip.getParent());
        Files.copy(used.zip(), zip, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[INFO] Built-in model " + zip + " (" + used.provenance() + ", from " + corpus + ")");
    }
}
