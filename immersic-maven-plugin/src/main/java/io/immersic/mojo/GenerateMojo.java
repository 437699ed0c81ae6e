package io.immersic.mojo;

import io.immersic.engine.BuildLog;
import io.immersic.engine.Immersic;
import io.immersic.engine.ImmersicException;
import io.immersic.engine.TrackFile;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes new tracks to {@code tracks/} as MIDI and as audio (WAV by default, FLAC and stems on request) and attaches
 * each file as a build artifact (type {@code mid}, {@code wav} or {@code flac}; classifier {@code track-N}). Run alone it runs the whole chain, reusing the corpus and the model when they are up to date.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractImmersicMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    protected void run(BuildLog log) throws ImmersicException {
        for (TrackFile track : new Immersic(log).generate(generateRequest())) {
            projectHelper.attachArtifact(project, track.type(), track.classifier(), track.path().toFile());
        }
    }
}
