package io.immersic.generation;

import io.immersic.harmony.Chord;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Completes a bar's first chord strike with the guide tones (root, third, seventh) the model left out, the way a
 * pianist fills in a voicing: each missing tone goes in once, at the first onset, in the octave nearest above the
 * strike's lowest note inside the register (below it when the strike sits at the top), at the strike's velocity and
 * its longest duration. Used for the chords a user asked for, so that each is heard.
 */
final class GuideToneCompletion {

    private GuideToneCompletion() {}

    /**
     * @param bar a bar's tokens: BAR, optionally its chord, then its notes
     * @return the tokens with the missing guide tones added to the first onset (the same list when none is missing or
     *         the bar has no onset)
     */
    static List<String> complete(List<String> bar, Chord chord, int low, int high, Vocabulary vocabulary) {
        int first = indexOfFirst(bar, RemiTokens.POSITION, 0);
        if (chord == null || first < 0) {
            return bar;
        }
        int end = indexOfFirst(bar, RemiTokens.POSITION, first + 1);
        end = end < 0 ? bar.size() : end;
        TreeSet<Integer> pitches = new TreeSet<>();
        boolean[] struck = new boolean[12];
        String velocity = null;
        String longest = null;
        int longestSteps = -1;
        for (String token : bar) {
            int pitch = RemiTokens.valueOf(token, RemiTokens.PITCH);
            if (pitch >= 0) {
                struck[pitch % 12] = true;
            }
        }
        for (String token : bar.subList(first, end)) {
            int pitch = RemiTokens.valueOf(token, RemiTokens.PITCH);
            int duration = RemiTokens.valueOf(token, RemiTokens.DURATION);
            if (pitch >= 0) {
                pitches.add(pitch);
            }
            if (duration > longestSteps) {
                longestSteps = duration;
                longest = token;
            }
            if (velocity == null && token.startsWith(RemiTokens.VELOCITY)) {
                velocity = token;
            }
        }
        if (pitches.isEmpty()) {
            return bar;
        }
        boolean added = false;
        for (int pc : chord.guidePitchClasses()) {
            if (!struck[pc]) {
                int pitch = placement(pc, pitches.first(), low, high, pitches, vocabulary);
                if (pitch >= 0) {
                    pitches.add(pitch);
                    struck[pc] = true;
                    added = true;
                }
            }
        }
        if (!added) {
            return bar;
        }
        List<String> out = new ArrayList<>(bar.subList(0, first + 1));
        for (int pitch : pitches) {
            out.add(velocity);
            out.add(RemiTokens.PITCH + pitch);
            out.add(longest);
        }
        out.addAll(bar.subList(end, bar.size()));
        return out;
    }

    /**
     * The lowest pitch of class {@code pc} at or above {@code from} inside the register, else (a strike at the top of
     * the register) the highest below it; -1 when there is none.
     */
    private static int placement(int pc, int from, int low, int high, TreeSet<Integer> taken, Vocabulary vocabulary) {
        for (int pitch = Math.max(low, from); pitch <= high; pitch++) {
            if (pitch % 12 == pc && !taken.contains(pitch) && vocabulary.contains(RemiTokens.PITCH + pitch)) {
                return pitch;
            }
        }
        for (int pitch = Math.min(high, from - 1); pitch >= low; pitch--) {
            if (pitch % 12 == pc && !taken.contains(pitch) && vocabulary.contains(RemiTokens.PITCH + pitch)) {
                return pitch;
            }
        }
        return -1;
    }

    private static int indexOfFirst(List<String> tokens, String prefix, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
