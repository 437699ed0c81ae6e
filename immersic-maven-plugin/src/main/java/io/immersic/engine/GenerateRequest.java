package io.immersic.engine;

import io.immersic.audio.AudioParameters;
import io.immersic.generation.GenerationParameters;

/** The generate stage: the model it needs (trained or reused), how to sample, and how to render audio. */
public record GenerateRequest(TrainRequest train, GenerationParameters generation, AudioParameters audio) {}
