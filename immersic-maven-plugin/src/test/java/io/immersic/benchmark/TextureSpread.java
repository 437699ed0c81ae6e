package io.immersic.benchmark;

import io.immersic.evaluation.WindowFeatures;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the pieces of a set spread around one another in texture: each piece's mean, over its 4-bar windows, of the
 * classifier's own {@link WindowFeatures} {@code notesPerBar}, {@code onsetsPerBar} and {@code pitchClassesPerBar},
 * then the mean and the standard deviation of those per-piece means.
 */
final class TextureSpread {

    static final List<String> FIGURES = List.of("notesPerBar", "onsetsPerBar", "pitchClassesPerBar");

    private TextureSpread() {}

    /** Per figure of {@link #FIGURES}: {mean, SD} over the pieces that have a window. */
    static Map<String, double[]> of(List<List<Note>> pieces) {
        List<double[]> perPiece = new ArrayList<>();
        for (List<Note> piece : pieces) {
            double[] texture = texture(piece);
            if (texture != null) {
                perPiece.add(texture);
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int figure = 0; figure < FIGURES.size(); figure++) {
            int f = figure;
            double mean = perPiece.stream().mapToDouble(t -> t[f]).average().orElse(Double.NaN);
            double variance = perPiece.stream().mapToDouble(t -> (t[f] - mean) * (t[f] - mean)).average()
                    .orElse(Double.NaN);
            out.put(FIGURES.get(figure), new double[] {mean, Math.sqrt(variance)});
        }
        return out;
    }

    /** A piece's {@link #FIGURES}, each the mean over its windows, or null for a piece without notes (4/4). */
    static double[] texture(List<Note> piece) {
        List<double[]> windows = WindowFeatures.of(piece, 4);
        if (windows.isEmpty()) {
            return null;
        }
        double[] texture = new double[FIGURES.size()];
        for (int figure = 0; figure < FIGURES.size(); figure++) {
            int index = WindowFeatures.names().indexOf(FIGURES.get(figure));
            texture[figure] = windows.stream().mapToDouble(w -> w[index]).average().orElseThrow();
        }
        return texture;
    }
}
