package io.immersic.generation;

import io.immersic.harmony.Chord;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.List;

/** Small changes a player makes to a loop's bar at a phrase end, on the bar's tokens. */
final class BarVariation {

    private BarVariation() {}

    /**
     * The bar with the highest note of every strike of three or more notes left out, unless that note is one of the
     * chord's guide tones (root, third, seventh), which keep the chord heard: the same figure, a voice lighter. Notes
     * of a strike come in rising order, so the top note is the strike's last VEL-PITCH-DUR triple.
     */
    static List<String> withoutTopVoice(List<String> bar, Chord chord) {
        List<String> out = new ArrayList<>(bar.size());
        List<String> strike = new ArrayList<>();
        for (String token : bar) {
            if (token.equals(RemiTokens.BAR) || token.startsWith(RemiTokens.POSITION)) {
                flush(strike, out, chord);
                out.add(token);
            } else if (token.startsWith(RemiTokens.VELOCITY) || token.startsWith(RemiTokens.PITCH)
                    || token.startsWith(RemiTokens.DURATION)) {
                strike.add(token);
            } else {
                flush(strike, out, chord);
                out.add(token);
            }
        }
        flush(strike, out, chord);
        return out;
    }

    private static void flush(List<String> strike, List<String> out, Chord chord) {
        int notes = strike.size() / 3;
        int top = notes == 0 ? -1 : RemiTokens.valueOf(strike.get(strike.size() - 2), RemiTokens.PITCH);
        boolean guide = chord != null && top >= 0
                && java.util.Arrays.stream(chord.guidePitchClasses()).anyMatch(pc -> pc == top % 12);
        out.addAll(notes >= 3 && !guide ? strike.subList(0, strike.size() - 3) : strike);
        strike.clear();
    }
}
