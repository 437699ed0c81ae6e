package io.immersic.mojo;

import static io.immersic.audio.AudioParameters.*;
import static io.immersic.generation.GenerationParameters.DEFAULT_LENGTH_BARS;
import static io.immersic.generation.GenerationParameters.DEFAULT_PROGRAM;
import static io.immersic.generation.GenerationParameters.DEFAULT_TEMPERATURE;
import static io.immersic.generation.GenerationParameters.DEFAULT_TEMPO_BPM;
import static io.immersic.generation.GenerationParameters.DEFAULT_TOP_K;
import static io.immersic.generation.GenerationParameters.DEFAULT_TOP_P;
import static io.immersic.generation.GenerationParameters.DEFAULT_TRACKS;

import io.immersic.audio.AdaptiveParameters;
import io.immersic.audio.AudioFormats;
import io.immersic.audio.DrumSource;
import io.immersic.band.Part;
import io.immersic.audio.AudioParameters;
import io.immersic.audio.Instrument;
import io.immersic.audio.LofiPreset;
import io.immersic.engine.EvaluationParameters;
import io.immersic.engine.GenerateRequest;
import io.immersic.common.ImmersicException;
import io.immersic.engine.TrainRequest;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.method.Method;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the generate stage reads, besides the model: how to sample, what to play, how to render audio, and the quality
 * gate (generate applies it when it evaluates, which it does by default). The defaults are the engine's own
 * ({@link GenerationParameters}, {@link AudioParameters}, {@link Method}).
 */
public abstract class AbstractGenerateMojo extends AbstractTrainMojo {

    /**
     * How many tracks to write.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.TRACKS, defaultValue = "" + DEFAULT_TRACKS)
    protected int tracks;

    /**
     * Length of each track in bars (after the primer, if any).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.LENGTH, defaultValue = "" + DEFAULT_LENGTH_BARS)
    protected int length;

    /**
     * The key of the tracks, e.g. {@code D minor}, {@code F# major}, {@code Bb} (major) or {@code Ebm} (minor).
     * Unset: each track takes the key of a piece of the corpus (or the key its {@code progression} implies).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.KEY)
    protected String key;

    /**
     * Chord symbols, one per bar, repeated to fill the track, e.g. {@code Dm9 G13 Cmaj9 A7b9}; the bars voice exactly
     * these chords. Unset: the model writes the progression.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.PROGRESSION)
    protected String progression;

    /**
     * The sections of a track as letters, each as long as the loop, repeated to fill the track, e.g. {@code AABA}:
     * a repeated letter keeps that section's chords with new voicing and rhythm, a new letter is a contrasting
     * progression in the same key. Unset: AABA.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.FORM)
    protected String form;

    /**
     * Sampling temperature: 0 always takes the most likely token; 1 (the default) samples the model as learned, whose
     * tracks a classifier told apart from human pieces least (see {@code GenerationParameters#DEFAULT_TEMPERATURE}).
     * Above 1 it applies to what is played (onsets, pitches, chords); a note's velocity and length are sampled at no
     * more than 1, as the model learned them.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.TEMPERATURE, defaultValue = "" + DEFAULT_TEMPERATURE)
    protected double temperature;

    /**
     * Sample only among the k most likely tokens (0 = no limit).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.TOP_K, defaultValue = "" + DEFAULT_TOP_K)
    protected int topK;

    /**
     * Nucleus sampling: only the most likely tokens whose probabilities add up to p (1 = no limit). The default, 1,
     * gave the most varied tracks (distinct-4) with the best style overlap in the benchmark's sampling grid.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.TOP_P, defaultValue = "" + DEFAULT_TOP_P)
    protected double topP;

    /**
     * Seed of the sampler: the same seed and model give byte-identical tracks.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.SEED, defaultValue = "" + GenerationParameters.DEFAULT_SEED)
    protected long seed;

    /**
     * A MIDI file whose notes the tracks start with and continue.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.PRIMER)
    protected File primer;

    /**
     * Tempo of the tracks in BPM; 0 takes the median tempo of the corpus.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.TEMPO, defaultValue = "" + DEFAULT_TEMPO_BPM)
    protected double tempo;

    /**
     * General MIDI program of the keys track (0-based: 0 = Acoustic Grand Piano, 4 = Electric Piano 1, the default).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.PROGRAM, defaultValue = "" + DEFAULT_PROGRAM)
    protected int program;

    /**
     * {@code default}, or {@code notebook}: the original notebooks' method (pitch/chord tokens, 32-token windows, their
     * layer stack, greedy argmax for 500 tokens at a fixed half-beat step) as a baseline to compare against; it uses
     * {@code epochs}, {@code trainingSeed}, {@code validationFraction} and {@code tracks}, and is never cached.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.PRESET, defaultValue = Method.DEFAULT_NAME)
    protected String preset;

    /**
     * The parts of the band that play, comma-separated: {@code keys}, {@code bass}, {@code drums}, {@code melody} (a
     * top line over the keys). Each is a track of the MIDI file and, with {@code stems}, a file of its own.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.PARTS, defaultValue = Part.DEFAULT_PARTS)
    protected List<String> parts;

    /**
     * The voice that plays the tracks: {@code rhodes} (FM electric piano) or {@code piano} (acoustic piano).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.INSTRUMENT, defaultValue = DEFAULT_INSTRUMENT)
    protected String instrument;

    /**
     * The drum bed: {@code none}, {@code lofi} (a synthesized, swung lo-fi beat) or the path of a WAV drum loop.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.DRUMS, defaultValue = DEFAULT_DRUMS)
    protected String drums;

    /**
     * Drum level relative to the piano (0 = silent).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.DRUM_LEVEL, defaultValue = "" + DEFAULT_DRUM_LEVEL)
    protected double drumLevel;

    /**
     * Lo-fi colour over the mix (low-pass, tape wow, saturation, vinyl crackle, hiss): {@code off}, {@code light} or
     * {@code dusty}.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.LOFI, defaultValue = DEFAULT_LOFI)
    protected String lofi;

    /**
     * Audio formats written next to each MIDI file: {@code wav}, {@code flac}, {@code both} (the same as
     * {@code wav,flac}), or {@code none} (also {@code mid} or {@code midi}); MIDI is always written.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.FORMATS, defaultValue = DEFAULT_FORMATS)
    protected List<String> formats;

    /**
     * Also write each part of each track as a file of its own, sample-aligned with the mix and as long
     * ({@code track-1-keys.wav}, {@code -bass}, {@code -melody}, {@code -drums}, and {@code -texture} for the lo-fi
     * noise floor): together they sum to the mix.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.STEMS, defaultValue = "" + DEFAULT_STEMS)
    protected boolean stems;

    /**
     * Seamless-loop mode for games: whole bars, a last bar that leads back into the first, the release tail mixed into
     * the start, a WAV {@code smpl} loop over the whole file and a MIDI loop marker (controller 111).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.LOOP, defaultValue = "" + DEFAULT_LOOP)
    protected boolean loop;

    /**
     * Also write each track as an adaptive set for games: its layers (a loop stem per part and the lo-fi texture),
     * {@code intensityLevels} mixes from the keys alone to the whole band, a one-bar ending, a stinger and the
     * transition from A into B, and a {@code track-N.json} sidecar with tempo, bars, sections, layers and levels.
     * Turns on {@code loop} and {@code stems}.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.ADAPTIVE, defaultValue = "" + AdaptiveParameters.DEFAULT_ADAPTIVE)
    protected boolean adaptive;

    /**
     * Intensity levels of an adaptive set, 1 to 4: each brings in one more part (keys, bass, drums, melody).
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.INTENSITY_LEVELS, defaultValue = "" + AdaptiveParameters.DEFAULT_LEVELS)
    protected int intensityLevels;

    /**
     * An {@code .sf2} SoundFont to render the notes with (through the JDK's Gervill) instead of the built-in voice.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.SOUND_FONT)
    protected File soundFont;

    /**
     * Quality gate: fail the build when any feature's overlap area (0..1) is below this. Unset = not checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.MIN_OVERLAP)
    protected Double minOverlap;

    /**
     * Quality gate: fail when a run copied from the corpus crosses more bar lines than this. Unset = not checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.MAX_COPIED_BARS)
    protected Integer maxCopiedBars;

    /**
     * Quality gate: fail when distinct-4 of the generated tokens (0..1) is below this. Unset = not checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.MIN_DISTINCT4)
    protected Double minDistinct4;

    /** Checks the whole chain's settings (preprocess, train, generate, audio, gate) before its first stage runs. */
    @Override
    protected void checkSettings() throws ImmersicException {
        generateRequest(trainRequestToCheck(), true).validate();
    }

    /** The request of the whole chain, evaluating (with the gate) or not. */
    protected GenerateRequest generateRequest(boolean evaluate) throws ImmersicException {
        return generateRequest(trainRequest(), evaluate);
    }

    private GenerateRequest generateRequest(TrainRequest train, boolean evaluate) throws ImmersicException {
        return new GenerateRequest(train, new GenerationParameters(tracks, length, temperature, topK, topP,
                seed, primer == null ? null : primer.toPath(), tempo, program), musicControls(), audioParameters(),
                new EvaluationParameters(evaluate, minOverlap, maxCopiedBars, minDistinct4), method(), parts(),
                new AdaptiveParameters(adaptive, intensityLevels));
    }

    private java.util.Set<Part> parts() throws ImmersicException {
        try {
            return Part.parse(parts == null ? List.of(Part.DEFAULT_PARTS) : parts);
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
    }

    private MusicControls musicControls() throws ImmersicException {
        try {
            return MusicControls.parse(key, progression, form);
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
    }

    private Method method() throws ImmersicException {
        try {
            return Method.parse(preset);
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
    }

    /** The audio settings, parsed: a drum loop's path is made absolute against the project's folder. */
    private AudioParameters audioParameters() throws ImmersicException {
        try {
            AudioFormats written = AudioFormats.parse(formats);
            DrumSource drumSource = DrumSource.parse(drums, projectFolder().toPath());
            return new AudioParameters(Instrument.parse(instrument), drumSource, drumLevel, LofiPreset.parse(lofi),
                    written.wav(), written.flac(), stems, loop, soundFont == null ? null : soundFont.toPath());
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
    }
}
