package io.immersic.engine;

import io.immersic.common.ImmersicException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A model trained elsewhere and given to the build as an artifact (parameter {@code model}).
 *
 * @param name how the build named it, e.g. {@code com.example:music-model:1.0}, for the log and for errors
 * @param file the resolved model zip
 */
public record PrebuiltModel(String name, Path file) {

    /**
     * The groupId, artifactId and version of the {@code model} setting: its syntax is checked with every other setting,
     * before anything is resolved or run.
     */
    public static List<String> coordinates(String model) throws ImmersicException {
        String[] parts = model.trim().split(":", -1);
        if (parts.length != 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new ImmersicException("{model} is '" + model + "'; it must be the coordinates"
                    + " groupId:artifactId:version of a project that attached its model, e.g."
                    + " com.example:game-music:1.0, or unset to train on this project's music.");
        }
        return Arrays.stream(parts).map(String::trim).toList();
    }
}
