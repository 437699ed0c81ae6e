package io.immersic.audio;

import java.util.HashMap;
import java.util.Map;

/**
 * The dry sound of a note (before its release, pan and tremolo) depends only on its pitch and velocity, and generated
 * music strikes the same few dozen of those again and again; so each is synthesized once per render and reused.
 * A sample's value does not depend on how long a waveform was made, so reuse never changes the output.
 */
final class DryNoteCache {

    /** Synthesizes a dry note of at least {@code frames} frames. */
    interface Synthesis {
        float[] render(int pitch, int velocity, int frames);
    }

    private final Map<Integer, float[]> waveforms = new HashMap<>();
    private final Synthesis synthesis;

    DryNoteCache(Synthesis synthesis) {
        this.synthesis = synthesis;
    }

    float[] get(int pitch, int velocity, int frames) {
        int key = pitch * 128 + velocity;
        float[] cached = waveforms.get(key);
        if (cached == null || cached.length < frames) {
            cached = synthesis.render(pitch, velocity, frames);
            waveforms.put(key, cached);
        }
        return cached;
    }
}
