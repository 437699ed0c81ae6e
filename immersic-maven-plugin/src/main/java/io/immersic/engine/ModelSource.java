package io.immersic.engine;

/** Where the default method's model comes from in a build. */
public enum ModelSource {
    /** Trained on the project's corpus, or reused from the model cache when that corpus was trained on before. */
    CORPUS,
    /** A model artifact named by the {@code model} parameter: no preprocessing or training. */
    ARTIFACT,
    /** The plugin's own model: the project has no MIDI folder, no notes file and names no model. */
    BUILT_IN;

    /** For the log: "the model cache", "the artifact named by model", "the built-in model". */
    public String describe() {
        return switch (this) {
            case CORPUS -> "this project's corpus";
            case ARTIFACT -> "the artifact named by {~model}";
            case BUILT_IN -> "the built-in model";
        };
    }
}
