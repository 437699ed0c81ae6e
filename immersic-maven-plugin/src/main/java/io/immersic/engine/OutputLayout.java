package io.immersic.engine;

import java.nio.file.Path;

/** Where every stage writes, under the output directory (by default {@code target/immersic}). */
public record OutputLayout(Path root) {

    public Path corpusFile() {
        return root.resolve("corpus.json");
    }

    public Path notebookNotesFile() {
        return root.resolve("notes.json");
    }

    public Path analysisFile() {
        return root.resolve("analysis.json");
    }

    public Path preprocessState() {
        return root.resolve("preprocess-state.json");
    }

    public Path evaluationFile() {
        return root.resolve("evaluation.json");
    }

    public Path modelDirectory() {
        return root.resolve("model");
    }

    public Path tracksDirectory() {
        return root.resolve("tracks");
    }
}
