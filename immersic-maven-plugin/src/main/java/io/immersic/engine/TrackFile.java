package io.immersic.engine;

import java.nio.file.Path;

/**
 * A file the generate stage wrote, with how Maven should attach it.
 *
 * @param type the artifact type (the extension: mid, wav, flac)
 * @param classifier e.g. {@code track-1} or {@code track-1-drums}
 */
public record TrackFile(Path path, String type, String classifier) {}
