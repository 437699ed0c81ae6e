package io.immersic.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * The note durations the vocabulary can say, in twelfths of a beat: every step up to one beat (so triplets and
 * sixteenths are exact), quarter-beat steps up to four beats, then whole beats up to sixteen. Longer notes are held
 * for sixteen beats. Finer resolution where the ear notices it keeps the vocabulary small.
 */
public final class DurationBins {

    private static final int[] BINS = buildBins();

    private DurationBins() {}

    private static int[] buildBins() {
        List<Integer> bins = new ArrayList<>();
        for (int d = 1; d <= 12; d++) {
            bins.add(d);
        }
        for (int d = 15; d <= 48; d += 3) {
            bins.add(d);
        }
        for (int d = 60; d <= 192; d += 12) {
            bins.add(d);
        }
        return bins.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The nearest bin to a duration in twelfths of a beat; ties go to the shorter bin. */
    public static int nearest(double steps) {
        int best = BINS[0];
        for (int bin : BINS) {
            if (Math.abs(bin - steps) < Math.abs(best - steps)) {
                best = bin;
            }
        }
        return best;
    }
}
