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
 *
 * <p>A file that cannot be used as a whole is refused with the reason ({@link SmfStructure} checks the structure
 * first); an event whose values are out of range (a key or velocity above 127, a tempo outside
 * {@value TempoChange#MIN_BPM}–{@value TempoChange#MAX_BPM} BPM, a bar outside 1–16 quarter notes) is dropped and
 * counted in {@link MidiPiece#repairs()}, and the rest of the file is used.
 */
public final class MidiReader {

    static final Comparator<Note> BY_ONSET_THEN_PITCH =
            Comparator.comparingDouble(Note::startBeat).thenComparingInt(Note::pitch).thenComparingInt(Note::channel);

    /**
     * Notes starting past this bar are dropped: at 120 BPM in 4/4 it is 55 hours in, where no piece reaches, so they
     * come from a damaged delta time (PPQ 1 and deltas of 250,000,000 put a note at beat 6·10⁹). Bars are counted
     * with ints and labelled one by one, so such a note must not reach them.
     */
    public static final int MAX_BARS = 100_000;
    private static final String MAX_BARS_TEXT = "100,000";

    private static final int META_TEMPO = 0x51;
    private static final int META_TIME_SIGNATURE = 0x58;
    private static final int DRUM_CHANNEL = 9;

    /** What one pass over the tracks collects. */
    private static final class Collected {
        final List<Note> notes = new ArrayList<>();
        final List<Note> drums = new ArrayList<>();
        final List<TempoChange> tempos = new ArrayList<>();
        final List<MetreMap.Change> metres = new ArrayList<>();
        final Repairs repairs = new Repairs();
    }

    /**
     * Parses the bytes of one file.
     *
     * @param name the file's name, for messages
     * @throws MidiReadException with a reason a user can act on when the bytes are not a usable MIDI file
     */
    public MidiPiece read(String name, byte[] bytes) throws MidiReadException {
        SmfStructure.Layout layout = SmfStructure.check(bytes);
        Collected collected = new Collected();
        int ppq = 0;
        for (byte[] batch : TrackBatches.of(bytes, layout)) {
            Sequence sequence;
            try {
                sequence = MidiSystem.getSequence(new ByteArrayInputStream(batch));
            } catch (InvalidMidiDataException | IOException | RuntimeException e) {
                throw new MidiReadException("is not a readable MIDI file (" + describe(e) + ")", e);
            }
            ppq = sequence.getResolution();
            for (Track track : sequence.getTracks()) {
                readTrack(track, ppq, collected);
            }
        }
        collected.notes.sort(BY_ONSET_THEN_PITCH);
        collected.drums.sort(BY_ONSET_THEN_PITCH);
        collected.tempos.sort(Comparator.comparingDouble(TempoChange::beat));
        collected.metres.sort(Comparator.comparingDouble(MetreMap.Change::beat));
        MetreMap metre = MetreMap.of(4.0, collected.metres);
        boolean hadNotes = !collected.notes.isEmpty();
        double limit = metre.barStart(MAX_BARS);
        dropPastLimit(collected.notes, limit, collected.repairs);
        dropPastLimit(collected.drums, limit, collected.repairs);
        if (hadNotes && collected.notes.isEmpty()) {
            throw new MidiReadException("has pitched notes only past bar " + MAX_BARS_TEXT + " (" + collected.repairs
                    + "), which no piece reaches: a damaged delta time?");
        }
        return new MidiPiece(name, ppq, collected.notes, collected.drums, collected.tempos,
                !collected.tempos.isEmpty(), metre, collected.repairs);
    }

    /**
     * Drops the notes (sorted by onset) that start at or after {@code limitBeat}, counting them as repairs: such a
     * note comes from a damaged delta time, and every later stage works per bar.
     */
    private static void dropPastLimit(List<Note> sorted, double limitBeat, Repairs repairs) {
        int first = 0;
        while (first < sorted.size() && sorted.get(first).startBeat() < limitBeat) {
            first++;
        }
        List<Note> past = sorted.subList(first, sorted.size());
        for (Note note : past) {
            repairs.dropped("notes past bar " + MAX_BARS_TEXT, String.format("note at beat %.1e is past bar %s;"
                    + " skipped", note.startBeat(), MAX_BARS_TEXT));
        }
        past.clear();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void readTrack(Track track, int ppq, Collected out) {
        // Open notes per (channel, key): a FIFO so that overlapping re-strikes close in order.
        Map<Integer, Deque<long[]>> open = new HashMap<>();
        long trackEnd = track.ticks();
        for (int i = 0; i < track.size(); i++) {
            MidiEvent event = track.get(i);
            MidiMessage message = event.getMessage();
            long tick = event.getTick();
            if (message instanceof ShortMessage shortMessage) {
                readNoteEvent(shortMessage, tick, ppq, open, out);
            } else if (message instanceof MetaMessage meta) {
                readMetaEvent(meta, (double) tick / ppq, out);
            }
        }
        for (Map.Entry<Integer, Deque<long[]>> entry : open.entrySet()) {
            int channel = entry.getKey() / 128;
            int key = entry.getKey() % 128;
            for (long[] start : entry.getValue()) {
                addNote(key, start, trackEnd, channel, ppq, out);
            }
        }
    }

    private static void readNoteEvent(ShortMessage message, long tick, int ppq, Map<Integer, Deque<long[]>> open,
                                      Collected out) {
        int command = message.getCommand();
        if (command != ShortMessage.NOTE_ON && command != ShortMessage.NOTE_OFF) {
            return;
        }
        int channel = message.getChannel();
        int key = message.getData1();
        int velocity = message.getData2();
        if (key > 127 || velocity > 127) {
            // A data byte of 128 or more is a damaged byte that javax.sound.midi passes through as a value.
            out.repairs.dropped("note events with a key or velocity above 127",
                    key > 127 ? "key " + key : "velocity " + velocity);
            return;
        }
        int slot = channel * 128 + key;
        if (command == ShortMessage.NOTE_ON && velocity > 0) {
            open.computeIfAbsent(slot, s -> new ArrayDeque<>()).addLast(new long[] {tick, velocity});
        } else {
            Deque<long[]> pending = open.get(slot);
            if (pending != null && !pending.isEmpty()) {
                addNote(key, pending.removeFirst(), tick, channel, ppq, out);
            }
        }
    }

    private static void readMetaEvent(MetaMessage meta, double beat, Collected out) {
        byte[] data = meta.getData();
        if (meta.getType() == META_TEMPO && data.length == 3) {
            int micros = ((data[0] & 0xFF) << 16) | ((data[1] & 0xFF) << 8) | (data[2] & 0xFF);
            double bpm = micros == 0 ? Double.POSITIVE_INFINITY : 60_000_000.0 / micros;
            if (TempoChange.isUsable(bpm)) {
                out.tempos.add(new TempoChange(beat, micros));
            } else {
                out.repairs.dropped(String.format("tempo changes outside %.0f–%.0f BPM", TempoChange.MIN_BPM,
                        TempoChange.MAX_BPM), micros == 0 ? "0 µs per quarter note" : String.format("%.2f BPM", bpm));
            }
        } else if (meta.getType() == META_TIME_SIGNATURE && data.length >= 2) {
            int numerator = data[0] & 0xFF;
            int denominatorPower = data[1] & 0xFF;
            double beatsPerBar = MetreMap.beatsPerBar(numerator, denominatorPower);
            if (Double.isNaN(beatsPerBar)) {
                out.repairs.dropped("time signatures outside 1–16 quarter notes per bar, beats of 1/1 to 1/16",
                        numerator + "/" + (denominatorPower < 31 ? String.valueOf(1L << denominatorPower)
                                : "2^" + denominatorPower));
            } else {
                out.metres.add(new MetreMap.Change(beat, beatsPerBar));
            }
        }
    }

    private static void addNote(int key, long[] start, long endTick, int channel, int ppq, Collected out) {
        long startTick = start[0];
        if (endTick <= startTick) {
            return; // a zero-length note makes no sound
        }
        Note note = new Note(key, (int) start[1], (double) startTick / ppq, (double) (endTick - startTick) / ppq,
                channel);
        (channel == DRUM_CHANNEL ? out.drums : out.notes).add(note);
    }
}
