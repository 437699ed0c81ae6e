package io.immersic.model;

/**
 * How a training run went.
 *
 * @param epochsRun epochs actually run (early stopping may end before the maximum)
 * @param bestEpoch the epoch whose weights were kept (lowest validation loss)
 * @param trainLoss mean training cross-entropy of the best epoch, nats per token
 * @param validationLoss mean held-out cross-entropy of the best epoch, nats per token (NaN when nothing is held out)
 * @param trainingTokens tokens predicted per epoch
 * @param validationFiles whole files held out
 * @param tokensPerSecond training speed
 * @param seconds wall time of the whole run
 */
public record TrainingMetrics(int epochsRun, int bestEpoch, double trainLoss, double validationLoss,
                              long trainingTokens, int validationFiles, double tokensPerSecond, double seconds) {}
