package io.immersic.engine;

import io.immersic.generation.GenerationParameters;

/** The generate stage: the model it needs (trained or reused) and how to sample. */
public record GenerateRequest(TrainRequest train, GenerationParameters generation) {}
