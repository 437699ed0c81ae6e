package io.immersic.midi;

import java.nio.charset.StandardCharsets;

/**
 * Walks the chunks and events of a Standard MIDI File before javax.sound.midi parses it, to give the real reason a
 * file cannot be used. javax.sound.midi is silent about a track cut short (it keeps what it read, so a truncated file
 * looked like one "with no pitched notes") and gives one generic message for every header problem.
 *
 * <p>The walk reads each byte at most once and allocates nothing per event, so a damaged or huge file is refused in
 * milliseconds: it stops at the first problem and at {@link #MAX_EVENTS} events.
 */
final class SmfStructure {

    /**
     * More events than this is not a piece Immersic can learn from (an hour of solo piano has some 100,000), and
     * javax.sound.midi would hold them all in memory as objects of about 100 bytes each.
     */
    static final int MAX_EVENTS = 500_000;

    private static final int HEADER_BYTES = 14;

    private final byte[] bytes;

    private SmfStructure(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Where the header ends and each track chunk (its "MTrk" and length included) starts and ends: what
     * {@link TrackBatches} needs to hand javax.sound.midi a file of more tracks than it can count.
     */
    record Layout(int headerEnd, int[] trackStarts, int[] trackEnds) {}

    /**
     * The file's layout; throws with the reason when the bytes are not a complete, supported MIDI file (the message
     * follows "it").
     */
    static Layout check(byte[] bytes) throws MidiReadException {
        return new SmfStructure(bytes).walk();
    }

    private Layout walk() throws MidiReadException {
        rejectOtherFormats();
        if (bytes.length < HEADER_BYTES) {
            throw new MidiReadException("is truncated: a MIDI header takes 14 bytes and the file has " + bytes.length);
        }
        long headerLength = u32(4);
        if (headerLength < 6 || headerLength > bytes.length - 8) {
            throw new MidiReadException("is damaged: its header declares a length of " + headerLength
                    + " bytes (a MIDI header has 6)");
        }
        int format = u16(8);
        int declaredTracks = u16(10); // unsigned: 32768 to 65535 tracks are valid counts
        int division = u16(12);
        if (format == 2) {
            throw new MidiReadException("is a format 2 MIDI file (independent sequences), which Immersic does not"
                    + " read; save it as format 0 or 1");
        }
        if (format > 2) {
            throw new MidiReadException("is damaged: its header declares format " + format + " (only 0, 1 and 2"
                    + " exist)");
        }
        if ((division & 0x8000) != 0) {
            throw new MidiReadException("uses SMPTE time division (" + (256 - (division >> 8)) + " frames per"
                    + " second); only PPQ (beat-based) timing is supported");
        }
        if (division == 0) {
            throw new MidiReadException("declares 0 ticks per quarter note, so no note has a time");
        }
        if (declaredTracks == 0) {
            throw new MidiReadException("declares no tracks");
        }
        int headerEnd = 8 + (int) headerLength;
        return walkChunks(headerEnd, declaredTracks);
    }

    private void rejectOtherFormats() throws MidiReadException {
        if (bytes.length == 0) {
            throw new MidiReadException("is empty (0 bytes)");
        }
        if (startsWith("PK")) {
            throw new MidiReadException("is a ZIP archive (for example a MuseScore .mscz), not a MIDI file;"
                    + " export it as MIDI first");
        }
        if (startsWith("RIFF")) {
            throw new MidiReadException("is a RIFF file (a .wav, or a .rmi MIDI wrapped in RIFF), not a Standard"
                    + " MIDI File");
        }
        if (!startsWith("MThd")) { // the reason names what is wrong without the bytes: see MidiReadException
            throw looksLikeText()
                    ? MidiReadException.quoting("is not a MIDI file: it starts with text, not 'MThd'", textStart())
                    : new MidiReadException("is not a MIDI file: it does not start with 'MThd', the header of a"
                            + " Standard MIDI File");
        }
    }

    private Layout walkChunks(int headerEnd, int declaredTracks) throws MidiReadException {
        int offset = headerEnd;
        int[] starts = new int[declaredTracks];
        int[] ends = new int[declaredTracks];
        int tracks = 0;
        long events = 0;
        while (tracks < declaredTracks) {
            if (bytes.length - offset < 8) {
                throw new MidiReadException("is truncated: its header declares " + declaredTracks + " track(s) and"
                        + " the file ends after " + tracks + (offset == bytes.length ? ""
                        : " (" + (bytes.length - offset) + " stray byte(s) follow, too few for a chunk)"));
            }
            boolean isTrack = bytes[offset] == 'M' && bytes[offset + 1] == 'T' && bytes[offset + 2] == 'r'
                    && bytes[offset + 3] == 'k';
            long length = u32(offset + 4);
            int bodyStart = offset + 8;
            if (length > bytes.length - bodyStart) {
                throw new MidiReadException("is truncated or damaged: " + (isTrack ? "track " + (tracks + 1)
                        : "a chunk") + " declares " + length + " bytes but only " + (bytes.length - bodyStart)
                        + " remain in the file");
            }
            if (isTrack) {
                starts[tracks] = offset;
                ends[tracks] = bodyStart + (int) length;
                tracks++;
                events += walkEvents(bodyStart, bodyStart + (int) length, tracks);
                if (events > MAX_EVENTS) {
                    throw new MidiReadException("holds more than " + MAX_EVENTS + " MIDI events; that is not a piece"
                            + " Immersic can learn from (a damaged or machine-made file?)");
                }
            } // any other chunk type is skipped, as the standard says
            offset = bodyStart + (int) length;
        }
        return new Layout(headerEnd, starts, ends);
    }

    /** Walks one track's events; returns how many there are. */
    private long walkEvents(int start, int end, int track) throws MidiReadException {
        int at = start;
        int status = 0;
        long events = 0;
        while (at < end) {
            at = skipDeltaTime(at, end, track);
            int first = bytes[at] & 0xFF;
            if (first >= 0x80) {
                status = first;
            } else if (status == 0) {
                throw damaged(track, at, "data without a status byte");
            }
            // Running status as javax.sound.midi reads it: a data byte repeats the last status byte, whatever it was.
            // After a channel message it is that message's first data byte; after a meta event or system exclusive it
            // stands in for the status byte and is skipped, so a meta event whose 0xFF was damaged still reads.
            if (first >= 0x80 || status >= 0xF0) {
                at++;
            }
            if (status == 0xFF) {
                requireBytes(at, 1, end, track);
                int type = bytes[at] & 0xFF;
                if (type >= 0x80) { // javax.sound.midi refuses the whole file for it
                    throw damaged(track, at, String.format("a meta event of type 0x%02X (types end at 0x7F)", type));
                }
                at = skipLengthAndData(at + 1, end, track);
            } else if (status == 0xF0 || status == 0xF7) {
                at = skipLengthAndData(at, end, track); // system exclusive
            } else if (status >= 0xF0) {
                throw damaged(track, at - 1, String.format("status byte 0x%02X, which a MIDI file cannot hold", status));
            } else {
                int dataBytes = (status & 0xF0) == 0xC0 || (status & 0xF0) == 0xD0 ? 1 : 2;
                requireBytes(at, dataBytes, end, track);
                at += dataBytes;
            }
            events++;
            if (events > MAX_EVENTS) {
                return events;
            }
        }
        return events;
    }

    private int skipDeltaTime(int at, int end, int track) throws MidiReadException {
        for (int i = 0; i < 4; i++) {
            requireBytes(at, 1, end, track);
            if ((bytes[at++] & 0x80) == 0) {
                requireBytes(at, 1, end, track); // an event follows every delta time
                return at;
            }
        }
        throw damaged(track, at, "a delta time longer than 4 bytes");
    }

    private int skipLengthAndData(int at, int end, int track) throws MidiReadException {
        long length = 0;
        for (int i = 0; ; i++) {
            requireBytes(at, 1, end, track);
            int b = bytes[at++] & 0xFF;
            length = (length << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                break;
            }
            if (i == 3) {
                throw damaged(track, at, "an event length longer than 4 bytes");
            }
        }
        requireBytes(at, length, end, track);
        return at + (int) length;
    }

    private void requireBytes(int at, long count, int end, int track) throws MidiReadException {
        if (count > end - at) {
            throw new MidiReadException("is truncated or damaged: an event in track " + track + " runs past the end"
                    + " of the track (byte " + at + ")");
        }
    }

    private static MidiReadException damaged(int track, int at, String what) {
        return new MidiReadException("is damaged: track " + track + " has " + what + " at byte " + at);
    }

    private boolean startsWith(String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Printable ASCII or UTF-8 text with line breaks and tabs, judged on the first 512 bytes. */
    private boolean looksLikeText() {
        int n = Math.min(bytes.length, 512);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            boolean control = b < 0x20 && b != '\n' && b != '\r' && b != '\t';
            if (control || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private String textStart() {
        String text = new String(bytes, 0, Math.min(bytes.length, 24), StandardCharsets.UTF_8).strip();
        int lineBreak = text.indexOf('\n');
        return (lineBreak >= 0 ? text.substring(0, lineBreak) : text).strip();
    }

    private int u16(int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }

    private long u32(int at) {
        return ((long) (bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }
}
