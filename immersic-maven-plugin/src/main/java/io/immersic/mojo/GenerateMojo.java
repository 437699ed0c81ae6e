package io.immersic.mojo;

import io.immersic.common.BuildLog;
import io.immersic.engine.EvaluationParameters;
import io.immersic.engine.Immersic;
import io.immersic.common.ImmersicException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes new tracks to {@code tracks/} as MIDI and as audio (WAV by default, FLAC and stems on request) and attaches
 * each file as a build artifact (type {@code mid}, {@code wav} or {@code flac}; classifier {@code track-N}), and the
 * model trained on the project's corpus (type {@code zip}, classifier {@code immersic-model}). Run alone it runs the
 * whole chain, reusing the corpus and the model when they are up to date; then, unless {@code evaluate} is false, it
 * evaluates the tracks and applies the quality gate.
 *
 * @since 0.1.0
 */
// No project needed: `mvn immersic:generate` in an empty folder plays the built-in model into ./target (Maven's
// stand-alone project has that folder as its base).
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class GenerateMojo extends AbstractGenerateMojo {

    /**
     * Evaluate the tracks after generating them (held-out likelihood, style overlap, copying, repetition, key) and
     * apply the quality gate. Only this goal has the switch: the evaluate goal always evaluates.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.EVALUATE, defaultValue = "" + EvaluationParameters.DEFAULT_ENABLED)
    protected boolean evaluate;

    @Override
    protected void run(BuildLog log) throws ImmersicException {
        attach(new Immersic(log).generate(generateRequest(evaluate)));
    }
}
