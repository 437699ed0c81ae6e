package io.immersic.engine;

import java.util.List;

/**
 * {@code track-N.json}, written beside every track's audio: what a game engine needs to play it in time — tempo,
 * metre, bar and section positions in samples, the loop, and with an adaptive set its layers, intensity levels,
 * transition and stingers. Every position is a sample frame of the 44.1 kHz files, exact at the track's tempo.
 *
 * @param file the track's mixed audio file
 * @param frames the mix's length in sample frames
 * @param bars the track's length in bars
 * @param barSamples the first sample of every bar, in order ({@code bars} entries)
 * @param chords the chord symbol of every bar ("" where none is known), which every layer plays
 * @param loop the loop's first sample and the sample after its last (its end, exclusive); null for a track that
 *             is not a loop
 * @param sections each section of the form: its letter, its first bar (0 = the first) and that bar's first sample
 * @param layers each layer (a part, or {@code texture}) and its file; they sum to the mix
 * @param intensities each level, from 1 (calmest), the layers it mixes, and its pre-mixed file
 * @param transitions the bar that leads from one section into the next
 * @param stingers the ending and the stinger, one-shots
 * @param loudness the mix's integrated loudness (LUFS) and true peak (dBTP)
 */
public record Sidecar(String track, double bpm, double beatsPerBar, String key, int sampleRate, String file,
                      long frames, int bars, List<Long> barSamples, List<String> chords, Loop loop, List<Section> sections,
                      List<Layer> layers, List<Level> intensities, List<Piece> transitions, List<Piece> stingers,
                      Loudness loudness) {

    public record Loop(long startSample, long endSample) {}

    public record Section(String name, int bar, long sample) {}

    public record Layer(String part, String file) {}

    public record Level(int level, List<String> layers, String file) {}

    public record Piece(String name, String file, int bars) {}

    public record Loudness(double integratedLufs, double truePeakDbtp) {}
}
