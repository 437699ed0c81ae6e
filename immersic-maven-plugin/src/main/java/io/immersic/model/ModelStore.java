package io.immersic.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.immersic.cache.AtomicFiles;
import io.immersic.cache.BuildState;
import io.immersic.tokens.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * The model folder: {@code model.zip} (DL4J weights and configuration, without updater state) and {@code model.json}
 * (the vocabulary, the parameters, backend and thread count that made it, its metrics and the fingerprint that decides
 * whether it can be reused).
 */
public final class ModelStore {

    /** What model.json holds. */
    public record ModelInfo(int cacheFormatVersion, String fingerprint, List<String> vocabulary,
                            TrainingParameters parameters, String backend, double tempoBpm, double beatsPerBar,
                            TrainingMetrics metrics) {}

    public record StoredModel(MultiLayerNetwork network, Vocabulary vocabulary, ModelInfo info) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    public ModelStore(Path directory) {
        this.directory = directory;
    }

    public Path modelFile() {
        return directory.resolve("model.zip");
    }

    public Path infoFile() {
        return directory.resolve("model.json");
    }

    /** The stored model when its fingerprint matches; empty when there is none, it is stale, or it cannot be read. */
    public Optional<StoredModel> loadIfCurrent(String fingerprint) {
        if (!Files.isRegularFile(modelFile()) || !Files.isRegularFile(infoFile())) {
            return Optional.empty();
        }
        try {
            ModelInfo info = JSON.readValue(infoFile().toFile(), ModelInfo.class);
            if (info.cacheFormatVersion() != BuildState.CACHE_FORMAT_VERSION || !fingerprint.equals(info.fingerprint())) {
                return Optional.empty();
            }
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(modelFile().toFile(), false);
            return Optional.of(new StoredModel(network, new Vocabulary(info.vocabulary()), info));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged cache is retrained, never trusted
        }
    }

    public void save(MultiLayerNetwork network, ModelInfo info) throws IOException {
        Path temporary = AtomicFiles.temporarySibling(modelFile());
        try {
            ModelSerializer.writeModel(network, temporary.toFile(), false);
            AtomicFiles.moveIntoPlace(temporary, modelFile());
        } finally {
            Files.deleteIfExists(temporary);
        }
        // model.json last: a model.zip without a matching model.json is never reused.
        AtomicFiles.write(infoFile(), JSON.writeValueAsBytes(info));
    }
}
