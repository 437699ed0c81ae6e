package io.immersic.audio;

import java.nio.file.Path;

/**
 * How tracks are rendered to audio.
 *
 * @param instrument the voice playing the notes
 * @param drums {@code none}, {@code lofi} (synthesized beat) or the path of a WAV loop
 * @param drumLevel drum gain relative to the piano (0 = silent, 1 = as loud as the piano's own scale)
 * @param lofi lo-fi colour over the mix
 * @param wav write {@code .wav}
 * @param flac write {@code .flac}
 * @param stems also write the piano and the drums alone
 * @param loop seamless-loop mode: whole bars, the tail mixed into the start, loop points written
 * @param soundFont an {@code .sf2} file to render the notes with instead of the built-in voice, or null
 */
public record AudioParameters(Instrument instrument, String drums, double drumLevel, LofiPreset lofi, boolean wav,
                              boolean flac, boolean stems, boolean loop, Path soundFont) {

    public static final AudioParameters DEFAULTS =
            new AudioParameters(Instrument.RHODES, "lofi", 0.5, LofiPreset.OFF, true, false, false, false, null);

    public boolean anyAudio() {
        return wav || flac;
    }

    public void validate() {
        if (!(drumLevel >= 0 && drumLevel <= 4)) {
            throw new IllegalArgumentException("<drumLevel> (-Dimmersic.drumLevel) is " + drumLevel
                    + "; it must be 0 (no drums) to 4.");
        }
    }
}
