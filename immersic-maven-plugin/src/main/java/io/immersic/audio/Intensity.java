package io.immersic.audio;

import io.immersic.band.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The intensity levels of an adaptive set, mixed from its layers. Parts come in in the order a lo-fi arrangement
 * builds — keys, bass, drums, melody — one more with each level, so every level is busier and louder than the one
 * below; the texture (the noise floor) plays in all of them. The top level is the whole band: the track's mix.
 */
public final class Intensity {

    /** The order in which the parts come in. */
    static final List<Part> ENTRY_ORDER = List.of(Part.KEYS, Part.BASS, Part.DRUMS, Part.MELODY);

    /**
     * A level: its number (1 = calmest) and the layers it mixes, by stem name, each at gain 1.
     */
    public record Level(int level, List<String> layers) {}

    private Intensity() {}

    /**
     * {@code count} levels over the parts that play (at most one level per part, so every level adds a part): level
     * {@code i} holds the first ⌈i·P/count⌉ of the P parts in {@link #ENTRY_ORDER}, and the texture when there is one.
     */
    public static List<Level> levels(List<String> stems, int count) {
        List<String> parts = ENTRY_ORDER.stream().map(Part::id).filter(stems::contains).toList();
        int levels = Math.max(1, Math.min(count, parts.size()));
        List<Level> out = new ArrayList<>();
        for (int level = 1; level <= levels; level++) {
            int entered = (int) Math.ceil((double) level * parts.size() / levels);
            List<String> layers = new ArrayList<>(parts.subList(0, entered));
            if (stems.contains(TrackRenderer.TEXTURE)) {
                layers.add(TrackRenderer.TEXTURE);
            }
            out.add(new Level(level, layers));
        }
        return out;
    }

    /** The level's mix: the sum of its layers (all as long as each other), read a block at a time. */
    public static Signal mix(Level level, Map<String, Signal> stems) {
        List<Signal> layers = level.layers().stream().map(stems::get).toList();
        return new Signal() {
            private StereoBuffer layer = new StereoBuffer(0);

            @Override
            public int frames() {
                return layers.get(0).frames();
            }

            @Override
            public void read(int from, int count, StereoBuffer into) throws IOException {
                if (layer.frames() < count) {
                    layer = new StereoBuffer(count);
                }
                into.clear(count);
                for (Signal stem : layers) {
                    stem.read(from, count, layer);
                    for (int i = 0; i < count; i++) {
                        into.left[i] += layer.left[i];
                        into.right[i] += layer.right[i];
                    }
                }
            }
        };
    }
}
