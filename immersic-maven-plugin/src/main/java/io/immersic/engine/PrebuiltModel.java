package io.immersic.engine;

import java.nio.file.Path;

/**
 * A model trained elsewhere and given to the build as an artifact (parameter {@code model}).
 *
 * @param name how the build named it, e.g. {@code com.example:music-model:1.0}, for the log and for errors
 * @param file the resolved model zip
 */
public record PrebuiltModel(String name, Path file) {}
