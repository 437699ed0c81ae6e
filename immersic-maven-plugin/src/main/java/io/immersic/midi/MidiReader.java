package io.immersic.midi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Reads a Standard MIDI File into a {@link MidiPiece} with javax.sound.midi.
 *
 * <p>Every pitched note of every track and channel is kept with its exact onset, duration, pitch and velocity (ticks
 * are turned into beats with the file's PPQ). A note-on with velocity 0 is a note-off; a note-off closes the oldest
 * open note of that key and channel; a note still open at the end of its track ends there.
 */
public final class MidiReader {

    static final Comparator<Note> BY_ONSET_THEN_PITCH =
            Comparator.comparingDouble(Note::startBeat).thenComparingInt(Note::pitch).thenComparingInt(Note::channel);

    private static final int META_TEMPO = 0x51;
    private static final int META_TIME_SIGNATURE = 0x58;
    private static final int DRUM_CHANNEL = 9;

    /**
     * Parses the bytes of one file.
     *
     * @param name the file's name, for messages
     * @throws MidiReadException with a reason a user can act on when the bytes are not a usable MIDI file
     */
    public MidiPiece read(String name, byte[] bytes) throws MidiReadException {
        rejectObviousNonMidi(bytes);
        Sequence sequence;
        try {
            sequence = MidiSystem.getSequence(new ByteArrayInputStream(bytes));
        } catch (InvalidMidiDataException | IOException | RuntimeException e) {
            throw new MidiReadException("is not a readable MIDI file (" + describe(e) + ")", e);
        }
        if (sequence.getDivisionType() != Sequence.PPQ) {
            throw new MidiReadException("uses SMPTE time division (" + sequence.getDivisionType()
                    + " frames per second); only PPQ (beat-based) timing is supported");
        }
        int ppq = sequence.getResolution();
        if (ppq <= 0) {
            throw new MidiReadException("declares " + ppq + " ticks per quarter note");
        }
        List<Note> notes = new ArrayList<>();
        List<Note> drums = new ArrayList<>();
        List<TempoChange> tempos = new ArrayList<>();
        double beatsPerBar = 0;
        for (Track track : sequence.getTracks()) {
            beatsPerBar = readTrack(track, ppq, notes, drums, tempos, beatsPerBar);
        }
        notes.sort(BY_ONSET_THEN_PITCH);
        drums.sort(BY_ONSET_THEN_PITCH);
        tempos.sort(Comparator.comparingDouble(TempoChange::beat));
        return new MidiPiece(name, ppq, notes, drums, tempos, beatsPerBar > 0 ? beatsPerBar : 4.0);
    }

    private static void rejectObviousNonMidi(byte[] bytes) throws MidiReadException {
        if (bytes.length == 0) {
            throw new MidiReadException("is empty (0 bytes)");
        }
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            throw new MidiReadException("is a ZIP archive (for example a MuseScore .mscz), not a MIDI file;"
                    + " export it as MIDI first");
        }
        if (bytes.length < 4 || bytes[0] != 'M' || bytes[1] != 'T' || bytes[2] != 'h' || bytes[3] != 'd') {
            throw new MidiReadException("is not a Standard MIDI File (it does not start with an MThd header)");
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static double readTrack(Track track, int ppq, List<Note> notes, List<Note> drums,
                                    List<TempoChange> tempos, double beatsPerBar) {
        // Open notes per (channel, key): a FIFO so that overlapping re-strikes close in order.
        Map<Integer, Deque<long[]>> open = new HashMap<>();
        long trackEnd = track.ticks();
        for (int i = 0; i < track.size(); i++) {
            MidiEvent event = track.get(i);
            MidiMessage message = event.getMessage();
            long tick = event.getTick();
            if (message instanceof ShortMessage shortMessage) {
                int command = shortMessage.getCommand();
                int channel = shortMessage.getChannel();
                int key = shortMessage.getData1();
                int velocity = shortMessage.getData2();
                int slot = channel * 128 + key;
                if (command == ShortMessage.NOTE_ON && velocity > 0) {
                    open.computeIfAbsent(slot, s -> new ArrayDeque<>()).addLast(new long[] {tick, velocity});
                } else if (command == ShortMessage.NOTE_OFF || command == ShortMessage.NOTE_ON) {
                    Deque<long[]> pending = open.get(slot);
                    if (pending != null && !pending.isEmpty()) {
                        long[] start = pending.removeFirst();
                        addNote(key, start, tick, channel, ppq, notes, drums);
                    }
                }
            } else if (message instanceof MetaMessage meta) {
                byte[] data = meta.getData();
                if (meta.getType() == META_TEMPO && data.length == 3) {
                    int micros = ((data[0] & 0xFF) << 16) | ((data[1] & 0xFF) << 8) | (data[2] & 0xFF);
                    if (micros > 0) {
                        tempos.add(new TempoChange((double) tick / ppq, micros));
                    }
                } else if (meta.getType() == META_TIME_SIGNATURE && data.length >= 2 && beatsPerBar == 0) {
                    int numerator = data[0] & 0xFF;
                    int denominator = 1 << (data[1] & 0xFF);
                    if (numerator > 0) {
                        beatsPerBar = numerator * 4.0 / denominator;
                    }
                }
            }
        }
        for (Map.Entry<Integer, Deque<long[]>> entry : open.entrySet()) {
            int channel = entry.getKey() / 128;
            int key = entry.getKey() % 128;
            for (long[] start : entry.getValue()) {
                addNote(key, start, trackEnd, channel, ppq, notes, drums);
            }
        }
        return beatsPerBar;
    }

    private static void addNote(int key, long[] start, long endTick, int channel, int ppq,
                                List<Note> notes, List<Note> drums) {
        long startTick = start[0];
        if (endTick <= startTick) {
            return; // a zero-length note makes no sound
        }
        Note note = new Note(key, (int) start[1], (double) startTick / ppq, (double) (endTick - startTick) / ppq,
                channel);
        (channel == DRUM_CHANNEL ? drums : notes).add(note);
    }
}
