package io.immersic.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * How a training run went.
 *
 * @param epochsRun epochs actually run (early stopping may end before the maximum)
 * @param bestEpoch the epoch whose weights were kept (lowest validation loss)
 * @param trainLoss mean training cross-entropy of the best epoch, nats per token
 * @param validationLoss mean held-out cross-entropy of the best epoch, nats per token (NaN when nothing is held out)
 * @param trainingTokens tokens predicted per epoch
 * @param validationFiles whole files held out
 * @param tokensPerSecond training speed (logged, not stored: a stored model must not depend on the machine's load)
 * @param seconds wall time of the whole run (logged, not stored, for the same reason)
 * @param history each epoch's losses, in order (empty for a model stored before it was kept)
 */
public record TrainingMetrics(int epochsRun, int bestEpoch, double trainLoss, double validationLoss,
                              long trainingTokens, int validationFiles, @JsonIgnore double tokensPerSecond,
                              @JsonIgnore double seconds, List<EpochLoss> history) {

    /** One epoch's mean losses, nats per token; the validation loss is NaN when nothing is held out. */
    public record EpochLoss(int epoch, double trainLoss, double validationLoss) {}

    public TrainingMetrics {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
