package io.immersic.generation;

import io.immersic.harmony.Chord;
import io.immersic.tokens.BarNotes;
import java.util.Arrays;
import java.util.List;

/** Small changes a player makes to a loop's bar at a phrase end, on the bar's tokens. */
final class BarVariation {

    private BarVariation() {}

    /**
     * The bar with the highest note of every strike of three or more notes left out, unless that note is one of the
     * chord's guide tones (root, third, seventh), which keep the chord heard: the same figure, a voice lighter. Notes
     * of a strike come in rising order, so the top note is the strike's last.
     */
    static List<String> withoutTopVoice(List<String> bar, Chord chord) {
        BarNotes notes = BarNotes.of(bar);
        return notes.withStrikes(notes.strikes().stream().map(strike -> {
            List<BarNotes.Note> played = strike.notes();
            int top = played.get(played.size() - 1).pitchValue();
            boolean guide = chord != null && Arrays.stream(chord.guidePitchClasses()).anyMatch(pc -> pc == top % 12);
            return played.size() >= 3 && !guide
                    ? new BarNotes.Strike(strike.position(), played.subList(0, played.size() - 1)) : strike;
        }).toList()).tokens();
    }
}
