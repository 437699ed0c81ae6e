package io.immersic.midi;

/**
 * A MIDI file that cannot be used, with a reason a user can act on. The reason never holds the file's content: it is
 * written into analysis.json and report.html, which are deployed, and a "MIDI" file may be a linked secret. What the
 * file starts with, when that helps a user recognise it, is kept apart as {@link #quote} for the build log alone.
 */
public class MidiReadException extends Exception {

    private final String quote;

    public MidiReadException(String message) {
        this(message, null, null);
    }

    public MidiReadException(String message, Throwable cause) {
        this(message, null, cause);
    }

    private MidiReadException(String message, String quote, Throwable cause) {
        super(message, cause);
        this.quote = quote;
    }

    /** A reason with the file's first characters, which only the build log may show. */
    static MidiReadException quoting(String message, String quote) {
        return new MidiReadException(message, quote, null);
    }

    /** The file's first characters, for the build log only; null when there is nothing to quote. */
    public String quote() {
        return quote;
    }
}
