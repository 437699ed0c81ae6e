package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntensityTest {

    private static final List<String> BAND = List.of("keys", "bass", "melody", "drums", "texture");

    @Test
    void eachLevelBringsInOneMorePartInTheOrderAnArrangementBuildsWithTheTextureThroughout() {
        assertEquals(List.of(new Intensity.Level(1, List.of("keys", "texture")),
                new Intensity.Level(2, List.of("keys", "bass", "texture")),
                new Intensity.Level(3, List.of("keys", "bass", "drums", "texture")),
                new Intensity.Level(4, List.of("keys", "bass", "drums", "melody", "texture"))),
                Intensity.levels(BAND, 4));
    }

    @Test
    void fewerLevelsBringInPartsTogetherAndNeverMoreLevelsThanParts() {
        // 2 levels over 4 parts: ceil(1 x 4 / 2) = 2 parts, then all 4.
        assertEquals(List.of(new Intensity.Level(1, List.of("keys", "bass", "texture")),
                new Intensity.Level(2, List.of("keys", "bass", "drums", "melody", "texture"))),
                Intensity.levels(BAND, 2));
        // keys and drums only (no texture: lo-fi off): 4 asked, 2 made.
        assertEquals(List.of(new Intensity.Level(1, List.of("keys")), new Intensity.Level(2, List.of("keys", "drums"))),
                Intensity.levels(List.of("keys", "drums"), 4));
    }

    @Test
    void aLevelIsTheSumOfItsLayers() throws Exception {
        StereoBuffer keys = new StereoBuffer(3);
        StereoBuffer bass = new StereoBuffer(3);
        StereoBuffer drums = new StereoBuffer(3);
        keys.left[0] = 0.25f;
        bass.left[0] = 0.5f;
        drums.left[0] = 0.125f;
        bass.right[2] = -0.5f;

        StereoBuffer level = Signals.whole(Intensity.mix(new Intensity.Level(2, List.of("keys", "bass")),
                Map.of("keys", keys, "bass", bass, "drums", drums)));

        assertEquals(0.75f, level.left[0]);
        assertEquals(-0.5f, level.right[2]);
        assertEquals(3, level.frames());
    }
}
