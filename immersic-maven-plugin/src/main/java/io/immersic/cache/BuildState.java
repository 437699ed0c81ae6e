package io.immersic.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A small state file that remembers the fingerprint of the inputs a stage last ran on. A file written by another cache
 * format version, or one that cannot be read, counts as absent, so the stage simply runs again.
 */
public final class BuildState {

    /** Bump when the meaning of a stage's outputs changes, so old outputs are never reused. */
    public static final int CACHE_FORMAT_VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private BuildState() {}

    public static Optional<String> readFingerprint(Path stateFile) {
        if (!Files.isRegularFile(stateFile)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(stateFile.toFile());
            if (node.path("cacheFormatVersion").asInt(-1) != CACHE_FORMAT_VERSION) {
                return Optional.empty();
            }
            return Optional.ofNullable(node.path("fingerprint").textValue());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void writeFingerprint(Path stateFile, String fingerprint) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("cacheFormatVersion", CACHE_FORMAT_VERSION);
        node.put("fingerprint", fingerprint);
        AtomicFiles.write(stateFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
    }
}
