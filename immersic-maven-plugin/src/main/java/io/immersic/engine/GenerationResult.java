package io.immersic.engine;

import java.util.List;

/** What the generate stage made: the files, and each track's tokens (for the evaluation). */
public record GenerationResult(List<TrackFile> files, List<List<String>> tokens) {}
