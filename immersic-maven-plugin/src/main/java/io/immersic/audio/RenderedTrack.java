package io.immersic.audio;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rendered track, mastered and ready to write: its mix and stems are read from the render's tapes a block at a
 * time, with the mastering's gains applied as they are read. Closing it deletes the tapes.
 */
public final class RenderedTrack implements Closeable {

    private final Signal mix;
    private final Map<String, Signal> stems;
    private final Loudness loudness;
    private final List<Tape> tapes;

    /** The recorded tapes as {@code mastering} left them; {@code envelope} holds its limiter's envelopes, or null. */
    RenderedTrack(Recording.Tapes recorded, Tape envelope, Mastering.Result mastering) {
        this.mix = new Mastered(recorded.mix(), mastering.mixGain(), null);
        Map<String, Signal> stems = new LinkedHashMap<>();
        recorded.stems().forEach((name, tape) -> stems.put(name,
                new Mastered(tape, mastering.stemGain(), mastering.limited() ? envelope : null)));
        this.stems = Collections.unmodifiableMap(stems);
        this.loudness = mastering.loudness();
        this.tapes = new ArrayList<>(recorded.stems().values());
        tapes.add(recorded.mix());
        if (envelope != null) {
            tapes.add(envelope);
        }
    }

    /** The finished mix: the sum of the stems. */
    public Signal mix() {
        return mix;
    }

    /**
     * The stems by name ({@code keys}, {@code bass}, {@code melody}, {@code drums}, {@code texture}), in that order,
     * only those that play; empty unless stems were asked for.
     */
    public Map<String, Signal> stems() {
        return stems;
    }

    /** The mix's integrated loudness and true peak. */
    public Loudness loudness() {
        return loudness;
    }

    /** Deletes the tapes; the signals cannot be read after. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Tape tape : tapes) {
            try {
                tape.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * A tape as mastered: each sample times the mastering's gain, and times the limiter's envelope at its frame when
     * there is one (a stem's: the mix's tape was limited in place), rounded to a float as the mix's samples were.
     */
    private static final class Mastered implements Signal {
        private final Tape tape;
        private final double gain;
        private final Tape envelope;
        private StereoBuffer envelopeBlock = new StereoBuffer(0);

        Mastered(Tape tape, double gain, Tape envelope) {
            this.tape = tape;
            this.gain = gain;
            this.envelope = envelope;
        }

        @Override
        public int frames() {
            return tape.frames();
        }

        @Override
        public void read(int from, int count, StereoBuffer into) throws IOException {
            tape.read(from, count, into);
            if (envelope == null) {
                into.scale(count, gain);
                return;
            }
            if (envelopeBlock.frames() < count) {
                envelopeBlock = new StereoBuffer(count);
            }
            envelope.read(from, count, envelopeBlock);
            for (int i = 0; i < count; i++) {
                double g = gain * envelopeBlock.left[i];
                into.left[i] = (float) (into.left[i] * g);
                into.right[i] = (float) (into.right[i] * g);
            }
        }
    }
}
