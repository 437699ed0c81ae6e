package io.immersic.generation;

import io.immersic.tokens.RemiTokens;
import java.util.List;

/**
 * How well a loop's last bar leads back into its first: the cosine between the two bars' pitch-class profiles
 * (each note weighted by its duration), plus a bonus when the lowest notes share a pitch class, since the bass
 * carries the harmony the ear expects on the way round.
 */
final class LoopHarmony {

    private LoopHarmony() {}

    static double similarity(List<String> opening, List<String> ending) {
        double[] a = profile(opening);
        double[] b = profile(ending);
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < 12; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        double cosine = normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
        int bassA = lowestPitch(opening);
        int bassB = lowestPitch(ending);
        boolean sameBass = bassA >= 0 && bassB >= 0 && bassA % 12 == bassB % 12;
        return cosine + (sameBass ? 0.5 : 0);
    }

    static double[] profile(List<String> bar) {
        double[] profile = new double[12];
        int pitch = -1;
        for (String token : bar) {
            int p = RemiTokens.valueOf(token, RemiTokens.PITCH);
            int d = RemiTokens.valueOf(token, RemiTokens.DURATION);
            if (p >= 0) {
                pitch = p;
            } else if (d > 0 && pitch >= 0) {
                profile[pitch % 12] += d;
                pitch = -1;
            }
        }
        return profile;
    }

    private static int lowestPitch(List<String> bar) {
        int lowest = -1;
        for (String token : bar) {
            int p = RemiTokens.valueOf(token, RemiTokens.PITCH);
            if (p >= 0 && (lowest < 0 || p < lowest)) {
                lowest = p;
            }
        }
        return lowest;
    }
}
