package io.immersic.engine;

import io.immersic.audio.AudioParameters;
import io.immersic.generation.GenerationParameters;

/**
 * The generate stage: the model it needs (trained or reused), how to sample, how to render audio, and whether to
 * evaluate the result (with its quality gate).
 */
public record GenerateRequest(TrainRequest train, GenerationParameters generation, AudioParameters audio,
                              EvaluationParameters evaluation) {

    public GenerateRequest(TrainRequest train, GenerationParameters generation, AudioParameters audio) {
        this(train, generation, audio, EvaluationParameters.OFF);
    }

    public GenerateRequest withEvaluation(EvaluationParameters evaluation) {
        return new GenerateRequest(train, generation, audio, evaluation);
    }
}
