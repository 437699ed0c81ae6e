package io.immersic.generation;

import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.List;

/** Small changes a player makes to a loop's bar at a phrase end, on the bar's tokens. */
final class BarVariation {

    private BarVariation() {}

    /**
     * The bar with the highest note of every strike of three or more notes left out: the same figure, a voice
     * lighter. Notes of a strike come in rising order, so the top note is the strike's last VEL-PITCH-DUR triple.
     */
    static List<String> withoutTopVoice(List<String> bar) {
        List<String> out = new ArrayList<>(bar.size());
        List<String> strike = new ArrayList<>();
        for (String token : bar) {
            if (token.equals(RemiTokens.BAR) || token.startsWith(RemiTokens.POSITION)) {
                flush(strike, out);
                out.add(token);
            } else if (token.startsWith(RemiTokens.VELOCITY) || token.startsWith(RemiTokens.PITCH)
                    || token.startsWith(RemiTokens.DURATION)) {
                strike.add(token);
            } else {
                flush(strike, out);
                out.add(token);
            }
        }
        flush(strike, out);
        return out;
    }

    private static void flush(List<String> strike, List<String> out) {
        int notes = strike.size() / 3;
        out.addAll(notes >= 3 ? strike.subList(0, strike.size() - 3) : strike);
        strike.clear();
    }
}
