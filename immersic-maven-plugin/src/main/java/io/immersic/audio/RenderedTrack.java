package io.immersic.audio;

/** A rendered track, normalized and ready to write: the mix and, when asked for, its stems (else null). */
public record RenderedTrack(StereoBuffer mix, StereoBuffer piano, StereoBuffer drums) {}
