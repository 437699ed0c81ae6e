package io.immersic.analysis;

import io.immersic.harmony.Chord;
import io.immersic.midi.Note;
import io.immersic.tokens.PieceFingerprint;
import io.immersic.tokens.NoteNames;
import io.immersic.tokens.RemiTokens;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Computes the {@link CorpusAnalysis} of a set of pieces. */
public final class CorpusAnalyzer {

    /** The notes of one file, as the analysis needs them. */
    public record FileNotes(List<Note> notes, int drumHits, int tokens) {}

    /** The analysis of files given as notes and as their tokens (index for index). */
    public CorpusAnalysis analyze(List<FileNotes> files, List<List<String>> tokenFiles) {
        int noteCount = 0;
        int chordCount = 0;
        int tokenCount = 0;
        int drumHits = 0;
        double[] pitchClassWeights = new double[12];
        for (FileNotes file : files) {
            noteCount += file.notes().size();
            chordCount += countChords(file.notes());
            tokenCount += file.tokens();
            drumHits += file.drumHits();
            for (Note note : file.notes()) {
                pitchClassWeights[note.pitch() % 12] += note.durationBeats();
            }
        }
        Comparator<String> pitchOrder = Comparator.comparingInt(NoteNames::parse);
        Comparator<String> classOrder = Comparator.comparingInt(name -> NoteNames.parse(name + "4"));
        Comparator<String> numericOrder = Comparator.comparingDouble(Double::parseDouble);
        return new CorpusAnalysis(files.size(), PieceFingerprint.distinctPieces(tokenFiles), noteCount, chordCount,
                tokenCount, drumHits, KeyEstimator.estimate(pitchClassWeights),
                averagedPercentages(files, n -> NoteNames.pitchClassName(n.pitch()), classOrder),
                averagedPercentages(files, n -> NoteNames.name(n.pitch()), pitchOrder),
                averagedPercentages(files, n -> quarterLength(n.durationBeats()), numericOrder),
                averagedPercentages(files, n -> Integer.toString(n.velocity()), numericOrder),
                CorpusStyle.of(tokenFiles, 4).loopBars(), chordQualities(tokenFiles), fileKeys(files), List.of(),
                null);
    }

    /** How many files are in each key, each file's key estimated from its own notes; most files first. */
    static Map<String, Integer> fileKeys(List<FileNotes> files) {
        Map<String, Integer> counts = new TreeMap<>();
        for (FileNotes file : files) {
            double[] weights = new double[12];
            for (Note note : file.notes()) {
                weights[note.pitch() % 12] += note.durationBeats();
            }
            counts.merge(KeyEstimator.estimate(weights), 1, Integer::sum);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** The share of each chord quality among the bars that have a chord, over all files. */
    static Map<String, Double> chordQualities(List<List<String>> tokenFiles) {
        Map<String, Integer> counts = new TreeMap<>();
        int bars = 0;
        for (List<String> file : tokenFiles) {
            for (Chord chord : CorpusStyle.barChords(file)) {
                if (chord != null) {
                    String quality = chord.quality().suffix().isEmpty() ? "maj" : chord.quality().suffix();
                    counts.merge(quality, 1, Integer::sum);
                    bars++;
                }
            }
        }
        Map<String, Double> percentages = new LinkedHashMap<>();
        int total = Math.max(1, bars);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> percentages.put(e.getKey(), Math.round(1000.0 * 100 * e.getValue() / total) / 1000.0));
        return percentages;
    }

    /** Onsets (on the 1/12-beat grid) where at least two notes start. */
    static int countChords(List<Note> notes) {
        Map<Long, Integer> perOnset = new HashMap<>();
        for (Note note : notes) {
            perOnset.merge(Math.round(note.startBeat() * RemiTokens.STEPS_PER_BEAT), 1, Integer::sum);
        }
        return (int) perOnset.values().stream().filter(count -> count >= 2).count();
    }

    /** A duration in quarter notes, rounded to the 1/12 grid and written without trailing zeros (0.5, 1, 0.333). */
    static String quarterLength(double beats) {
        double steps = Math.max(1, Math.round(beats * RemiTokens.STEPS_PER_BEAT));
        BigDecimal value = BigDecimal.valueOf(steps / RemiTokens.STEPS_PER_BEAT).setScale(3, java.math.RoundingMode.HALF_EVEN);
        return value.stripTrailingZeros().toPlainString();
    }

    private static Map<String, Double> averagedPercentages(List<FileNotes> files, Function<Note, String> category,
                                                           Comparator<String> order) {
        Map<String, Double> sum = new TreeMap<>(order);
        int filesWithNotes = 0;
        for (FileNotes file : files) {
            if (file.notes().isEmpty()) {
                continue;
            }
            filesWithNotes++;
            Map<String, Integer> counts = new HashMap<>();
            file.notes().forEach(note -> counts.merge(category.apply(note), 1, Integer::sum));
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                sum.merge(entry.getKey(), 100.0 * entry.getValue() / file.notes().size(), Double::sum);
            }
        }
        Map<String, Double> average = new LinkedHashMap<>();
        int divisor = Math.max(1, filesWithNotes);
        sum.forEach((key, value) -> average.put(key, Math.round(value / divisor * 1000) / 1000.0));
        return average;
    }
}
