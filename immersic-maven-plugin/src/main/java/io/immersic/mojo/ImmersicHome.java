package io.immersic.mojo;

import io.immersic.model.NativeLibraries;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Immersic's per-user folder ({@code .immersic} inside the local repository) and the one log line that says where the
 * model cache and nd4j's native libraries are: once a build, however many goals it runs. A goal whose folders differ
 * from what was said (a train goal with {@code cacheDirectory} set after a preprocess goal without it) says its own.
 */
final class ImmersicHome {

    /** The lines already said, by build (its start time) and text. */
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    private ImmersicHome() {}

    /** The per-user folder for a local repository. */
    static Path of(Path localRepository) {
        return localRepository.toAbsolutePath().normalize().resolve(".immersic");
    }

    /**
     * The line naming the model cache and native libraries, or empty when {@code build} has said it already.
     *
     * @param modelCache the model cache in use ({@code cacheDirectory}, or {@code home})
     * @param nativeFolder the native libraries' folder the user chose ({@value NativeLibraries#PROPERTY}), or null
     *        when they are in {@code home/native}
     */
    static Optional<String> line(String build, Path home, Path modelCache, String nativeFolder) {
        Path cache = modelCache.toAbsolutePath().normalize();
        // The plugin sets the property itself when it loads nd4j: its own folder is no choice of the user's.
        boolean ownNatives = nativeFolder == null
                || Path.of(nativeFolder).toAbsolutePath().normalize().equals(home.resolve("native"));
        String line;
        if (cache.equals(home) && ownNatives) {
            line = "Immersic's model cache and native libraries: " + home;
        } else {
            line = "Immersic's model cache: " + cache + (cache.equals(home) ? "" : " (cacheDirectory)")
                    + "; native libraries: " + (ownNatives ? home.resolve("native")
                    : nativeFolder + " (set by -D" + NativeLibraries.PROPERTY + ")");
        }
        return SAID.add(build + " " + line) ? Optional.of(line) : Optional.empty();
    }
}
