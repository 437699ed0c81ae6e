package io.immersic.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small state file that remembers what a stage last ran on (the fingerprint of its inputs) and what it wrote (the
 * SHA-256 and size of each output). The stage is up to date only while both still hold: an output deleted or edited
 * by hand is noticed, not reused. {@link #check} says why a stage must run again.
 */
public final class BuildState {

    /**
     * Bump when the meaning of a stage's outputs changes, so old outputs are never reused. It is part of every model's
     * fingerprint, so bumping it also retrains cached models (4: models read texture words and keep each piece's
     * loop shape; 5: and how each piece's player rolls chords, in registers up to 52 semitones wide; 6: and the
     * velocity bins of the middle 90 % of its notes, not 80 %; 7: and its harmonic palette and largest strike; 8: and
     * how it balances its voices; 9: and whether it plays one note length).
     */
    public static final int CACHE_FORMAT_VERSION = 9;

    /**
     * The layout of the state files themselves (2: with the outputs' hashes). Kept apart from
     * {@link #CACHE_FORMAT_VERSION} so that a new layout does not retrain every cached model.
     */
    static final int STATE_FORMAT_VERSION = 2;

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A file a stage wrote: its path relative to the state file's folder, and its SHA-256 and size as written. */
    public record Output(String path, String sha256, long size) {

        public static Output of(Path folder, Path file) throws IOException {
            return new Output(pathIn(folder, file), Fingerprint.sha256Hex(file), Files.size(file));
        }

        /** The file's path relative to {@code folder}, with {@code /} whatever the platform. */
        public static String pathIn(Path folder, Path file) {
            return folder.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        }

        /** Why the file is no longer as it was written, or null when it still is. */
        public String change(Path folder) {
            Path file = folder.resolve(path);
            try {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return file + " is missing (deleted since Immersic wrote it?)";
                }
                if (Files.size(file) == size && Fingerprint.sha256Hex(file).equals(sha256)) {
                    return null;
                }
                return file + " changed since Immersic wrote it (edited by hand?)";
            } catch (IOException e) {
                return file + " cannot be read (" + e.getMessage() + ")";
            }
        }
    }

    /**
     * Why a stage must run again. {@code expected}: a first run or changed inputs, nothing to report; otherwise the
     * state or an output was damaged, deleted or edited, and the stage warns that it rebuilds.
     */
    public record Stale(String reason, boolean expected) {}

    /** The file's layout; fields it lacks (an older layout) read as 0 or null. */
    private record Content(int stateFormatVersion, int cacheFormatVersion, String fingerprint, List<Output> outputs) {}

    private BuildState() {}

    /** Null when the state file records {@code fingerprint} and every output it lists is still as written. */
    public static Stale check(Path stateFile, String fingerprint) {
        return check(stateFile, fingerprint, List.of());
    }

    /**
     * Null when the state file records {@code fingerprint}, lists every one of {@code required} among its outputs
     * (a state whose list was emptied or cut vouches for nothing it does not name), and every output it lists is
     * still as written.
     */
    public static Stale check(Path stateFile, String fingerprint, java.util.Collection<Path> required) {
        if (!Files.exists(stateFile)) {
            return new Stale("first run", true);
        }
        Content content;
        try {
            content = JSON.readValue(stateFile.toFile(), Content.class);
        } catch (IOException e) {
            return new Stale(stateFile + " cannot be read (" + e.getMessage() + ")", false);
        }
        if (content.stateFormatVersion() != STATE_FORMAT_VERSION
                || content.cacheFormatVersion() != CACHE_FORMAT_VERSION || content.outputs() == null) {
            return new Stale(stateFile + " was written by another version of Immersic", false);
        }
        if (!fingerprint.equals(content.fingerprint())) {
            return new Stale("inputs changed", true);
        }
        Path folder = stateFile.toAbsolutePath().getParent();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Output output : content.outputs()) {
            String change = output.change(folder);
            if (change != null) {
                return new Stale(change, false);
            }
            listed.add(output.path());
        }
        for (Path file : required) {
            if (!listed.contains(Output.pathIn(folder, file))) {
                return new Stale(file + " is not among the files " + stateFile + " records", false);
            }
        }
        return null;
    }

    /** Records {@code fingerprint} and the hashes of {@code outputs} as they are now on disk. */
    public static void write(Path stateFile, String fingerprint, List<Path> outputs) throws IOException {
        Path folder = stateFile.toAbsolutePath().getParent();
        List<Output> written = new ArrayList<>();
        for (Path output : outputs) {
            written.add(Output.of(folder, output));
        }
        Content content = new Content(STATE_FORMAT_VERSION, CACHE_FORMAT_VERSION, fingerprint, written);
        AtomicFiles.write(stateFile, JSON.writeValueAsBytes(content));
    }

    /** Removes the state before a stage rewrites its outputs: a build killed meanwhile leaves no state to trust. */
    public static void forget(Path stateFile) throws IOException {
        Files.deleteIfExists(stateFile);
    }
}
