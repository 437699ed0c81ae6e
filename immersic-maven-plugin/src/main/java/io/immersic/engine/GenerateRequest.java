package io.immersic.engine;

import io.immersic.audio.AdaptiveParameters;
import io.immersic.audio.AudioParameters;
import io.immersic.audio.DrumSource;
import io.immersic.band.Part;
import io.immersic.common.ImmersicException;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.method.Method;
import java.util.EnumSet;
import java.util.Set;

/**
 * The generate stage: the model it needs (trained or reused), how to sample, how to render audio, whether to
 * evaluate the result (with its quality gate), and which method makes the music.
 *
 * @param controls the key, progression and form asked for
 * @param method the method that trains and composes: Immersic's ({@link Method#DEFAULT}) or the notebooks' baseline
 * @param parts the parts of the band that play (null = all); the keys are composed either way, since every other
 *              part follows their loop
 * @param adaptive whether each track is also written as an adaptive set (null = not); an adaptive set is made of
 *                 loops and layers, so it turns {@code audio}'s loop mode and stems on
 */
public record GenerateRequest(TrainRequest train, GenerationParameters generation, MusicControls controls,
                              AudioParameters audio, EvaluationParameters evaluation, Method method, Set<Part> parts,
                              AdaptiveParameters adaptive) {

    public GenerateRequest {
        method = method == null ? Method.DEFAULT : method;
        parts = parts == null ? EnumSet.allOf(Part.class) : Set.copyOf(parts);
        adaptive = adaptive == null ? AdaptiveParameters.OFF : adaptive;
        if (adaptive.enabled() && audio != null && (!audio.loop() || !audio.stems())) {
            audio = audio.withStemsAndLoop(true, true);
        }
    }

    public GenerateRequest(TrainRequest train, GenerationParameters generation, MusicControls controls,
                           AudioParameters audio, EvaluationParameters evaluation, Method method) {
        this(train, generation, controls, audio, evaluation, method, null, null);
    }

    public GenerateRequest(TrainRequest train, GenerationParameters generation, AudioParameters audio) {
        this(train, generation, MusicControls.NONE, audio, EvaluationParameters.OFF, Method.DEFAULT);
    }

    public GenerateRequest(TrainRequest train, GenerationParameters generation, AudioParameters audio,
                           EvaluationParameters evaluation) {
        this(train, generation, MusicControls.NONE, audio, evaluation, Method.DEFAULT);
    }

    /**
     * The parts that are played and written, in {@link Part} order: the asked ones, without the drums when
     * {@code drums} is {@code none}.
     */
    public Set<Part> playedParts() {
        EnumSet<Part> played = EnumSet.copyOf(parts);
        if (audio.drumSource().kind() == DrumSource.Kind.NONE) {
            played.remove(Part.DRUMS);
        }
        if (played.isEmpty()) {
            played.add(Part.KEYS); // drums alone, switched off: the keys still play, so there is a track
        }
        return played;
    }

    /**
     * Every setting of the whole chain, checked before any stage runs: the generate and evaluate goals call it first,
     * so a bad generate setting does not cost a preprocessing and training run first. The key, progression,
     * form and method were checked when they were parsed. The message names the setting (a setting mark), the
     * value and what is allowed.
     */
    public void validate() throws ImmersicException {
        train.validate();
        try {
            generation.validate();
            audio.validate();
            adaptive.validate();
            evaluation.validate();
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
    }

    public GenerateRequest withEvaluation(EvaluationParameters evaluation) {
        return new GenerateRequest(train, generation, controls, audio, evaluation, method, parts, adaptive);
    }

    public GenerateRequest withMethod(Method method) {
        return new GenerateRequest(train, generation, controls, audio, evaluation, method, parts, adaptive);
    }
}
