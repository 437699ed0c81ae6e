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
 * The files a stage wrote into a folder, listed with their SHA-256 in {@code .immersic-outputs.json} there. The rule:
 * a file is ours only when the manifest lists it with the hash of the bytes it holds now. A later build removes the
 * files of ours it does not write again (fewer tracks, no FLAC, no stems), overwrites only files of ours, and keeps
 * and names everything else — a file the manifest does not list, one changed since it was written (a user's edit), a
 * user's own file where a new track would go. While the stage writes, the manifest is marked incomplete and lists
 * every file of ours the folder holds with its hash, updated as each file is written; so a build killed meanwhile
 * leaves no manifest vouching for a mixed set, and the next build still knows, by hash, which files are its own.
 */
public final class OutputManifest {

    public static final String NAME = ".immersic-outputs.json";

    /**
     * What {@link #begin} did: the files it removed, those it left because they changed since they were written,
     * whether the earlier build stopped before finishing, why its manifest could not be read (else null), and the
     * files this build was to write that are not ours (they are kept, and this build does not write them).
     */
    public record Cleanup(List<String> removed, List<String> changed, boolean interrupted, String unreadable,
                          List<String> foreign) {}

    /** The file's layout; {@code complete} is false while the stage writes. */
    private record Content(int stateFormatVersion, boolean complete, List<Output> files) {}

    private final Path folder;
    /** The files of ours in the folder now, by name, with the hash of their bytes: written as the stage goes. */
    private final java.util.Map<String, Output> ours = new java.util.TreeMap<>();

    public OutputManifest(Path folder) {
        this.folder = folder;
    }

    public Path file() {
        return folder.resolve(NAME);
    }

    /**
     * Before the stage writes its first file: removes the files of ours (listed, bytes unchanged) that are not among
     * {@code names}, finds the {@code names} that exist and are not ours, and marks the manifest incomplete, listing
     * the files of ours that are left.
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
        Set<String> next = Set.copyOf(names);
        if (earlier != null) {
            for (Output output : earlier.files()) {
                Path file = inFolder(output.path());
                if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // not a file of this folder (a hand-edited manifest), or gone
                }
                if (output.sha256() == null || output.change(folder) != null) {
                    changed.add(output.path()); // edited since, or of an older manifest without hashes: not ours now
                } else if (next.contains(output.path())) {
                    ours.put(output.path(), output); // ours, and written again
                } else {
                    Files.delete(file);
                    removed.add(output.path());
                }
            }
        }
        List<String> foreign = new ArrayList<>();
        for (String name : names) {
            Path file = inFolder(name);
            if (file != null && Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !ours.containsKey(name)) {
                foreign.add(name);
            }
        }
        changed.removeAll(foreign);
        save(false);
        return new Cleanup(removed, changed, earlier != null && !earlier.complete(), unreadable, foreign);
    }

    /** After the stage wrote {@code file}: it is ours, with the hash of its bytes (the manifest still incomplete). */
    public void record(Path file) throws IOException {
        Output output = Output.of(folder, file);
        ours.put(output.path(), output);
        save(false);
    }

    /**
     * After the stage wrote its last file: lists them with their hashes (those {@link #record}ed are not read again),
     * the folder holds one consistent set.
     */
    public void finish(List<Path> written) throws IOException {
        java.util.Map<String, Output> recorded = new java.util.TreeMap<>(ours);
        ours.clear();
        for (Path file : written) {
            Output output = recorded.get(Output.pathIn(folder, file));
            output = output != null ? output : Output.of(folder, file);
            ours.put(output.path(), output);
        }
        save(true);
    }

    private void save(boolean complete) throws IOException {
        write(new Content(BuildState.STATE_FORMAT_VERSION, complete, List.copyOf(ours.values())));
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
