package io.immersic.mojo;

import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.engine.Immersic;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Evaluates the model and its tracks (running the chain first, reusing what is up to date): held-out NLL of the
 * LSTM against an n-gram baseline, style overlap with the training files, copying, distinct-n and key; writes
 * {@code evaluation.json}, prints a table, and fails the build when a quality-gate limit is set and missed. It reads
 * what generate reads, since it generates the tracks it measures.
 *
 * @since 0.1.0
 */
@Mojo(name = "evaluate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class EvaluateMojo extends AbstractGenerateMojo {

    @Override
    protected void run(BuildLog log) throws ImmersicException {
        new Immersic(log).generate(generateRequest(true));
    }
}
