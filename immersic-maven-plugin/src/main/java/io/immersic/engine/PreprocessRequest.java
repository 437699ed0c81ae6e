package io.immersic.engine;

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
 */
public record PreprocessRequest(Path midiDirectory, List<String> includes, List<String> excludes, Path notesFile,
                                OutputLayout output) {

    public PreprocessRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
