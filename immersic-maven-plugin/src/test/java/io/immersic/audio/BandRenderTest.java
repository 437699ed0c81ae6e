package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.band.Part;
import io.immersic.midi.Note;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandRenderTest {

    @Test
    void theStemsSumToTheMixInLoopAndNormalMode() throws Exception {
        for (boolean loop : new boolean[] {false, true}) {
            RenderedTrack track = Band.render(Band.parameters(LofiPreset.LIGHT, true, loop), 8, 3);
            assertEquals(List.of("keys", "bass", "melody", "drums", "texture"), List.copyOf(track.stems().keySet()));
            StereoBuffer mix = Signals.whole(track.mix());
            StereoBuffer residual = mix;
            for (Signal stem : track.stems().values()) {
                assertEquals(track.mix().frames(), stem.frames(), "every stem as long as the mix");
                residual = Signals.difference(residual, Signals.whole(stem));
            }
            double db = 20 * Math.log10(BandProbe.rms(residual) / BandProbe.rms(mix));
            assertTrue(db < -50, "loop " + loop + ": residual " + db + " dB");
            if (loop) {
                assertEquals(StereoBuffer.frames(8 * 4 * 60.0 / 80), track.mix().frames());
            }
        }
    }

    @Test
    void theMixDoesNotDependOnWhetherStemsAreKept() throws Exception {
        RenderedTrack with = Band.render(Band.parameters(LofiPreset.DUSTY, true, false), 4, 7);
        RenderedTrack without = Band.render(Band.parameters(LofiPreset.DUSTY, false, false), 4, 7);
        assertTrue(without.stems().isEmpty());
        assertArrayEquals(Signals.wav(with.mix(), false), Signals.wav(without.mix(), false));
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws Exception {
        AudioParameters p = Band.parameters(LofiPreset.LIGHT, true, true);
        RenderedTrack first = Band.render(p, 4, 11);
        RenderedTrack second = Band.render(p, 4, 11);
        assertArrayEquals(Signals.wav(first.mix(), true), Signals.wav(second.mix(), true));
        for (String stem : first.stems().keySet()) {
            assertArrayEquals(Signals.wav(first.stems().get(stem), false), Signals.wav(second.stems().get(stem), false),
                    stem);
        }
    }

    @Test
    void theBandIsMasteredAndTheTrackEndsInHissNotDigitalSilence() throws Exception {
        RenderedTrack track = Band.render(Band.parameters(LofiPreset.LIGHT, false, false), 8, 5);
        assertEquals(-14, track.loudness().integratedLufs(), 1);
        assertTrue(track.loudness().truePeakDbtp() <= -1, track.loudness().toString());
        float[] left = Signals.whole(track.mix()).left;
        int lastSecond = left.length - StereoBuffer.frames(1.0);
        int zeros = 0;
        for (int i = lastSecond; i < left.length - StereoBuffer.frames(0.1); i++) {
            zeros += left[i] == 0 ? 1 : 0;
        }
        assertTrue(zeros < 100, zeros + " zero samples in the fade");
    }

    @Test
    void theKitIsStereoAndHasTopEnd() throws Exception {
        Map<Part, List<Note>> drums = Map.of(Part.DRUMS, Band.parts(8).get(Part.DRUMS));
        RenderedTrack track = Band.renderer(Band.parameters(LofiPreset.OFF, true, false))
                .render(drums, 80, 4, 8, List.of(0), 1);
        StereoBuffer stem = Signals.whole(track.stems().get("drums"));
        double lr = 0;
        double ll = 0;
        double rr = 0;
        for (int i = 0; i < stem.frames(); i++) {
            lr += stem.left[i] * stem.right[i];
            ll += stem.left[i] * stem.left[i];
            rr += stem.right[i] * stem.right[i];
        }
        double correlation = lr / Math.sqrt(ll * rr);
        assertTrue(correlation < 0.98, "L/R correlation " + correlation);
        double above2k = Spectra.share(stem.left, 2_000, 22_050) + Spectra.share(stem.right, 2_000, 22_050);
        assertTrue(above2k / 2 > 0.1, "share of energy above 2 kHz: " + above2k / 2);
        for (DrumKit.Sound bright : new DrumKit.Sound[] {DrumKit.Sound.CLOSED_HAT, DrumKit.Sound.SNARE,
                DrumKit.Sound.RIDE}) {
            double share = Spectra.share(new DrumKit().sample(bright).right(), 2_000, 22_050);
            assertTrue(share > 0.3, bright + " above 2 kHz: " + share);
        }
    }

    @Test
    void generalMidiKeysPickTheirPieces() {
        assertEquals(DrumKit.Sound.KICK, DrumKit.forKey(36));
        assertEquals(DrumKit.Sound.KICK, DrumKit.forKey(35));
        assertEquals(DrumKit.Sound.SNARE, DrumKit.forKey(40));
        assertEquals(DrumKit.Sound.SIDE_STICK, DrumKit.forKey(37));
        assertEquals(DrumKit.Sound.CLOSED_HAT, DrumKit.forKey(44));
        assertEquals(DrumKit.Sound.OPEN_HAT, DrumKit.forKey(46));
        assertEquals(DrumKit.Sound.CRASH, DrumKit.forKey(57));
        assertEquals(DrumKit.Sound.RIDE, DrumKit.forKey(59));
        assertEquals(DrumKit.Sound.CLOSED_HAT, DrumKit.forKey(70), "maracas: a shaker, like a hat");
        assertTrue(DrumKit.gain(44, 100) < DrumKit.gain(42, 100), "the pedal hat is softer");
    }

    @Test
    void theBassIsMostlyUnder400HzAndInTheCentre() {
        int[] pitches = {28, 33, 38, 43, 48};
        Note[] notes = new Note[pitches.length];
        for (int n = 0; n < pitches.length; n++) {
            notes[n] = new Note(pitches[n], 110, 0.7 * n, 0.6, 1);
        }
        StereoBuffer out = Signals.play(new BassVoice(), 4, notes);
        assertTrue(Spectra.share(out.left, 0, 400) > 0.95, "under 400 Hz: " + Spectra.share(out.left, 0, 400));
        assertArrayEquals(out.left, out.right, "mono in the centre");
    }

    @Test
    void theMelodySitsOffCentre() {
        StereoBuffer out = Signals.play(new VibesVoice(), 2, new Note(76, 90, 0, 1, 2));
        double ratio = BandProbe.rms(out) > 0 ? Signals.rms(out.right) / Signals.rms(out.left) : 0;
        assertEquals((1 + VibesVoice.PAN) / (1 - VibesVoice.PAN), ratio, 0.01);
    }
}
