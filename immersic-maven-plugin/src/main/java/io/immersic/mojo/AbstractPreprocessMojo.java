package io.immersic.mojo;

import io.immersic.common.ImmersicException;
import io.immersic.engine.OutputLayout;
import io.immersic.engine.PreprocessRequest;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** What the preprocess stage reads: the corpus's source. Every later goal runs preprocess first, so inherits these. */
public abstract class AbstractPreprocessMojo extends AbstractImmersicMojo {

    /**
     * The folder scanned for MIDI files.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.MIDI_DIRECTORY, defaultValue = "${project.basedir}/src/main/midi")
    protected File midiDirectory;

    /**
     * Ant-style patterns of the MIDI files to read, relative to {@code midiDirectory}. Default: **&#47;*.mid,
     * **&#47;*.midi.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.INCLUDES)
    protected List<String> includes;

    /**
     * Ant-style patterns of files to leave out.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.EXCLUDES)
    protected List<String> excludes;

    /**
     * A notebook {@code notes.json} (a JSON list like ["F#5", "0.4.7"]) to use as the corpus instead of the MIDI
     * folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.NOTES_FILE)
    protected File notesFile;

    @Override
    protected void checkSettings() throws ImmersicException {
        preprocessRequest().validate();
    }

    protected PreprocessRequest preprocessRequest() {
        // Only the default folder may be missing (a project without music of its own); one the build named must exist.
        File midi = inProjectFolder(midiDirectory);
        boolean defaultFolder = midi.getAbsoluteFile().equals(new File(projectFolder(), "src/main/midi").getAbsoluteFile());
        return new PreprocessRequest(midi.toPath(),
                includes == null || includes.isEmpty() ? List.of("**/*.mid", "**/*.midi") : includes,
                excludes == null ? List.of() : excludes,
                notesFile == null ? null : notesFile.toPath(),
                new OutputLayout(outputDirectory.toPath()), !defaultFolder);
    }
}
