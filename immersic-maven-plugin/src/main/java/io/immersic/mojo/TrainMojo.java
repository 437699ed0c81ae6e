package io.immersic.mojo;

import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.engine.Immersic;
import io.immersic.engine.ModelSource;
import io.immersic.engine.TrackFile;
import io.immersic.engine.UsedModel;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Trains the LSTM on the corpus (preprocessing first if it is out of date), or reuses the model from the model cache
 * when the corpus and every training parameter are unchanged, and attaches it to the build (type {@code zip},
 * classifier {@code immersic-model}). With {@code model} set it uses that artifact instead; a project with no MIDI of
 * its own uses the built-in model.
 *
 * @since 0.1.0
 */
@Mojo(name = "train", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class TrainMojo extends AbstractTrainMojo {

    @Override
    protected void run(BuildLog log) throws ImmersicException {
        UsedModel used = new Immersic(log).train(trainRequest());
        if (used.source() == ModelSource.CORPUS) {
            attach(List.of(new TrackFile(used.zip(), Immersic.MODEL_TYPE, Immersic.MODEL_CLASSIFIER)));
        }
    }
}
