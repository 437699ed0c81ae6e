package io.immersic.audio;

import java.nio.file.Path;
import java.util.List;

/**
 * How tracks are rendered to audio.
 *
 * @param instrument the voice playing the notes
 * @param drumSource none, the synthesized lo-fi beat or a WAV loop ({@code <drums>})
 * @param drumLevel the drums' gain (0 = silent; at the default 0.5 the kit sits balanced against the band)
 * @param lofi lo-fi colour over each part, and its hiss and crackle as a texture stem
 * @param wav write {@code .wav}
 * @param flac write {@code .flac}
 * @param stems also write each part alone, and the lo-fi texture (the stems sum to the mix)
 * @param loop seamless-loop mode: whole bars, the tail mixed into the start, loop points written
 * @param soundFont an {@code .sf2} file to render the keys, bass and melody with instead of the built-in voices, or null
 */
public record AudioParameters(Instrument instrument, DrumSource drumSource, double drumLevel, LofiPreset lofi,
                              boolean wav, boolean flac, boolean stems, boolean loop, Path soundFont) {

    // The defaults, each written once, as the plugin's parameters spell them: DEFAULTS is parsed from them, and the
    // plugin's @Parameter defaultValue reads them, so the documented default and the engine's cannot differ.
    public static final String DEFAULT_INSTRUMENT = "rhodes";
    public static final String DEFAULT_DRUMS = "lofi";
    public static final double DEFAULT_DRUM_LEVEL = 0.5;
    public static final String DEFAULT_LOFI = "light";
    public static final String DEFAULT_FORMATS = "wav";
    public static final boolean DEFAULT_STEMS = false;
    public static final boolean DEFAULT_LOOP = false;

    private static final AudioFormats DEFAULT_WRITTEN = AudioFormats.parse(List.of(DEFAULT_FORMATS));

    public static final AudioParameters DEFAULTS = new AudioParameters(Instrument.parse(DEFAULT_INSTRUMENT),
            DrumSource.parse(DEFAULT_DRUMS, null), DEFAULT_DRUM_LEVEL, LofiPreset.parse(DEFAULT_LOFI),
            DEFAULT_WRITTEN.wav(), DEFAULT_WRITTEN.flac(), DEFAULT_STEMS, DEFAULT_LOOP, null);

    /** The audio files written, as {@code <formats>} chose them. */
    public AudioFormats formats() {
        return new AudioFormats(wav, flac);
    }

    public boolean anyAudio() {
        return wav || flac;
    }

    /** These parameters with stems (or not) in seamless-loop mode (or not), all else the same. */
    public AudioParameters withStemsAndLoop(boolean stems, boolean loop) {
        return new AudioParameters(instrument, drumSource, drumLevel, lofi, wav, flac, stems, loop, soundFont);
    }

    /**
     * Checks the level, and the drum loop and SoundFont files when audio is written (the JDK reads a loop's header
     * only, so this is cheap); without audio nothing reads them, and a pom's drum loop need not exist for
     * {@code -Dimmersic.formats=none}.
     */
    public void validate() throws AudioException {
        if (!(drumLevel >= 0 && drumLevel <= 4)) {
            throw new AudioException("{drumLevel} is " + drumLevel
                    + "; it must be 0 (no drums) to 4.");
        }
        if (anyAudio()) {
            if (drumSource.kind() == DrumSource.Kind.LOOP) {
                DrumLoop.check(drumSource.loop());
            }
            if (soundFont != null) {
                SoundFontRenderer.check(soundFont);
            }
        }
    }
}
