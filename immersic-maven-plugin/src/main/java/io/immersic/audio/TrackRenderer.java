package io.immersic.audio;

import io.immersic.band.Part;
import io.immersic.cache.AtomicFiles;
import io.immersic.common.EnvironmentException;
import io.immersic.common.IoReasons;
import io.immersic.midi.Note;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a band to a finished stereo mix and its stems. Each part is played by its voice (or the SoundFont), set to
 * its level and coloured on its own; the vinyl hiss and crackle are a texture stem of their own; the mix is the sum of
 * the finished stems, mastered to −14 LUFS with the true peak at most −1 dBTP, every gain applied to the stems too.
 * A normal track rings out and fades; a loop is exactly its bars long, with everything that rings past the loop end
 * mixed back into its start, so the seam cannot be heard.
 *
 * <p>Memory does not grow with the track: the band is rendered, coloured and mixed a block at a time onto tapes
 * (scratch files, {@link Recording}), mastered pass by pass over the mix's tape ({@link Mastering}), and read back a
 * block at a time as it is written; every effect carries its state from block to block, so the samples do not depend
 * on the blocks' size. The tapes take disk instead: 8 bytes a frame for the mix, and as much for each stem kept.
 */
public final class TrackRenderer {

    /** The stem of the lo-fi noise floor (vinyl crackle and hiss), beside one stem per part. */
    public static final String TEXTURE = "texture";

    /** How long a track rings out after its last note ends. */
    public static final double TAIL_SECONDS = 3.0;
    /** What is left of the texture at the very end of a track that fades out. */
    static final double TEXTURE_FLOOR = 0.3;
    /** Frames rendered at a time: 512 kB a stem, and few enough passes over the tapes' files. */
    static final int BLOCK_FRAMES = 1 << 16;

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
    private final Path scratch;
    private final int blockFrames;
    private SoundFontRenderer soundFont; // loaded on first use, then shared by every part and track

    /**
     * @param keysProgram the General MIDI program a SoundFont plays the keys with (the build's {@code program})
     * @param scratch the folder for the render's tapes (the tracks' folder: a killed build's are removed there)
     */
    public TrackRenderer(AudioParameters parameters, int keysProgram, Path scratch) {
        this(parameters, keysProgram, scratch, BLOCK_FRAMES);
    }

    TrackRenderer(AudioParameters parameters, int keysProgram, Path scratch, int blockFrames) {
        this.parameters = parameters;
        this.keysProgram = keysProgram;
        this.scratch = scratch;
        this.blockFrames = blockFrames;
    }

    /**
     * @param parts the notes of each part that plays (drums on channel 9, General MIDI keys)
     * @param bars the track's length in whole bars (the loop length in loop mode)
     * @param sectionStartBars the bars where sections start: a WAV drum loop restarts on each, so it keeps to the form
     * @param seed seeds the voices' noise and the lo-fi texture
     * @return the track on its tapes, which the caller closes
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
        int total = StereoBuffer.frames(Math.max(musicBeats, lastEnd) * secondsPerBeat + TAIL_SECONDS);
        int mixFrames = parameters.loop() ? musicFrames : total;
        List<Recording.Layer> layers = new ArrayList<>();
        try {
            for (Part part : Part.values()) { // enum order, never the caller's map order: the sum is the same every time
                List<Note> notes = parts.get(part);
                PartSource dry = notes == null ? null
                        : play(part, notes, bpm, beatsPerBar, musicFrames, total, sectionStartBars, seed);
                if (dry != null) {
                    PartSource coloured = new LofiColour(dry, parameters.lofi(),
                            parameters.lofi().lowPassHz * LOW_PASS_SHARE.get(part));
                    // A loop's part is as long as it rings; Recording mixes what rings past the loop into its start.
                    layers.add(new Recording.Layer(part.id(), parameters.loop() ? coloured
                            : new Fade(coloured, total, 0), total));
                }
            }
            if (parameters.lofi() != LofiPreset.OFF) {
                // The texture is made at the finished length: wrapping noise would double it over the loop's start.
                PartSource noise = new VinylNoise(parameters.lofi(), mixFrames, seed);
                // The needle stays on the record: the hiss fades to a floor, never to digital silence.
                layers.add(new Recording.Layer(TEXTURE, parameters.loop() ? noise
                        : new Fade(noise, mixFrames, TEXTURE_FLOOR), mixFrames));
            }
            // Stems are always made and summed the same way, so the mix does not depend on whether they are kept.
            return master(Recording.record(layers, mixFrames, parameters.stems(), scratch, blockFrames));
        } catch (IOException e) {
            throw new EnvironmentException("Cannot render to the scratch files in " + scratch + ": "
                    + IoReasons.describe(e), e);
        } finally {
            for (Recording.Layer layer : layers) {
                closeQuietly(layer.sound()); // a SoundFont's PCM file, deleted
            }
        }
    }

    /** Masters the recorded tapes; closes them if it fails. */
    private RenderedTrack master(Recording.Tapes recorded) throws IOException {
        Tape envelope = null;
        try {
            if (!recorded.stems().isEmpty()) {
                envelope = new Tape(AtomicFiles.scratchFile(scratch, "render-envelope.f32"), recorded.mix().frames());
            }
            Mastering.Result mastered = Mastering.apply(recorded.mix(), envelope, blockFrames);
            return new RenderedTrack(recorded, envelope, mastered);
        } catch (IOException | RuntimeException e) {
            closeQuietly(recorded.mix());
            recorded.stems().values().forEach(TrackRenderer::closeQuietly);
            closeQuietly(envelope);
            throw e;
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException e) {
            // a scratch file left behind: the next build removes it (AtomicFiles.removeLeftovers)
        }
    }

    /** One part, dry and at its level; null when it does not play. */
    private PartSource play(Part part, List<Note> notes, double bpm, double beatsPerBar, int musicFrames, int total,
                            List<Integer> sectionStartBars, long seed) throws AudioException, EnvironmentException {
        if (part == Part.DRUMS) {
            return drums(notes, bpm, beatsPerBar, musicFrames, total, sectionStartBars);
        }
        if (notes.isEmpty()) {
            return null;
        }
        if (parameters.soundFont() != null) {
            soundFont = soundFont != null ? soundFont : new SoundFontRenderer(parameters.soundFont());
            return soundFont.render(notes, bpm, beatsPerBar, part == Part.KEYS ? keysProgram : part.program(),
                    scratch);
        }
        Voice voice = switch (part) {
            case BASS -> new BassVoice();
            case MELODY -> new VibesVoice();
            default -> parameters.instrument().voice(seed);
        };
        return NotePlayer.of(voice, notes, 60.0 / bpm, total, LEVEL.get(part));
    }

    /** The kit playing the drum notes, or the user's WAV loop instead; null for {@code none} or level 0. */
    private PartSource drums(List<Note> notes, double bpm, double beatsPerBar, int musicFrames, int total,
                             List<Integer> sectionStartBars) throws AudioException {
        DrumSource source = parameters.drumSource();
        if (source.kind() == DrumSource.Kind.NONE || parameters.drumLevel() == 0) {
            return null;
        }
        if (source.kind() == DrumSource.Kind.LOFI) {
            return notes.isEmpty() ? null : NotePlayer.of(new DrumKit(), notes, 60.0 / bpm, total,
                    LEVEL.get(Part.DRUMS) * parameters.drumLevel());
        }
        double barSeconds = beatsPerBar * 60.0 / bpm;
        List<Integer> starts = sectionStartBars.isEmpty() ? List.of(0) : sectionStartBars;
        int[] startFrames = starts.stream().mapToInt(bar -> StereoBuffer.frames(bar * barSeconds)).toArray();
        return DrumLoop.play(DrumLoop.fit(source.loop(), bpm, beatsPerBar), startFrames, musicFrames,
                parameters.drumLevel());
    }
}
