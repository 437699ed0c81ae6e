package io.immersic.tokens;

import java.util.Arrays;

/**
 * The tempo generated tracks take from the corpus, and where it comes from.
 *
 * @param bpm the median of the stated tempos, or {@link Corpus#LOFI_DEFAULT_BPM} when no file states one
 * @param filesStating how many files state a tempo
 * @param files how many files there are
 */
public record CorpusTempo(double bpm, int filesStating, int files) {

    /** @param fileTempos each file's stated tempo, 0 for a file that states none */
    public static CorpusTempo of(double[] fileTempos) {
        double[] stated = Arrays.stream(fileTempos).filter(bpm -> bpm > 0).sorted().toArray();
        if (stated.length == 0) {
            return new CorpusTempo(Corpus.LOFI_DEFAULT_BPM, 0, fileTempos.length);
        }
        int mid = stated.length / 2;
        double median = stated.length % 2 == 1 ? stated[mid] : (stated[mid - 1] + stated[mid]) / 2;
        return new CorpusTempo(Math.round(median * 100) / 100.0, stated.length, fileTempos.length);
    }

    /** For the log and the analysis, e.g. "76 BPM, the median of the 11 of 76 files that state a tempo". */
    public String describe() {
        String bpmText = bpm == Math.rint(bpm) ? Long.toString((long) bpm) : Double.toString(bpm);
        return filesStating == 0
                ? bpmText + " BPM, a lo-fi default: none of the " + files + " file(s) states a tempo"
                : bpmText + " BPM, the median of the " + filesStating + " of " + files + " file(s) that state a tempo";
    }
}
