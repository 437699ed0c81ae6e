package io.immersic.audio;

import io.immersic.band.Part;
import io.immersic.common.EnvironmentException;
import io.immersic.midi.Note;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a band to a finished stereo mix and its stems. Each part is played by its voice (or the SoundFont), set to
 * its level and coloured on its own; the vinyl hiss and crackle are a texture stem of their own; the mix is the sum of
 * the finished stems, mastered to −14 LUFS with the true peak at most −1 dBTP, every gain applied to the stems too.
 * A normal track rings out and fades; a loop is exactly its bars long, with everything that rings past the loop end
 * mixed back into its start, so the seam cannot be heard.
 */
public final class TrackRenderer {

    /** The stem of the lo-fi noise floor (vinyl crackle and hiss), beside one stem per part. */
    public static final String TEXTURE = "texture";

    static final double TAIL_SECONDS = 3.0;
    /** What is left of the texture at the very end of a track that fades out. */
    static final double TEXTURE_FLOOR = 0.3;
    static final double FADE_SECONDS = 2.0;

    /**
     * The parts' levels before colour, chosen by ear and by each stem's RMS (the benchmark's render figures, see
     * src/site/markdown/benchmark.md): the bass clearly under the keys but present, the melody over the keys' middle
     * without covering them; the kit's is multiplied by {@code drumLevel}. A SoundFont's parts play at its own levels.
     */
    static final Map<Part, Double> LEVEL = new EnumMap<>(Map.of(Part.KEYS, 1.0, Part.BASS, 0.55, Part.MELODY, 1.35,
            Part.DRUMS, 1.45));
    /** Each part's low-pass under the lo-fi colour, as a share of the preset's cutoff: the keys duller (lo-fi keys). */
    static final Map<Part, Double> LOW_PASS_SHARE = new EnumMap<>(Map.of(Part.KEYS, 0.55, Part.BASS, 0.25,
            Part.MELODY, 0.8, Part.DRUMS, 1.0));

    private final AudioParameters parameters;
    private final int keysProgram;
    private SoundFontRenderer soundFont; // loaded on first use, then shared by every part and track

    /** A renderer whose keys play the keys' default General MIDI program when a SoundFont plays them. */
    public TrackRenderer(AudioParameters parameters) {
        this(parameters, Part.KEYS.program());
    }

    /** @param keysProgram the General MIDI program a SoundFont plays the keys with (the build's {@code program}) */
    public TrackRenderer(AudioParameters parameters, int keysProgram) {
        this.parameters = parameters;
        this.keysProgram = keysProgram;
    }

    /**
     * @param parts the notes of each part that plays (drums on channel 9, General MIDI keys)
     * @param bars the track's length in whole bars (the loop length in loop mode)
     * @param sectionStartBars the bars where sections start: a WAV drum loop restarts on each, so it keeps to the form
     * @param seed seeds the voices' noise and the lo-fi texture
     */
    public RenderedTrack render(Map<Part, List<Note>> parts, double bpm, double beatsPerBar, int bars,
                                List<Integer> sectionStartBars, long seed) throws AudioException, EnvironmentException {
        double secondsPerBeat = 60.0 / bpm;
        double musicBeats = bars * beatsPerBar;
        double lastEnd = 0;
        for (Part part : Part.values()) {
            for (Note note : parts.getOrDefault(part, List.of())) {
                lastEnd = Math.max(lastEnd, note.endBeat());
            }
        }
        int musicFrames = StereoBuffer.frames(musicBeats * secondsPerBeat);
        int loopFrames = parameters.loop() ? musicFrames : -1;
        int total = StereoBuffer.frames(Math.max(musicBeats, lastEnd) * secondsPerBeat + TAIL_SECONDS);

        StereoBuffer mix = new StereoBuffer(parameters.loop() ? loopFrames : total);
        // Stems are always made and summed the same way, so the mix does not depend on whether they are kept.
        Map<String, StereoBuffer> stems = new LinkedHashMap<>();
        for (Part part : Part.values()) { // enum order, never the caller's map order: the sum is the same every time
            List<Note> notes = parts.get(part);
            if (notes == null) {
                continue;
            }
            StereoBuffer dry = play(part, notes, bpm, beatsPerBar, musicFrames, total, sectionStartBars, seed);
            if (dry == null) {
                continue;
            }
            LofiColour.colour(dry, parameters.lofi(), parameters.lofi().lowPassHz * LOW_PASS_SHARE.get(part));
            keep(finish(dry, loopFrames), part.id(), mix, stems);
        }
        // The texture is made at the finished length: wrapping noise would double it over the loop's start.
        StereoBuffer texture = LofiColour.texture(mix.frames(), parameters.lofi(), seed);
        if (texture != null) {
            if (!parameters.loop()) {
                // The needle stays on the record: the hiss fades to a floor, never to digital silence.
                fadeOut(texture, TEXTURE_FLOOR);
            }
            keep(texture, TEXTURE, mix, stems);
        }
        Loudness loudness = Mastering.apply(mix, stems.values());
        return new RenderedTrack(mix, parameters.stems() ? stems : Map.of(), loudness);
    }

    private void keep(StereoBuffer stem, String name, StereoBuffer mix, Map<String, StereoBuffer> stems) {
        mix.mix(stem, 1);
        if (parameters.stems()) {
            stems.put(name, stem);
        }
    }

    /** One part, dry and at its level; null when it does not play. */
    private StereoBuffer play(Part part, List<Note> notes, double bpm, double beatsPerBar, int musicFrames, int total,
                              List<Integer> sectionStartBars, long seed)
            throws AudioException, EnvironmentException {
        if (part == Part.DRUMS) {
            return drums(notes, bpm, beatsPerBar, musicFrames, total, sectionStartBars);
        }
        if (notes.isEmpty()) {
            return null;
        }
        if (parameters.soundFont() != null) {
            soundFont = soundFont != null ? soundFont : new SoundFontRenderer(parameters.soundFont());
            return soundFont.render(notes, bpm, beatsPerBar, part == Part.KEYS ? keysProgram : part.program())
                    .truncate(total);
        }
        Voice voice = switch (part) {
            case BASS -> new BassVoice();
            case MELODY -> new VibesVoice();
            default -> parameters.instrument().voice(seed);
        };
        StereoBuffer out = new StereoBuffer(total);
        double secondsPerBeat = 60.0 / bpm;
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            int start = StereoBuffer.frames(note.startBeat() * secondsPerBeat);
            int held = Math.max(1, StereoBuffer.frames(note.durationBeats() * secondsPerBeat));
            voice.render(note.pitch(), note.velocity(), start, held, i, out);
        }
        out.scale(LEVEL.get(part));
        return out;
    }

    /** The kit playing the drum notes, or the user's WAV loop instead; null for {@code none} or level 0. */
    private StereoBuffer drums(List<Note> notes, double bpm, double beatsPerBar, int musicFrames, int total,
                               List<Integer> sectionStartBars) throws AudioException {
        String drums = parameters.drums().trim();
        if (drums.equalsIgnoreCase("none") || parameters.drumLevel() == 0) {
            return null;
        }
        StereoBuffer out = new StereoBuffer(total);
        if (drums.equalsIgnoreCase("lofi")) {
            if (notes.isEmpty()) {
                return null;
            }
            DrumKit kit = new DrumKit();
            double secondsPerBeat = 60.0 / bpm;
            for (Note note : notes) {
                int frame = Math.max(0, StereoBuffer.frames(note.startBeat() * secondsPerBeat));
                if (frame < total) {
                    kit.play(DrumKit.forKey(note.pitch()), frame, DrumKit.gain(note.pitch(), note.velocity()), out);
                }
            }
            out.scale(LEVEL.get(Part.DRUMS) * parameters.drumLevel());
            return out;
        }
        StereoBuffer loop = DrumLoop.fit(Path.of(drums), bpm, beatsPerBar, musicFrames);
        double barSeconds = beatsPerBar * 60.0 / bpm;
        List<Integer> starts = sectionStartBars.isEmpty() ? List.of(0) : sectionStartBars;
        for (int s = 0; s < starts.size(); s++) {
            int from = Math.min(musicFrames, StereoBuffer.frames(starts.get(s) * barSeconds));
            int to = s + 1 < starts.size() ? Math.min(musicFrames, StereoBuffer.frames(starts.get(s + 1) * barSeconds))
                    : musicFrames;
            for (int i = from; i < to; i++) {
                out.left[i] = (float) (loop.left[i - from] * parameters.drumLevel());
                out.right[i] = (float) (loop.right[i - from] * parameters.drumLevel());
            }
        }
        return out;
    }

    /** Loop wrap or fade-out. */
    private static StereoBuffer finish(StereoBuffer buffer, int loopFrames) {
        if (loopFrames > 0) {
            return wrap(buffer, loopFrames);
        }
        fadeOut(buffer);
        return buffer;
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
        fadeOut(buffer, 0);
    }

    /** A raised-cosine fade over the last {@value #FADE_SECONDS} s down to {@code floor} (0 = silence). */
    private static void fadeOut(StereoBuffer buffer, double floor) {
        int fade = Math.min(buffer.frames() / 4, StereoBuffer.frames(FADE_SECONDS));
        int start = buffer.frames() - fade;
        for (int i = start; i < buffer.frames(); i++) {
            // A raised-cosine fade: no corner at either end.
            double cosine = 0.5 * (1 + SineTable.sinCycles(0.25 + 0.5 * (i - start) / (double) fade));
            double gain = floor + (1 - floor) * cosine;
            buffer.left[i] = (float) (buffer.left[i] * gain);
            buffer.right[i] = (float) (buffer.right[i] * gain);
        }
    }
}
