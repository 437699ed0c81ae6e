package io.immersic.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * One bar's tokens read as strikes: the notes that start at one position, each note its VEL, PITCH and DUR tokens.
 * It reads the form the encoder writes ({@code POS} before every note) and the block form of older token files (one
 * {@code POS}, then several notes), and writes the encoder's form, so code that reshapes a bar's chords never deals
 * with where the {@code POS} tokens go.
 *
 * @param head the tokens before the first note: {@code BAR} and the bar's chord
 * @param strikes the bar's strikes in order of position, each note in the order written (rising pitch)
 */
public record BarNotes(List<String> head, List<Strike> strikes) {

    public BarNotes {
        head = List.copyOf(head);
        strikes = List.copyOf(strikes);
    }

    /** One note's tokens. */
    public record Note(String velocity, String pitch, String duration) {

        public int pitchValue() {
            return RemiTokens.valueOf(pitch, RemiTokens.PITCH);
        }

        public int durationSteps() {
            return RemiTokens.valueOf(duration, RemiTokens.DURATION);
        }

        public int velocityBin() {
            return RemiTokens.valueOf(velocity, RemiTokens.VELOCITY);
        }
    }

    /** The notes that start together at {@code position} (grid steps after the bar line). */
    public record Strike(int position, List<Note> notes) {

        public Strike {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param bar a bar's tokens: {@code BAR}, its chord if any, then its notes
     * @throws IllegalArgumentException when a note is cut short or a token other than a note's follows the notes
     */
    public static BarNotes of(List<String> bar) {
        List<String> head = new ArrayList<>();
        List<Strike> strikes = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        int position = -1;
        for (int i = 0; i < bar.size(); i++) {
            String token = bar.get(i);
            int at = RemiTokens.valueOf(token, RemiTokens.POSITION);
            if (at >= 0) {
                if (at != position && !notes.isEmpty()) {
                    strikes.add(new Strike(position, notes));
                    notes = new ArrayList<>();
                }
                position = at;
            } else if (token.startsWith(RemiTokens.VELOCITY)) {
                if (position < 0 || i + 2 >= bar.size() || !bar.get(i + 1).startsWith(RemiTokens.PITCH)
                        || !bar.get(i + 2).startsWith(RemiTokens.DURATION)) {
                    throw new IllegalArgumentException("not a note at token " + i + " of " + bar);
                }
                notes.add(new Note(token, bar.get(i + 1), bar.get(i + 2)));
                i += 2;
            } else if (position < 0) {
                head.add(token);
            } else {
                throw new IllegalArgumentException("'" + token + "' among a bar's notes: " + bar);
            }
        }
        if (!notes.isEmpty()) {
            strikes.add(new Strike(position, notes));
        }
        return new BarNotes(head, strikes);
    }

    /** The bar's tokens as the encoder writes them: the head, then {@code POS} before every note. */
    public List<String> tokens() {
        List<String> out = new ArrayList<>(head);
        for (Strike strike : strikes) {
            for (Note note : strike.notes()) {
                out.add(RemiTokens.POSITION + strike.position());
                out.add(note.velocity());
                out.add(note.pitch());
                out.add(note.duration());
            }
        }
        return out;
    }

    /** The same bar with other strikes. */
    public BarNotes withStrikes(List<Strike> other) {
        return new BarNotes(head, other);
    }
}
