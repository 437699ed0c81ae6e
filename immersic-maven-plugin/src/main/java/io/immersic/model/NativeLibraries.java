package io.immersic.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where nd4j's native libraries (about 400 MB, unpacked by JavaCPP on first use) go. JavaCPP's default is
 * {@code ~/.javacpp/cache}, a folder nobody expects a Maven plugin to fill; Immersic keeps them in its own per-user
 * folder instead, unless the user chose one with {@value #PROPERTY}.
 */
public final class NativeLibraries {

    public static final String PROPERTY = "org.bytedeco.javacpp.cachedir";

    private NativeLibraries() {}

    /**
     * Points JavaCPP at {@code folder} unless {@value #PROPERTY} is set. It must run before nd4j loads (JavaCPP reads
     * the property once). Returns the folder the user chose instead, if one is set.
     */
    public static Optional<String> useFolder(Path folder) {
        // JavaCPP reads both spellings; a folder the user chose with either one is theirs.
        String chosen = System.getProperty(PROPERTY, System.getProperty("org.bytedeco.javacpp.cacheDir"));
        if (chosen == null) {
            System.setProperty(PROPERTY, folder.toAbsolutePath().normalize().toString());
        }
        return Optional.ofNullable(chosen);
    }
}
