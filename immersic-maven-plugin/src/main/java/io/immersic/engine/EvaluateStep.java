package io.immersic.engine;

import io.immersic.common.BuildLog;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.evaluation.Evaluation;
import io.immersic.band.PerformedTrack;
import io.immersic.evaluation.BandFigures;
import io.immersic.method.Composer;
import io.immersic.tokens.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage 4: measures the model and its tracks, writes {@code evaluation.json} and logs a table; then the gate. The
 * gate's verdict is taken apart from applying it, so the report can show a failed gate before the build fails.
 */
public final class EvaluateStep {

    private final BuildLog log;

    public EvaluateStep(BuildLog log) {
        this.log = log;
    }

    /** Has the composer measure its model and tracks and publishes the result; the gate is {@link #enforce}d apart. */
    public Evaluation run(Composer composer, Corpus corpus, List<PerformedTrack> tracks, double tempoBpm,
                          Path output) throws ImmersicException {
        long started = System.nanoTime();
        Evaluation evaluation = composer.evaluate(corpus, tracks, tempoBpm)
                .withBand(BandFigures.mean(tracks.stream().map(BandFigures::of).toList()));
        publish(evaluation, output, started);
        return evaluation;
    }

    /** Writes evaluation.json and logs the table. */
    private void publish(Evaluation evaluation, Path output, long started)
            throws ImmersicException {
        try {
            Json.write(output, evaluation);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + output + ": " + IoReasons.describe(e), e);
        }
        report(evaluation);
        log.info(String.format("Wrote %s (%.1f s)", output, (System.nanoTime() - started) / 1e9));
    }

    private void report(Evaluation e) {
        Evaluation.Models nll = e.heldOutNll();
        log.info(String.format("Evaluation: %d held-out file(s), %,d tokens; %d generated track(s)",
                e.validationFiles(), e.validationTokens(), e.tracks()));
        log.info(String.format("  held-out NLL    LSTM %.4f   %d-gram %.4f   (LSTM %+.1f %%)", nll.lstm(),
                nll.ngramOrder(), nll.ngram(), 100 * (nll.lstm() - nll.ngram()) / nll.ngram()));
        log.info(String.format("  perplexity      LSTM %.2f   %d-gram %.2f", e.perplexity().lstm(),
                nll.ngramOrder(), e.perplexity().ngram()));
        log.info(String.format("  top-1 accuracy  LSTM %.3f   %d-gram %.3f", e.top1Accuracy().lstm(),
                nll.ngramOrder(), e.top1Accuracy().ngram()));
        StringBuilder overlap = new StringBuilder();
        for (Map.Entry<String, Double> entry : e.overlap().entrySet()) {
            overlap.append(String.format(" %s %.2f (human %.2f)", entry.getKey(), entry.getValue(),
                    e.humanOverlap().get(entry.getKey())));
        }
        log.info("  overlap (OA)   " + overlap);
        log.info(String.format("  copying         longest run %d tokens across %d bar line(s); %.1f %% of 8-grams"
                + " occur in the corpus", e.longestCopiedTokens(), e.longestCopiedBars(), 100 * e.copied8gramShare()));
        log.info(String.format("  distinct-1..4   %.3f %.3f %.3f %.3f", e.distinct().get("1"), e.distinct().get("2"),
                e.distinct().get("3"), e.distinct().get("4")));
        log.info(String.format("  key             corpus %s; tracks correlate %.2f with their key, %.0f %% in the"
                + " corpus key", e.key().corpusKey(), e.key().meanCorrelation(), 100 * e.key().shareInCorpusKey()));
        reportMusic(e.music());
        reportClassifier(e.classifier());
        reportBand(e.band());
    }

    /** The band's figures, a line per part. */
    private void reportBand(BandFigures band) {
        if (band == null) {
            return;
        }
        log.info(String.format("  bass            root on the downbeat %s of bars, on a kick or downbeat %s of notes,"
                + " lowest %s", share(band.bassRootOnDownbeat()), share(band.bassLockedToKick()),
                Double.isNaN(band.bassLowestPitch()) ? "n/a"
                        : noteName((int) band.bassLowestPitch())));
        log.info(String.format("  melody          single above the keys %s, chord tones on 1 and 3 %s, steps %s,"
                + " motif returns %s (pitches %s)", share(band.melodySingleAboveKeys()),
                share(band.melodyChordTonesStrong()), share(band.melodySteps()), share(band.melodyRhythmRecurs()),
                share(band.melodyPitchRecurrence())));
        log.info(String.format("  drums           %s groove bar(s) a track, fills in %s of sections, groove changes at"
                + " %s of section boundaries", Double.isNaN(band.drumGrooveBars()) ? "n/a"
                        : String.format("%.1f", band.drumGrooveBars()), share(band.drumFillShare()),
                share(band.drumSectionChange())));
    }

    private static final String[] NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

    /** A MIDI key as musicians write it, C4 = 60. */
    static String noteName(int pitch) {
        return NAMES[pitch % 12] + (pitch / 12 - 1);
    }

    private static String share(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%.0f %%", 100 * value);
    }

    /** The classifier two-sample test, each AUC beside the human yardstick. */
    private void reportClassifier(Map<String, io.immersic.evaluation.TwoSampleClassifier.Result> classifier) {
        if (classifier == null) {
            return;
        }
        var yardstick = classifier.get("heldOutVsTraining");
        for (var entry : classifier.entrySet()) {
            log.info(String.format("  classifier      %s: %s", entry.getKey(), entry.getValue().describe()));
        }
        if (yardstick != null && yardstick.ran()) {
            log.info(String.format("  classifier      (the human yardstick, held-out vs training pieces: logistic %.2f,"
                    + " trees %.2f)", yardstick.aucLogistic(), yardstick.aucTrees()));
        }
        String caution = io.immersic.evaluation.TwoSampleClassifier.heldOutCaution(classifier);
        if (caution != null) {
            log.info("  classifier      " + caution);
        }
    }

    /** The musical figures as a table: generated, the human yardstick (held-out pieces), the training pieces. */
    private void reportMusic(Map<String, Map<String, Double>> music) {
        log.info(String.format("  %-24s %10s %14s %10s", "music", "generated", "held-out human", "training"));
        for (String figure : music.get("generated").keySet()) {
            log.info(String.format("  %-24s %10s %14s %10s", figure, figure(music.get("generated").get(figure)),
                    figure(music.get("heldOutHuman").get(figure)), figure(music.get("training").get(figure))));
        }
    }

    private static String figure(Double value) {
        return value == null || value.isNaN() ? "n/a" : String.format("%.3f", value);
    }

    /** What fails the gate's limits, each as a sentence; empty when it passes or no limit is set. */
    public static List<String> gateFailures(Evaluation e, EvaluationParameters gate) {
        List<String> failures = new ArrayList<>();
        if (gate.minOverlap() != null) {
            for (Map.Entry<String, Double> entry : e.overlap().entrySet()) {
                if (!(entry.getValue() >= gate.minOverlap())) {
                    failures.add(String.format("overlap.%s is %.3f, below {minOverlap} %s",
                            entry.getKey(), entry.getValue(), gate.minOverlap()));
                }
            }
        }
        if (gate.maxCopiedBars() != null && e.longestCopiedBars() > gate.maxCopiedBars()) {
            failures.add(String.format("longestCopiedBars is %d, above {maxCopiedBars} %d",
                    e.longestCopiedBars(), gate.maxCopiedBars()));
        }
        if (gate.minDistinct4() != null && !(e.distinct4() >= gate.minDistinct4())) {
            failures.add(String.format("distinct4 is %.3f, below {minDistinct4} %s",
                    e.distinct4(), gate.minDistinct4()));
        }
        return failures;
    }

    /** Fails the build when the gate failed. */
    public static void enforce(List<String> failures) throws ImmersicException {
        if (!failures.isEmpty()) {
            throw new ImmersicException("Quality gate failed: " + String.join("; ", failures)
                    + ". The tracks and evaluation.json were written; change the model or sampling settings, or the"
                    + " limits; report.html shows the figures.");
        }
    }
}
