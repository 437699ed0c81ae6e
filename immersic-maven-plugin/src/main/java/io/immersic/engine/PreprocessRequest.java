package io.immersic.engine;

import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
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

    /**
     * Checks what this stage reads and where it writes, before any stage runs; the message names the setting (a setting
     * mark), the value and what is allowed.
     */
    public void validate() throws ImmersicException {
        requireNoBlankPattern("includes", includes);
        requireNoBlankPattern("excludes", excludes);
        if (notesFile != null) {
            String problem = IoReasons.fileProblem(notesFile);
            if (problem != null) {
                throw new ImmersicException("The notes file " + notesFile + " given as {notesFile} "
                        + problem + "; give the path of a notebook notes.json, or leave"
                        + " {~notesFile} unset to read the MIDI folder.");
            }
        }
        if (Files.isRegularFile(midiDirectory)) {
            throw new ImmersicException("{midiDirectory} is " + midiDirectory + ", a file;"
                    + " it must be the folder that holds the MIDI files.");
        }
        String problem = IoReasons.folderProblem(output.root());
        if (problem != null) {
            throw new ImmersicException("{outputDirectory} is " + output.root() + ": it "
                    + problem + ". It must be a folder to write to (default: target/immersic).");
        }
    }

    private static void requireNoBlankPattern(String name, List<String> patterns) throws ImmersicException {
        if (patterns.stream().anyMatch(String::isBlank)) {
            throw new ImmersicException("{" + name + "} is " + patterns + ", with a blank"
                    + " pattern; each must be an Ant-style pattern such as **/*.mid (separate them with commas).");
        }
    }

    /** Whether the project has music of its own to preprocess: a notes file, a MIDI folder, or a folder it named. */
    public boolean hasInput() {
        return notesFile != null || midiDirectoryRequired || Files.isDirectory(midiDirectory);
    }
}
