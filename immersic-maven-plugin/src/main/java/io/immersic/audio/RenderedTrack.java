package io.immersic.audio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rendered track, mastered and ready to write.
 *
 * @param mix the finished mix: the sum of the stems
 * @param stems by name ({@code keys}, {@code bass}, {@code melody}, {@code drums}, {@code texture}), in that order,
 *     only those that play; empty unless stems were asked for
 * @param loudness the mix's integrated loudness and true peak
 */
public record RenderedTrack(StereoBuffer mix, Map<String, StereoBuffer> stems, Loudness loudness) {

    public RenderedTrack {
        stems = Collections.unmodifiableMap(new LinkedHashMap<>(stems)); // keeps the stems' order
    }
}
