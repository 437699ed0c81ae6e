package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CorpusTempoTest {

    @Test
    void theMedianOfTheFilesThatStateATempo() {
        CorpusTempo tempo = CorpusTempo.of(new double[] {0, 70, 0, 90, 80, 0});
        assertEquals(80, tempo.bpm(), "files without a tempo are unknown, not 120");
        assertEquals(3, tempo.filesStating());
        assertEquals("80 BPM, the median of the 3 of 6 file(s) that state a tempo", tempo.describe());
        assertEquals(77.5, CorpusTempo.of(new double[] {70, 85}).bpm());
    }

    @Test
    void aLofiDefaultWhenNoFileStatesOne() {
        CorpusTempo tempo = CorpusTempo.of(new double[] {0, 0});
        assertEquals(Corpus.LOFI_DEFAULT_BPM, tempo.bpm());
        assertEquals("80 BPM, a lo-fi default: none of the 2 file(s) states a tempo", tempo.describe());
    }
}
