package io.immersic.mojo;

import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.engine.Immersic;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes new tracks to {@code tracks/} as MIDI and as audio (WAV by default, FLAC and stems on request) and attaches
 * each file as a build artifact (type {@code mid}, {@code wav} or {@code flac}; classifier {@code track-N}), and the
 * model trained on the project's corpus (type {@code zip}, classifier {@code immersic-model}). Run alone it runs the whole chain, reusing the corpus and the model when they are up to date.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractImmersicMojo {

    @Override
    protected void run(BuildLog log) throws ImmersicException {
        attach(new Immersic(log).generate(generateRequest()));
    }
}
