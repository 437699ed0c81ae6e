package io.immersic.cache;

import io.immersic.cache.BuildState.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The files a stage wrote into a folder, listed with their SHA-256 in {@code .immersic-outputs.json} there, so that a
 * later build removes those it does not write again (fewer tracks, no FLAC, no stems) and nothing else: a file the
 * manifest does not list, or one changed since it was written, is the user's. While the stage writes, the manifest is
 * marked incomplete and lists, without hashes, every file of ours the folder may hold; so a build killed meanwhile
 * leaves no manifest vouching for a mixed set, and the next build still knows which files are its own.
 */
public final class OutputManifest {

    public static final String NAME = ".immersic-outputs.json";

    /**
     * What {@link #begin} did: the files it removed, those it left because they changed since they were written,
     * whether the earlier build stopped before finishing, and why its manifest could not be read (else null).
     */
    public record Cleanup(List<String> removed, List<String> changed, boolean interrupted, String unreadable) {}

    /** The file's layout; {@code complete} is false while the stage writes. */
    private record Content(int stateFormatVersion, boolean complete, List<Output> files) {}

    private final Path folder;

    public OutputManifest(Path folder) {
        this.folder = folder;
    }

    public Path file() {
        return folder.resolve(NAME);
    }

    /**
     * Before the stage writes its first file: removes the files the earlier manifest lists that are not among
     * {@code names}, then marks the manifest incomplete, listing {@code names}.
     */
    public Cleanup begin(Collection<String> names) throws IOException {
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Content earlier = null;
        String unreadable = null;
        try {
            earlier = read();
        } catch (IOException e) {
            unreadable = e.getMessage(); // then nothing is removed: without the list, no file is known to be ours
        }
        if (earlier != null) {
            Set<String> kept = Set.copyOf(names);
            for (Output output : earlier.files()) {
                Path file = inFolder(output.path());
                if (file == null || kept.contains(output.path())
                        || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // not a file of this folder (a hand-edited manifest), rewritten anyway, or gone
                }
                // An unfinished build's files have no hashes yet; they are ours all the same.
                if (earlier.complete() && output.change(folder) != null) {
                    changed.add(output.path());
                } else {
                    Files.delete(file);
                    removed.add(output.path());
                }
            }
        }
        write(new Content(BuildState.STATE_FORMAT_VERSION, false,
                names.stream().map(name -> new Output(name, null, -1)).toList()));
        return new Cleanup(removed, changed, earlier != null && !earlier.complete(), unreadable);
    }

    /** After the stage wrote its last file: lists them with their hashes, the folder holds one consistent set. */
    public void finish(List<Path> written) throws IOException {
        List<Output> files = new ArrayList<>();
        for (Path file : written) {
            files.add(Output.of(folder, file));
        }
        write(new Content(BuildState.STATE_FORMAT_VERSION, true, files));
    }

    /** The earlier manifest, or null when there is none. */
    private Content read() throws IOException {
        if (!Files.exists(file())) {
            return null;
        }
        Content content = BuildState.JSON.readValue(file().toFile(), Content.class);
        if (content.stateFormatVersion() != BuildState.STATE_FORMAT_VERSION || content.files() == null) {
            throw new IOException("written by another version of Immersic");
        }
        return content;
    }

    private void write(Content content) throws IOException {
        AtomicFiles.write(file(), BuildState.JSON.writeValueAsBytes(content));
    }

    /** The file {@code name} names directly in the folder, else null: a manifest never leads outside it. */
    private Path inFolder(String name) {
        try {
            Path file = name == null ? null : folder.resolve(name).normalize();
            return file != null && name.equals(String.valueOf(file.getFileName()))
                    && folder.normalize().equals(file.getParent()) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
