package io.immersic.audio;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dry sound of a note (before its release, pan and tremolo) depends only on its pitch and velocity, and generated
 * music strikes the same few dozen of those again and again; so each is synthesized once per render and reused.
 * A sample's value does not depend on how long a waveform was made, so reuse never changes the output — and neither
 * does forgetting one: the cache holds at most {@value #MAX_FLOATS} samples (the least recently struck go first), so
 * a humanized band, whose velocities vary strike by strike, cannot fill the heap with waveforms.
 */
final class DryNoteCache {

    /** About 16 MB of waveforms: dozens of notes of several seconds. */
    static final long MAX_FLOATS = 4L << 20;

    /** Synthesizes a dry note of at least {@code frames} frames. */
    interface Synthesis {
        float[] render(int pitch, int velocity, int frames);
    }

    private final Map<Integer, float[]> waveforms = new LinkedHashMap<>(64, 0.75f, true); // access order: LRU
    private final Synthesis synthesis;
    private long floats;

    DryNoteCache(Synthesis synthesis) {
        this.synthesis = synthesis;
    }

    float[] get(int pitch, int velocity, int frames) {
        int key = pitch * 128 + velocity;
        float[] cached = waveforms.get(key);
        if (cached == null || cached.length < frames) {
            cached = synthesis.render(pitch, velocity, frames);
            float[] replaced = waveforms.put(key, cached);
            floats += cached.length - (replaced == null ? 0 : replaced.length);
            var eldest = waveforms.entrySet().iterator();
            while (floats > MAX_FLOATS && waveforms.size() > 1) {
                floats -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return cached;
    }
}
