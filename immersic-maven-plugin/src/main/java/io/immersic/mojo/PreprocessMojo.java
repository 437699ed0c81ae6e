package io.immersic.mojo;

import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.engine.Immersic;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Reads the MIDI folder (or a notebook notes.json) into {@code corpus.json}, {@code notes.json} and
 * {@code analysis.json}. Does nothing when no input or parameter changed since the last run.
 *
 * @since 0.1.0
 */
@Mojo(name = "preprocess", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class PreprocessMojo extends AbstractPreprocessMojo {

    @Override
    protected void run(BuildLog log) throws ImmersicException {
        new Immersic(log).preprocess(preprocessRequest());
    }
}
