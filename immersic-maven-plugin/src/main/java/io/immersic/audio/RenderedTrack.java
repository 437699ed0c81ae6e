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

    /** The keys stem (silent if the keys did not play), or null without stems. */
    @Deprecated // engine switches to the band render
    public StereoBuffer piano() {
        return stems.isEmpty() ? null : stems.getOrDefault("keys", new StereoBuffer(mix.frames()));
    }

    /** The drums stem (silent without drums), or null without stems. */
    @Deprecated // engine switches to the band render
    public StereoBuffer drums() {
        return stems.isEmpty() ? null : stems.getOrDefault("drums", new StereoBuffer(mix.frames()));
    }
}
