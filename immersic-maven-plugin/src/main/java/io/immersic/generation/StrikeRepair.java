package io.immersic.generation;

import io.immersic.harmony.Chord;
import io.immersic.harmony.StrictChords;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes fragments out of a bar's strikes the way a pianist's hand would not play them: a strike of three or more
 * pitch classes that is no conventional chord ({@link StrictChords}, e.g. C-D-E, root-9-3) loses its notes outside
 * the bar's chord, then, while it is still no chord, its top note. What is left is a chord, or an interval.
 */
final class StrikeRepair {

    private StrikeRepair() {}

    /** @return the bar with its fragments repaired (the same list when every strike is a chord or an interval) */
    static List<String> repair(List<String> bar, Chord chord) {
        List<String> out = new ArrayList<>(bar.size());
        List<int[]> strike = new ArrayList<>(); // {velocity token index, pitch, duration token index}
        boolean changed = false;
        for (int i = 0; i < bar.size(); i++) {
            String token = bar.get(i);
            if (token.startsWith(RemiTokens.VELOCITY)) {
                strike.add(new int[] {i, RemiTokens.valueOf(bar.get(i + 1), RemiTokens.PITCH), i + 2});
                i += 2;
                continue;
            }
            changed |= flush(bar, strike, chord, out);
            out.add(token);
        }
        changed |= flush(bar, strike, chord, out);
        return changed ? out : bar;
    }

    /** Writes the strike's notes (repaired) to {@code out}; true when notes were left out. */
    private static boolean flush(List<String> bar, List<int[]> strike, Chord chord, List<String> out) {
        List<int[]> kept = new ArrayList<>(strike);
        if (!playable(kept) && chord != null) {
            boolean[] tones = chord.pitchClasses();
            List<int[]> chordTones = kept.stream().filter(note -> tones[note[1] % 12]).toList();
            if (chordTones.size() >= 2) {
                kept = new ArrayList<>(chordTones);
            }
        }
        while (!playable(kept)) {
            kept.remove(kept.size() - 1); // notes rise: the last is the top
        }
        for (int[] note : kept) {
            out.add(bar.get(note[0]));
            out.add(bar.get(note[0] + 1));
            out.add(bar.get(note[2]));
        }
        boolean changed = kept.size() != strike.size();
        strike.clear();
        return changed;
    }

    private static boolean playable(List<int[]> notes) {
        boolean[] set = new boolean[12];
        int classes = 0;
        for (int[] note : notes) {
            classes += set[note[1] % 12] ? 0 : 1;
            set[note[1] % 12] = true;
        }
        return classes < StrictChords.MIN_PITCH_CLASSES || StrictChords.conventional(set);
    }
}
