package io.immersic.audio;

import io.immersic.midi.Note;
import java.util.List;

/**
 * Renders notes to a finished stereo mix: the voice plays the notes, the drum bed runs under them for the track's
 * bars, the lo-fi colour goes over both, and the result is normalized to a peak of −1 dBFS. A normal track rings out
 * and fades; a loop is exactly its bars long, with everything that rings past the loop end mixed back into its start,
 * so the seam cannot be heard.
 */
public final class TrackRenderer {

    static final double PEAK = StrictMath.pow(10, -1 / 20.0); // −1 dBFS
    static final double TAIL_SECONDS = 3.0;
    static final double FADE_SECONDS = 2.0;

    private final AudioParameters parameters;

    public TrackRenderer(AudioParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * @param bars the track's length in whole bars (the loop length in loop mode)
     * @param pianoOverride a pre-rendered piano part (from a SoundFont), or null to use the built-in voice
     * @param seed seeds the humanized drums, the hammer noise and the lo-fi colour
     */
    public RenderedTrack render(List<Note> notes, double bpm, double beatsPerBar, int bars, StereoBuffer pianoOverride,
                                long seed) throws AudioException {
        double secondsPerBeat = 60.0 / bpm;
        double musicBeats = bars * beatsPerBar;
        double lastEnd = notes.stream().mapToDouble(Note::endBeat).max().orElse(0);
        int musicFrames = StereoBuffer.frames(musicBeats * secondsPerBeat);
        int loopFrames = parameters.loop() ? musicFrames : -1;
        int total = StereoBuffer.frames(Math.max(musicBeats, lastEnd) * secondsPerBeat + TAIL_SECONDS);

        StereoBuffer piano = pianoOverride != null ? pianoOverride.truncate(total) : new StereoBuffer(total);
        if (pianoOverride == null) {
            Voice voice = parameters.instrument().voice(seed);
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                int start = StereoBuffer.frames(note.startBeat() * secondsPerBeat);
                int held = Math.max(1, StereoBuffer.frames(note.durationBeats() * secondsPerBeat));
                voice.render(note.pitch(), note.velocity(), start, held, i, piano);
            }
        }
        StereoBuffer drums = drums(bpm, beatsPerBar, bars, musicFrames, total, seed);

        StereoBuffer mix = new StereoBuffer(total);
        mix.mix(piano, 1);
        if (drums != null) {
            mix.mix(drums, parameters.drumLevel());
        }
        if (parameters.stems() && drums != null) {
            drums.scale(parameters.drumLevel());
        }
        mix = finish(mix, loopFrames, seed);
        double gain = normalize(mix, Double.POSITIVE_INFINITY);
        if (!parameters.stems()) {
            return new RenderedTrack(mix, null, null);
        }
        // Stems get the mix's gain, so they line up with it, unless that would clip one on its own.
        StereoBuffer pianoStem = finish(piano, loopFrames, seed);
        normalize(pianoStem, gain);
        StereoBuffer drumStem = drums == null ? new StereoBuffer(mix.frames()) : finish(drums, loopFrames, seed);
        normalize(drumStem, gain);
        return new RenderedTrack(mix, pianoStem, drumStem);
    }

    private StereoBuffer drums(double bpm, double beatsPerBar, int bars, int musicFrames, int total, long seed)
            throws AudioException {
        String drums = parameters.drums().trim();
        if (drums.equalsIgnoreCase("none") || parameters.drumLevel() == 0) {
            return null;
        }
        StereoBuffer out = new StereoBuffer(total);
        if (drums.equalsIgnoreCase("lofi")) {
            DrumBed.render(DrumBed.pattern(bars, beatsPerBar, bpm, seed), new DrumKit(), out);
        } else {
            StereoBuffer loop = DrumLoop.fit(java.nio.file.Path.of(drums), bpm, beatsPerBar, musicFrames);
            out.mix(loop, 1);
        }
        return out;
    }

    /** Colour, then loop wrap or fade-out. */
    private StereoBuffer finish(StereoBuffer buffer, int loopFrames, long seed) {
        StereoBuffer coloured = buffer.truncate(buffer.frames());
        LofiColour.apply(coloured, parameters.lofi(), seed);
        if (loopFrames > 0) {
            return wrap(coloured, loopFrames);
        }
        fadeOut(coloured);
        return coloured;
    }

    /** Mixes everything past the loop end back into the start (repeatedly, for tails longer than the loop). */
    static StereoBuffer wrap(StereoBuffer buffer, int loopFrames) {
        StereoBuffer loop = buffer.truncate(loopFrames);
        for (int i = loopFrames; i < buffer.frames(); i++) {
            int k = i % loopFrames;
            loop.left[k] += buffer.left[i];
            loop.right[k] += buffer.right[i];
        }
        return loop;
    }

    private static void fadeOut(StereoBuffer buffer) {
        int fade = Math.min(buffer.frames() / 4, StereoBuffer.frames(FADE_SECONDS));
        int start = buffer.frames() - fade;
        for (int i = start; i < buffer.frames(); i++) {
            // A raised-cosine fade: no corner at either end.
            double gain = 0.5 * (1 + SineTable.sinCycles(0.25 + 0.5 * (i - start) / (double) fade));
            buffer.left[i] = (float) (buffer.left[i] * gain);
            buffer.right[i] = (float) (buffer.right[i] * gain);
        }
    }

    /**
     * Scales the buffer to a −1 dBFS peak, or by {@code maxGain} when that is quieter.
     * @return the gain applied
     */
    private static double normalize(StereoBuffer buffer, double maxGain) {
        double peak = buffer.peak();
        double gain = Math.min(peak > 0 ? PEAK / peak : 1, maxGain);
        buffer.scale(gain);
        return gain;
    }
}
