package io.immersic.engine;

import io.immersic.audio.AudioParameters;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;

/**
 * The generate stage: the model it needs (trained or reused), how to sample, how to render audio, whether to
 * evaluate the result (with its quality gate), and which method makes the music.
 *
 * @param controls the key, progression and form asked for
 * @param notebookPreset use the notebooks' method (a baseline) instead of Immersic's
 */
public record GenerateRequest(TrainRequest train, GenerationParameters generation, MusicControls controls,
                              AudioParameters audio, EvaluationParameters evaluation, boolean notebookPreset) {

    public GenerateRequest(TrainRequest train, GenerationParameters generation, AudioParameters audio) {
        this(train, generation, MusicControls.NONE, audio, EvaluationParameters.OFF, false);
    }

    public GenerateRequest(TrainRequest train, GenerationParameters generation, AudioParameters audio,
                           EvaluationParameters evaluation) {
        this(train, generation, MusicControls.NONE, audio, evaluation, false);
    }

    public GenerateRequest withEvaluation(EvaluationParameters evaluation) {
        return new GenerateRequest(train, generation, controls, audio, evaluation, notebookPreset);
    }
}
