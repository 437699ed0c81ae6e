package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.band.Part;
import io.immersic.midi.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackRendererTest {

    private static AudioParameters params(Instrument instrument, DrumSource drums, LofiPreset lofi, boolean loop,
                                          boolean stems) {
        return new AudioParameters(instrument, drums, 0.6, lofi, true, false, stems, loop, null);
    }

    /** Four bars of a voiced ii–V–I–vi with a melody: something like what the model writes. */
    static List<Note> progression() {
        List<Note> notes = new ArrayList<>();
        int[][] chords = {{50, 53, 57, 60, 64}, {43, 53, 57, 59, 64}, {48, 52, 55, 59, 62}, {45, 55, 60, 64, 67}};
        for (int bar = 0; bar < 4; bar++) {
            for (int pitch : chords[bar]) {
                notes.add(new Note(pitch, 70, bar * 4, 3.5, 0));
            }
            notes.add(new Note(72 + bar, 95, bar * 4 + 1.5, 0.5, 0));
            notes.add(new Note(76, 88, bar * 4 + 2 + 2.0 / 3, 1.0 / 3, 0));
        }
        return notes;
    }

    @Test
    void theDrumBedsHitsLandOnTheBeatsOfTheTempo() throws Exception {
        double bpm = 90;
        AudioParameters drumsOnly = new AudioParameters(Instrument.RHODES, DrumSource.LOFI, 1.0, LofiPreset.OFF, true,
                false, true, false, null);
        RenderedTrack track = Band.renderer(drumsOnly).render(DrumBed.withBed(List.of(),
                4, 4, bpm, 3), bpm, 4, 4, List.of(0), 3);
        // Onsets by the first difference: a hit's attack jumps, while the kick's low tail barely moves sample to sample.
        StereoBuffer stem = Signals.whole(track.stems().get("drums"));
        float[] drums = new float[stem.frames()];
        for (int i = 0; i < drums.length; i++) {
            drums[i] = stem.left[i] + stem.right[i]; // both sides: the hats are panned right
        }
        double[] jump = new double[drums.length];
        double maxJump = 0;
        for (int i = 1; i < drums.length; i++) {
            jump[i] = Math.abs(drums[i] - drums[i - 1]);
            maxJump = Math.max(maxJump, jump[i]);
        }
        for (int beat = 0; beat < 16; beat++) {
            double expected = beat * 60.0 / bpm;
            int onset = Math.max(1, StereoBuffer.frames(expected - 0.02));
            while (jump[onset] < 0.1 * maxJump) {
                onset++;
            }
            double seconds = (double) onset / StereoBuffer.SAMPLE_RATE;
            assertEquals(expected, seconds, 0.005, "beat " + beat);
        }
    }

    @Test
    void aDenseClusterIsMasteredToMinus14LufsWithTheTruePeakUnderMinus1Dbtp() throws Exception {
        List<Note> cluster = new ArrayList<>();
        for (int pitch = 36; pitch < 96; pitch += 2) {
            cluster.add(new Note(pitch, 127, 0, 4, 0));
        }
        for (Instrument instrument : Instrument.values()) {
            RenderedTrack track = Band.renderer(params(instrument, DrumSource.LOFI, LofiPreset.DUSTY, false, false))
                    .render(DrumBed.withBed(cluster, 2, 4, 80, 1), 80, 4, 2, List.of(0), 1);
            assertEquals(-14, track.loudness().integratedLufs(), 1, instrument + " loudness");
            assertTrue(track.loudness().truePeakDbtp() <= -1, instrument + " true peak " + track.loudness());
            assertEquals(track.loudness().integratedLufs(), Signals.lufs(Signals.whole(track.mix())), 1e-9);
        }
    }

    @Test
    void aTrackRingsOutAndFadesToSilence() throws Exception {
        RenderedTrack track = Band.renderer(params(Instrument.RHODES, DrumSource.LOFI, LofiPreset.OFF, false, false))
                .render(DrumBed.withBed(progression(), 4, 4, 80, 1), 80, 4, 4, List.of(0), 1);
        double musicSeconds = 16 * 60.0 / 80;
        double seconds = (double) track.mix().frames() / StereoBuffer.SAMPLE_RATE;
        assertEquals(musicSeconds + TrackRenderer.TAIL_SECONDS, seconds, 0.01);
        float last = Signals.whole(track.mix()).left[track.mix().frames() - 1];
        assertEquals(0, last, 1e-6, "the fade ends in silence");
    }

    @Test
    void aLoopIsExactlyItsBarsAndItsSeamIsNoLargerThanATypicalStep() throws Exception {
        for (LofiPreset lofi : LofiPreset.values()) {
            RenderedTrack track = Band.renderer(params(Instrument.PIANO, DrumSource.LOFI, lofi, true, false))
                    .render(DrumBed.withBed(progression(), 4, 4, 80, 5), 80, 4, 4, List.of(0), 5);
            assertEquals(StereoBuffer.frames(16 * 60.0 / 80), track.mix().frames());
            short[] pcm = WavWriter.toPcm(Signals.whole(track.mix()));
            int frames = pcm.length / 2;
            for (int channel = 0; channel < 2; channel++) {
                short[] samples = new short[frames];
                for (int i = 0; i < frames; i++) {
                    samples[i] = pcm[2 * i + channel];
                }
                int seam = Math.abs(samples[0] - samples[frames - 1]);
                assertTrue(seam <= Signals.step99(samples),
                        lofi + " channel " + channel + ": seam step " + seam + " > p99 " + Signals.step99(samples));
            }
        }
    }

    @Test
    void aLoopWavHasOneForwardLoopEndingOnItsLastSample() throws Exception {
        RenderedTrack track = Band.renderer(params(Instrument.RHODES, DrumSource.LOFI, LofiPreset.OFF, true, false))
                .render(DrumBed.withBed(progression(), 4, 4, 80, 5), 80, 4, 4, List.of(0), 5);
        byte[] wav = Signals.wav(track.mix(), true);

        int fmt = Signals.chunk(wav, "fmt ");
        assertEquals(1, Signals.int16(wav, fmt));
        assertEquals(2, Signals.int16(wav, fmt + 2));
        assertEquals(44_100, Signals.int32(wav, fmt + 4));
        assertEquals(16, Signals.int16(wav, fmt + 14));
        int data = Signals.chunk(wav, "data");
        int frames = Signals.int32(wav, data - 4) / 4;
        int smpl = Signals.chunk(wav, "smpl");
        assertTrue(smpl > 0, "smpl chunk");
        assertEquals(1, Signals.int32(wav, smpl + 28), "one loop");
        assertEquals(0, Signals.int32(wav, smpl + 36 + 4), "forward");
        assertEquals(0, Signals.int32(wav, smpl + 36 + 8), "starts at the first frame");
        assertEquals(frames - 1, Signals.int32(wav, smpl + 36 + 12), "ends at the last frame");
        assertEquals(-1, Signals.chunk(Signals.wav(track.mix(), false), "smpl"));
    }

    @Test
    void twoRendersAreByteIdentical() throws Exception {
        for (Instrument instrument : Instrument.values()) {
            AudioParameters p = params(instrument, DrumSource.LOFI, LofiPreset.DUSTY, false, true);
            RenderedTrack first = Band.renderer(p).render(DrumBed.withBed(progression(),
                    4, 4, 84, 9), 84, 4, 4, List.of(0), 9);
            RenderedTrack second = Band.renderer(p).render(DrumBed.withBed(progression(),
                    4, 4, 84, 9), 84, 4, 4, List.of(0), 9);
            assertArrayEquals(Signals.wav(first.mix(), false), Signals.wav(second.mix(), false));
            assertArrayEquals(Signals.flac(first.mix()), Signals.flac(second.mix()));
            assertEquals(List.of("keys", "drums", "texture"), List.copyOf(first.stems().keySet()));
        }
    }

    /**
     * The blocks' size never changes a sample: the mix and every stem are the same bytes rendered whole or a block at a
     * time, whatever the size (1000 frames is no multiple of the wow's step, the true peak's blocks or the loudness's
     * 100 ms steps). The loops include one whose notes ring on for several times its length, wrapped into its start.
     */
    @Test
    void theBlocksSizeNeverChangesASample() throws Exception {
        Map<Part, List<Note>> ringing = Map.of(Part.KEYS, List.of(new Note(48, 90, 0, 6, 0), new Note(60, 100, 1, 9, 0)),
                Part.BASS, List.of(new Note(36, 100, 0, 7, 1)));
        record Case(AudioParameters parameters, Map<Part, List<Note>> parts, int bars) {}
        for (Case c : List.of(
                new Case(params(Instrument.RHODES, DrumSource.LOFI, LofiPreset.DUSTY, false, true), Band.parts(4), 4),
                new Case(params(Instrument.PIANO, DrumSource.LOFI, LofiPreset.LIGHT, true, true), Band.parts(4), 4),
                new Case(params(Instrument.PIANO, DrumSource.NONE, LofiPreset.DUSTY, true, true), ringing, 1))) {
            Map<String, byte[]> whole = wavs(c.parameters(), c.parts(), c.bars(), 1 << 22);
            for (int blockFrames : new int[] {1000, 4096, TrackRenderer.BLOCK_FRAMES}) {
                Map<String, byte[]> blocks = wavs(c.parameters(), c.parts(), c.bars(), blockFrames);
                assertEquals(whole.keySet(), blocks.keySet());
                for (String name : whole.keySet()) {
                    assertArrayEquals(whole.get(name), blocks.get(name), name + ", " + blockFrames + " frames a block, "
                            + c.parameters());
                }
            }
        }
    }

    /** The WAVs of the mix and of each stem, and the loudness, rendered {@code blockFrames} at a time. */
    private static Map<String, byte[]> wavs(AudioParameters p, Map<Part, List<Note>> parts, int bars, int blockFrames)
            throws Exception {
        Map<String, byte[]> wavs = new LinkedHashMap<>();
        try (RenderedTrack track = Band.renderer(p, blockFrames).render(parts, 90, 4, bars, List.of(0), 5)) {
            wavs.put("mix", Signals.wav(track.mix(), false));
            for (Map.Entry<String, Signal> stem : track.stems().entrySet()) {
                wavs.put(stem.getKey(), Signals.wav(stem.getValue(), false));
            }
            wavs.put("loudness", track.loudness().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return wavs;
    }

    /** The tapes (and a SoundFont's files) are gone once the track is closed, or while it is read, on most systems. */
    @Test
    void aRenderLeavesNothingInItsScratchFolder(@TempDir Path scratch) throws Exception {
        AudioParameters p = params(Instrument.RHODES, DrumSource.LOFI, LofiPreset.LIGHT, false, true);
        try (RenderedTrack track = new TrackRenderer(p, Part.KEYS.program(), scratch).render(Band.parts(2), 80, 4, 2,
                List.of(0), 1)) {
            assertEquals(5, track.stems().size());
        }
        try (var files = Files.list(scratch)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void flacHasItsStreamHeader() throws Exception {
        RenderedTrack track = Band.renderer(params(Instrument.RHODES, DrumSource.NONE, LofiPreset.OFF, false, false))
                .render(DrumBed.withBed(progression(), 4, 4, 80, 1), 80, 4, 4, List.of(0), 1);
        byte[] flac = Signals.flac(track.mix());
        assertEquals("fLaC", new String(flac, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(flac.length < Signals.wav(track.mix(), false).length, "compressed");
    }
}
