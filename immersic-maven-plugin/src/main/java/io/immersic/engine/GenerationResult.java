package io.immersic.engine;

import io.immersic.generation.TokenGenerator;
import java.util.List;

/** What the generate stage made: the files, and each track's tokens and plan (for the evaluation). */
public record GenerationResult(List<TrackFile> files, List<TokenGenerator.Track> tracks) {

    public List<List<String>> tokens() {
        return tracks.stream().map(TokenGenerator.Track::tokens).toList();
    }
}
