package io.immersic.model;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where nd4j's native libraries (about 400 MB, unpacked by JavaCPP on first use) go. JavaCPP's default is
 * {@code ~/.javacpp/cache}, a folder nobody expects a Maven plugin to fill; Immersic keeps them in its own per-user
 * folder instead, unless the user chose one with {@value #PROPERTY}.
 */
public final class NativeLibraries {

    public static final String PROPERTY = "org.bytedeco.javacpp.cachedir";

    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private NativeLibraries() {}

    /**
     * Points JavaCPP at {@code folder} unless {@value #PROPERTY} is set. It must run before nd4j loads (JavaCPP reads
     * the property once). Returns the line to log, the first time in this JVM only.
     */
    public static Optional<String> useFolder(Path folder) {
        // JavaCPP reads both spellings; a folder the user chose with either one is theirs.
        String chosen = System.getProperty(PROPERTY, System.getProperty("org.bytedeco.javacpp.cacheDir"));
        if (chosen == null) {
            System.setProperty(PROPERTY, folder.toAbsolutePath().normalize().toString());
        }
        if (REPORTED.getAndSet(true)) {
            return Optional.empty();
        }
        return Optional.of("nd4j's native libraries are unpacked in " + (chosen == null ? System.getProperty(PROPERTY)
                : chosen)
                + (chosen == null ? " (to keep them elsewhere, set -D" + PROPERTY + "=<folder> in MAVEN_OPTS or"
                + " .mvn/jvm.config)" : " (set by -D" + PROPERTY + ")"));
    }
}
