package io.immersic.engine;

import io.immersic.cache.AtomicFiles;
import io.immersic.cache.OutputManifest;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tracks folder while a build writes it: every file goes through here, so a file that is not Immersic's (the
 * manifest does not list it with the hash of its bytes: a user's own file, or a track the user edited) is never
 * overwritten, and every file written is recorded in the manifest, with its hash, as soon as it is written.
 */
final class TrackFolder {

    private final Path folder;
    private final OutputManifest manifest;
    private final Set<String> foreign;

    /** @param foreign the file names this build would write that are not its own (kept, and not written) */
    TrackFolder(Path folder, OutputManifest manifest, List<String> foreign) {
        this.folder = folder;
        this.manifest = manifest;
        this.foreign = Set.copyOf(foreign);
    }

    Path path() {
        return folder;
    }

    /** Writes {@code name.type} and records it; empty, writing nothing, when a file there is not Immersic's. */
    Optional<TrackFile> write(String name, String type, byte[] bytes) throws ImmersicException {
        return write(name, type, out -> out.write(bytes));
    }

    /** Writes {@code name.type} streamed from {@code content}, never held whole; as {@link #write(String, String, byte[])}. */
    Optional<TrackFile> write(String name, String type, AtomicFiles.Content content) throws ImmersicException {
        Path file = folder.resolve(name + "." + type);
        if (foreign.contains(file.getFileName().toString())) {
            return Optional.empty(); // named once, when the build began (GenerateStep.prepare)
        }
        try {
            AtomicFiles.write(file, content);
            manifest.record(file);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + file + ": " + IoReasons.describe(e), e);
        }
        return Optional.of(new TrackFile(file, type, name));
    }
}
