package io.immersic.benchmark;

import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texture of each piece (its mean notes, onsets and pitch classes per bar, from its tokens) and how far the pieces
 * of a set spread around one another: the mean and the standard deviation of those per-piece means.
 */
final class TextureSpread {

    private TextureSpread() {}

    /** Per figure ({@code notesPerBar}, {@code onsetsPerBar}, {@code pitchClassesPerBar}): {mean, SD} over pieces. */
    static Map<String, double[]> of(List<List<String>> pieces) {
        List<double[]> perPiece = new ArrayList<>();
        for (List<String> piece : pieces) {
            double[] texture = texture(piece);
            if (texture != null) {
                perPiece.add(texture);
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        String[] names = {"notesPerBar", "onsetsPerBar", "pitchClassesPerBar"};
        for (int figure = 0; figure < names.length; figure++) {
            int f = figure;
            double mean = perPiece.stream().mapToDouble(t -> t[f]).average().orElse(Double.NaN);
            double variance = perPiece.stream().mapToDouble(t -> (t[f] - mean) * (t[f] - mean)).average()
                    .orElse(Double.NaN);
            out.put(names[figure], new double[] {mean, Math.sqrt(variance)});
        }
        return out;
    }

    /** A piece's mean notes, onsets and pitch classes per bar (bars with no note count too), or null without bars. */
    static double[] texture(List<String> tokens) {
        int bars = 0;
        int notes = 0;
        int onsets = 0;
        int pitchClasses = 0;
        Set<Integer> positions = new HashSet<>();
        Set<Integer> classes = new HashSet<>();
        for (String token : tokens) {
            if (token.equals(RemiTokens.BAR)) {
                onsets += positions.size();
                pitchClasses += classes.size();
                positions.clear();
                classes.clear();
                bars++;
            } else if (bars > 0 && RemiTokens.valueOf(token, RemiTokens.POSITION) >= 0) {
                positions.add(RemiTokens.valueOf(token, RemiTokens.POSITION));
            } else if (bars > 0 && RemiTokens.valueOf(token, RemiTokens.PITCH) >= 0) {
                classes.add(RemiTokens.valueOf(token, RemiTokens.PITCH) % 12);
                notes++;
            }
        }
        onsets += positions.size();
        pitchClasses += classes.size();
        return bars == 0 ? null : new double[] {(double) notes / bars, (double) onsets / bars,
                (double) pitchClasses / bars};
    }
}
