package io.immersic.tokens;

import java.util.List;

/**
 * One source file of the corpus.
 *
 * @param path the file's path relative to the MIDI folder (with forward slashes), or the notes.json file's name
 * @param sha256 the SHA-256 of the file's bytes, hex
 * @param tempoBpm the file's first stated tempo; 0 when the file states none (unknown, not MIDI's default 120)
 * @param beatsPerBar quarter notes per bar
 * @param tokens the file's REMI tokens, from BAR to END
 */
public record CorpusEntry(String path, String sha256, double tempoBpm, double beatsPerBar, List<String> tokens) {

    public CorpusEntry {
        tokens = List.copyOf(tokens);
    }
}
