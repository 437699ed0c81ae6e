package io.immersic.midi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Writes notes as a format 1 Standard MIDI File: track 0 holds the title, tempo, metre and markers; then one track per
 * part, named, with its program change and its notes on its own channel. The bytes depend only on the arguments, so
 * the same notes always give the same file.
 */
public final class MidiWriter {

    public static final int PPQ = 480;

    /**
     * One track of the file.
     *
     * @param name the track name a DAW shows
     * @param channel 0-based MIDI channel (9 is the General MIDI drum channel, which takes no program change)
     * @param program General MIDI program, 0-based
     */
    public record Part(String name, int channel, int program, List<Note> notes) {}

    /** A marker meta event (a section start a DAW or an engine shows): where and what. */
    public record Marker(double beat, String text) {}

    /** A note event ready to write; note-offs sort before note-ons at the same tick so re-struck keys stay apart. */
    private record TimedMessage(long tick, int order, MidiMessage message) {}

    /** Controller 111 at the loop start: the loop marker RPG Maker and other game engines read from MIDI. */
    public static final int LOOP_START_CONTROLLER = 111;

    public byte[] write(List<Note> notes, double bpm, double beatsPerBar, int program, String title) {
        return write(notes, bpm, beatsPerBar, program, title, 0, false);
    }

    /**
     * @param lengthBeats where the piece ends (its whole bars), even when its last notes end sooner; 0 = at the last note
     * @param loopMarker put a loop-start marker (controller 111) at the very beginning
     */
    public byte[] write(List<Note> notes, double bpm, double beatsPerBar, int program, String title,
                        double lengthBeats, boolean loopMarker) {
        return write(List.of(new Part("Piano", 0, program, notes)), List.of(), bpm, beatsPerBar, title, lengthBeats,
                loopMarker);
    }

    /**
     * @param parts the tracks after the conductor track, in order
     * @param markers section starts, written as marker events in the conductor track
     * @param lengthBeats where the piece ends (its whole bars), even when its last notes end sooner; 0 = at the last note
     * @param loopMarker put a loop-start marker (controller 111) at the very beginning of every part
     */
    public byte[] write(List<Part> parts, List<Marker> markers, double bpm, double beatsPerBar, String title,
                        double lengthBeats, boolean loopMarker) {
        try {
            Sequence sequence = new Sequence(Sequence.PPQ, PPQ);
            Track conductor = sequence.createTrack();
            conductor.add(new MidiEvent(trackName(title), 0));
            conductor.add(new MidiEvent(tempo(bpm), 0));
            conductor.add(new MidiEvent(timeSignature(beatsPerBar), 0));
            for (Marker marker : markers) {
                byte[] text = marker.text().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                conductor.add(new MidiEvent(new MetaMessage(0x06, text, text.length),
                        Math.round(marker.beat() * PPQ)));
            }
            for (Part part : parts) {
                writePart(sequence.createTrack(), part, loopMarker);
            }
            if (lengthBeats > 0) {
                // Adding an end-of-track meta event moves the track's end (javax.sound.midi keeps one per track).
                long end = Math.round(lengthBeats * PPQ);
                for (Track track : sequence.getTracks()) {
                    track.add(new MidiEvent(new MetaMessage(0x2F, new byte[0], 0), end));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MidiSystem.write(sequence, 1, out);
            return out.toByteArray();
        } catch (InvalidMidiDataException e) {
            throw new IllegalArgumentException("cannot encode notes as MIDI: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePart(Track music, Part part, boolean loopMarker) throws InvalidMidiDataException {
        int channel = part.channel();
        music.add(new MidiEvent(trackName(part.name()), 0));
        if (channel != 9) {
            music.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, part.program(), 0), 0));
        }
        if (loopMarker) {
            music.add(new MidiEvent(
                    new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, LOOP_START_CONTROLLER, 0), 0));
        }
        List<TimedMessage> events = new ArrayList<>();
        for (Note note : part.notes()) {
            long on = Math.round(note.startBeat() * PPQ);
            long off = Math.max(on + 1, Math.round(note.endBeat() * PPQ));
            events.add(new TimedMessage(on, 1,
                    new ShortMessage(ShortMessage.NOTE_ON, channel, note.pitch(), note.velocity())));
            events.add(new TimedMessage(off, 0,
                    new ShortMessage(ShortMessage.NOTE_OFF, channel, note.pitch(), 0)));
        }
        // A stable sort on (tick, order) keeps input order within ties: the output is deterministic.
        events.sort(Comparator.comparingLong(TimedMessage::tick).thenComparingInt(TimedMessage::order));
        for (TimedMessage event : events) {
            music.add(new MidiEvent(event.message(), event.tick()));
        }
    }

    private static MetaMessage trackName(String name) throws InvalidMidiDataException {
        byte[] text = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new MetaMessage(0x03, text, text.length);
    }

    private static MetaMessage tempo(double bpm) throws InvalidMidiDataException {
        int micros = (int) Math.round(60_000_000.0 / bpm);
        byte[] data = {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros};
        return new MetaMessage(0x51, data, 3);
    }

    private static MetaMessage timeSignature(double beatsPerBar) throws InvalidMidiDataException {
        // Quarter-note metres (n/4) cover what the tokenizer produces; other metres round to eighths.
        boolean quarters = beatsPerBar == Math.rint(beatsPerBar);
        int numerator = quarters ? (int) beatsPerBar : (int) Math.round(beatsPerBar * 2);
        int denominatorPower = quarters ? 2 : 3;
        byte[] data = {(byte) numerator, (byte) denominatorPower, 24, 8};
        return new MetaMessage(0x58, data, 4);
    }
}
