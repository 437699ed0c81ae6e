package io.immersic.engine;

import io.immersic.cache.AtomicFiles;
import io.immersic.common.BuildLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

    public Path generateState() {
        return root.resolve("generate-state.json");
    }

    public Path evaluationFile() {
        return root.resolve("evaluation.json");
    }

    /** The build's HTML report: tracks (players, piano rolls), corpus, training, evaluation. */
    public Path reportFile() {
        return root.resolve("report.html");
    }

    public Path modelDirectory() {
        return root.resolve("model");
    }

    public Path tracksDirectory() {
        return root.resolve("tracks");
    }

    /**
     * Deletes what a killed build left of its atomic writes in {@code folder} (Immersic's temporary names only). Each
     * stage calls it before it writes into a folder; a failure only costs a stray file, so it is a warning.
     */
    static void removeTemporaryFiles(Path folder, BuildLog log) {
        try {
            List<Path> removed = AtomicFiles.removeLeftovers(folder);
            if (!removed.isEmpty()) {
                log.info("Removed " + removed.size() + " temporary file(s) an interrupted build left in " + folder
                        + ": " + String.join(", ", removed.stream().map(p -> p.getFileName().toString()).toList()));
            }
        } catch (IOException e) {
            log.warn("Cannot remove the temporary files an interrupted build left in " + folder + ": " + e);
        }
    }
}
