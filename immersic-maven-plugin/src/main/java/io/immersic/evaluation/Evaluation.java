package io.immersic.evaluation;

import java.util.Map;

/**
 * What {@code target/immersic/evaluation.json} holds.
 *
 * @param heldOutNll mean negative log-likelihood per token on the held-out files (nats), LSTM and best n-gram
 * @param perplexity e^NLL of each
 * @param top1Accuracy share of held-out tokens each model ranks first
 * @param ngramNllByOrder the n-gram's held-out NLL for orders 1–5 (the best is reported as {@code heldOutNll.ngram})
 * @param validationFiles whole files held out (the training split's, by the training seed)
 * @param validationTokens tokens predicted on them
 * @param overlap per feature, the overlap area of intra-set and inter-set distance densities (1 = in style)
 * @param humanOverlap per feature, the same overlap for the held-out human pieces against the training pieces: the
 *                     yardstick (a generated figure near it is as close to the corpus as new human music gets)
 * @param klDivergence per feature, KL(intra ‖ inter)
 * @param longestCopiedTokens the longest run of a generated track found verbatim in a corpus file, in tokens
 * @param longestCopiedBars the bar lines inside that run
 * @param copied8gramShare share of generated 8-grams that occur in the corpus
 * @param novel8gramShare 1 − copied8gramShare
 * @param distinct distinct-n for n = 1…4 over the generated tokens
 * @param distinct4 distinct-4 again, at the top level where the quality gate reads it
 * @param key the corpus key, the tracks' mean key-profile correlation and the share of tracks in the corpus key
 * @param music the musical figures ({@link MusicStats}) of the generated tracks, the held-out human pieces and the
 *              training pieces, under {@code generated}, {@code heldOutHuman} and {@code training}
 * @param classifier the classifier two-sample test on 4-bar windows ({@link TwoSampleClassifier}): ROC AUC of telling
 *                   the generated tracks from the held-out human pieces ({@code generatedVsHeldOut}) and from the
 *                   training pieces ({@code generatedVsTraining}), beside the human yardstick, the held-out pieces
 *                   told from the training pieces ({@code heldOutVsTraining}); 0.5 = indistinguishable
 * @param tracks generated tracks evaluated
 * @param band the band's figures over the tracks ({@link BandFigures}): bass, top line and drums; null for a method
 *             whose tracks are not played by the band
 */
public record Evaluation(Models heldOutNll, Models perplexity, Models top1Accuracy, Map<String, Double> ngramNllByOrder,
                         int validationFiles, long validationTokens, Map<String, Double> overlap,
                         Map<String, Double> humanOverlap, Map<String, Double> klDivergence, int longestCopiedTokens,
                         int longestCopiedBars, double copied8gramShare, double novel8gramShare,
                         Map<String, Double> distinct, double distinct4, KeyConsistency key,
                         Map<String, Map<String, Double>> music,
                         Map<String, TwoSampleClassifier.Result> classifier, int tracks, BandFigures band) {

    /** The figures of the model's part alone; {@link #withBand} adds the band's. */
    public Evaluation(Models heldOutNll, Models perplexity, Models top1Accuracy, Map<String, Double> ngramNllByOrder,
                      int validationFiles, long validationTokens, Map<String, Double> overlap,
                      Map<String, Double> humanOverlap, Map<String, Double> klDivergence, int longestCopiedTokens,
                      int longestCopiedBars, double copied8gramShare, double novel8gramShare,
                      Map<String, Double> distinct, double distinct4, KeyConsistency key,
                      Map<String, Map<String, Double>> music, Map<String, TwoSampleClassifier.Result> classifier,
                      int tracks) {
        this(heldOutNll, perplexity, top1Accuracy, ngramNllByOrder, validationFiles, validationTokens, overlap,
                humanOverlap, klDivergence, longestCopiedTokens, longestCopiedBars, copied8gramShare, novel8gramShare,
                distinct, distinct4, key, music, classifier, tracks, null);
    }

    public Evaluation withBand(BandFigures figures) {
        return new Evaluation(heldOutNll, perplexity, top1Accuracy, ngramNllByOrder, validationFiles,
                validationTokens, overlap, humanOverlap, klDivergence, longestCopiedTokens, longestCopiedBars,
                copied8gramShare, novel8gramShare, distinct, distinct4, key, music, classifier, tracks, figures);
    }

    /** One figure for the LSTM and the best n-gram (with its order). */
    public record Models(double lstm, double ngram, int ngramOrder) {}

    public record KeyConsistency(String corpusKey, double meanCorrelation, double shareInCorpusKey) {}

    /** The lowest overlap area of any feature. */
    public double minOverlap() {
        return overlap.values().stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).min()
                .orElse(Double.NaN);
    }
}
