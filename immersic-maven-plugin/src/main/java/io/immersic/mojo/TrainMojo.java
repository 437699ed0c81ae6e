package io.immersic.mojo;

import io.immersic.engine.BuildLog;
import io.immersic.engine.Immersic;
import io.immersic.engine.ImmersicException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Trains the LSTM on the corpus (preprocessing first if it is out of date), or reuses the stored model when the corpus
 * and every training parameter are unchanged.
 */
@Mojo(name = "train", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class TrainMojo extends AbstractImmersicMojo {

    @Override
    protected void run(BuildLog log) throws ImmersicException {
        new Immersic(log).train(trainRequest());
    }
}
