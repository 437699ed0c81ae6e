package io.immersic.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the preprocess stage reads and where it writes.
 *
 * @param midiDirectory the folder scanned for MIDI files
 * @param includes Ant-style patterns of files to read, relative to the folder
 * @param excludes Ant-style patterns of files to leave out
 * @param notesFile a notebook {@code notes.json} to use as the corpus instead of the MIDI folder, or null
 * @param output where the stage's files go
 * @param midiDirectoryRequired whether a missing {@code midiDirectory} is an error (the build named it) rather than a
 *     project without MIDI of its own (the default folder is absent), which generates with the built-in model
 */
public record PreprocessRequest(Path midiDirectory, List<String> includes, List<String> excludes, Path notesFile,
                                OutputLayout output, boolean midiDirectoryRequired) {

    public PreprocessRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** A request whose MIDI folder must exist. */
    public PreprocessRequest(Path midiDirectory, List<String> includes, List<String> excludes, Path notesFile,
                             OutputLayout output) {
        this(midiDirectory, includes, excludes, notesFile, output, true);
    }

    /** Whether the project has music of its own to preprocess: a notes file, a MIDI folder, or a folder it named. */
    public boolean hasInput() {
        return notesFile != null || midiDirectoryRequired || Files.isDirectory(midiDirectory);
    }
}
