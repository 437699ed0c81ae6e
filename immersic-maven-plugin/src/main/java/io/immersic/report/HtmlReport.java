package io.immersic.report;

import io.immersic.analysis.CorpusAnalysis;
import io.immersic.evaluation.Evaluation;
import io.immersic.evaluation.TwoSampleClassifier;
import io.immersic.model.TrainingMetrics;
import io.immersic.tokens.NoteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page (inline SVG and CSS, no script, no network) with the tracks
 * (players and piano rolls), the corpus, the training and the evaluation of a build. The page's content sits between
 * {@link #BEGIN} and {@link #END}, so the Maven site report can embed exactly the same content in a site page.
 */
public final class HtmlReport {

    public static final String BEGIN = "<!-- immersic-report:begin -->";
    public static final String END = "<!-- immersic-report:end -->";

    /** Scoped to the report's own element, so it does not restyle a site page it is embedded in. */
    private static final String STYLE = """
            <style>
            .immersic-report { font-family: system-ui, sans-serif; color: #222; max-width: 1200px; margin: 0 auto; }
            .immersic-report h1 { font-size: 1.6em; } .immersic-report h2 { border-bottom: 1px solid #ccc; }
            .immersic-report table { border-collapse: collapse; margin: 0.5em 0 1em; }
            .immersic-report th, .immersic-report td { border: 1px solid #ddd; padding: 2px 8px; text-align: left; }
            .immersic-report td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .immersic-report .chart { display: block; margin: 0.5em 0; max-width: 100%; height: auto; }
            .immersic-report .roll-wrap { overflow-x: auto; }
            .immersic-report .verdict-passed { color: #1a7f37; } .immersic-report .verdict-failed { color: #c62828; }
            .immersic-report pre { background: #f4f4f4; padding: 0.5em; white-space: pre-wrap; }
            .immersic-report audio { display: block; margin: 0.3em 0; }
            .immersic-report .stems { display: grid; grid-template-columns: max-content max-content; gap: 0 1em;
              align-items: center; }
            .immersic-report .stems audio { height: 2em; }
            </style>
            """;

    private final StringBuilder html = new StringBuilder(64 * 1024);

    private HtmlReport() {}

    /** The whole page. */
    public static String render(ReportContent content) {
        HtmlReport report = new HtmlReport();
        report.page(content);
        return report.html.toString();
    }

    /** The content between {@link #BEGIN} and {@link #END} of a page {@link #render} wrote; null if it has none. */
    public static String body(String page) {
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        return begin < 0 || end < begin ? null : page.substring(begin + BEGIN.length(), end);
    }

    private void page(ReportContent content) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Immersic report</title>\n</head>\n<body>\n").append(BEGIN).append('\n')
                .append(STYLE).append("<div class=\"immersic-report\">\n<h1>Immersic report</h1>\n")
                .append("<p><a href=\"#tracks\">Tracks</a> · <a href=\"#corpus\">Corpus</a> · ")
                .append("<a href=\"#training\">Training</a> · <a href=\"#evaluation\">Evaluation</a> · ")
                .append("<a href=\"#reproduce\">Reproduce</a></p>\n");
        tracks(content.tracks());
        corpus(content.corpus());
        training(content.training());
        evaluation(content.evaluation(), content.gate());
        reproduce(content.settings(), content.command());
        html.append("</div>\n").append(END).append("\n</body>\n</html>\n");
    }

    private void tracks(List<ReportContent.Track> tracks) {
        html.append("<section id=\"tracks\">\n<h2>Tracks</h2>\n");
        for (ReportContent.Track track : tracks) {
            html.append("<section class=\"track\" id=\"").append(Svg.escape(track.name())).append("\">\n<h3>")
                    .append(Svg.escape(track.name())).append("</h3>\n");
            double seconds = track.bars() * track.beatsPerBar() * 60 / track.tempoBpm();
            List<String[]> facts = new ArrayList<>();
            facts.add(row("key", track.key() == null ? "n/a (no plan)" : track.key()));
            facts.add(row("tempo", fmt("%.0f BPM", track.tempoBpm())));
            facts.add(row("length", fmt("%d bars of %s beats, %.1f s", track.bars(), Svg.num(track.beatsPerBar()),
                    seconds)));
            if (track.form() != null) {
                facts.add(row("form", track.form() + (track.loopBars() > 0
                        ? fmt(" over %d-bar chord loops", track.loopBars()) : "")));
            }
            facts.add(row("notes", track.noteCount() + " (" + String.join(", ", track.parts().entrySet().stream()
                    .map(part -> part.getValue().size() + " " + part.getKey().id()).toList()) + ")"));
            if (track.loudness() != null) {
                facts.add(row("loudness", track.loudness()));
            }
            if (track.loop()) {
                facts.add(row("loop points", fmt("start 0.000 s (beat 0), end %.3f s (beat %s, after bar %d)",
                        seconds, Svg.num(track.bars() * track.beatsPerBar()), track.bars())));
            }
            facts.add(row("files", MARKUP + link(track.midiFile())
                    + (track.audioFile() == null ? "" : ", " + link(track.audioFile()))));
            table(List.of("", ""), facts, false);
            if (track.audioFile() != null) {
                // metadata: the player shows the track's length before it is played (none showed 0:00)
                html.append("<audio controls=\"controls\" preload=\"metadata\" src=\"")
                        .append(Svg.escape(href(track.audioFile()))).append("\"></audio>\n");
            }
            if (!track.stems().isEmpty()) {
                // Stems, and an adaptive set's levels and pieces: a name and a player a row.
                html.append("<div class=\"stems\">\n");
                for (var stem : track.stems().entrySet()) {
                    html.append("<span class=\"stem\">").append(Svg.escape(stem.getKey().replace('-', ' ')))
                            .append("</span><audio controls=\"controls\" preload=\"metadata\" src=\"")
                            .append(Svg.escape(href(stem.getValue()))).append("\"></audio>\n");
                }
                html.append("</div>\n");
            }
            html.append("<div class=\"roll-wrap\">")
                    .append(PianoRoll.render("Piano roll of " + track.name(), track.parts(), track.beatsPerBar(),
                            track.bars(), track.barChords(), track.loop() ? track.bars() * track.beatsPerBar() : 0))
                    .append("</div>\n</section>\n");
        }
        html.append("</section>\n");
    }

    private void corpus(CorpusAnalysis corpus) {
        html.append("<section id=\"corpus\">\n<h2>Corpus</h2>\n");
        if (corpus == null) {
            html.append("<p>This build had no corpus of its own (the model came from elsewhere).</p>\n</section>\n");
            return;
        }
        table(List.of("", ""), List.of(
                row("files read", Integer.toString(corpus.files())),
                row("files skipped", Integer.toString(corpus.skipped().size())),
                row("distinct pieces", corpus.pieces() + " (files that are one piece in another key count once)"),
                row("notes / chord onsets / tokens", fmt("%,d / %,d / %,d", corpus.notes(), corpus.chords(),
                        corpus.tokens())),
                row("drum hits", fmt("%,d", corpus.drumHits())),
                row("key (whole corpus)", NoteNames.spelled(corpus.key())),
                row("usual chord loop", corpus.loopBars() + " bars"),
                row("tempo", corpus.tempo() == null ? "not known" : corpus.tempo().describe())), false);
        if (!corpus.skipped().isEmpty()) {
            List<String[]> skipped = corpus.skipped().stream().map(s -> row(s.file(), s.reason())).toList();
            html.append("<h3>Skipped files</h3>\n");
            table(List.of("file", "reason"), skipped, false);
        }
        chart("Files per key", BarChart.render("Files per key", spelled(bars(intValues(corpus.keys()))), "files"));
        chart("Note names (% of notes)", BarChart.render("Note names", spelled(bars(corpus.noteNames())), "%"));
        chart("Pitches (% of notes)", BarChart.render("Pitches", spelled(bars(corpus.pitches())), "%"));
        chart("Durations in quarter notes (% of notes)",
                BarChart.render("Durations", bars(corpus.durations()), "%"));
        chart("Velocities (% of notes)", BarChart.render("Velocities", bars(corpus.velocities()), "%"));
        chart("Chord qualities (% of bars with a chord)",
                BarChart.render("Chord qualities", bars(corpus.chordQualities()), "%"));
        html.append("</section>\n");
    }

    private void training(ReportContent.Training training) {
        html.append("<section id=\"training\">\n<h2>Training</h2>\n");
        List<String[]> facts = new ArrayList<>();
        facts.add(row("method", training.method()));
        facts.add(row("model", training.provenance()));
        if (training.network() != null) {
            facts.add(row("network", training.network()));
        }
        if (training.backend() != null) {
            facts.add(row("backend", training.backend()));
        }
        if (!training.history().isEmpty()) {
            facts.add(row("epochs run", Integer.toString(training.history().size())));
        }
        if (training.keptEpoch() > 0) {
            facts.add(row("epoch kept", training.keptEpoch() + " (lowest validation loss)"));
        }
        if (!Double.isNaN(training.tokensPerSecond())) {
            facts.add(row("speed", fmt("%,.0f tokens/s", training.tokensPerSecond())));
        }
        table(List.of("", ""), facts, false);
        if (training.history().isEmpty()) {
            html.append("<p>This model does not record its loss per epoch.</p>\n");
        } else {
            List<TrainingMetrics.EpochLoss> history = training.history();
            double[] train = history.stream().mapToDouble(TrainingMetrics.EpochLoss::trainLoss).toArray();
            double[] validation = history.stream().mapToDouble(TrainingMetrics.EpochLoss::validationLoss).toArray();
            chart("Loss per epoch (nats per token)", LineChart.render("Loss per epoch", List.of(
                    new LineChart.Series("train", train), new LineChart.Series("validation", validation)),
                    "epoch", "loss", training.keptEpoch()));
        }
        html.append("</section>\n");
    }

    private void evaluation(Evaluation e, ReportContent.Gate gate) {
        html.append("<section id=\"evaluation\">\n<h2>Evaluation</h2>\n");
        if (e == null) {
            html.append("<p>Not evaluated in this build.</p>\n");
            gate(gate);
            html.append("</section>\n");
            return;
        }
        html.append(fmt("<p>%d held-out file(s), %,d tokens; %d generated track(s). The human yardstick: held-out"
                + " human pieces measured the same way as the tracks.</p>\n", e.validationFiles(),
                e.validationTokens(), e.tracks()));
        Evaluation.Models nll = e.heldOutNll();
        table(List.of("model", "LSTM", nll.ngramOrder() + "-gram baseline"), List.of(
                row("held-out NLL (nats/token)", num(nll.lstm()), num(nll.ngram())),
                row("perplexity", num(e.perplexity().lstm()), num(e.perplexity().ngram())),
                row("top-1 accuracy", num(e.top1Accuracy().lstm()), num(e.top1Accuracy().ngram()))), true);
        List<String[]> music = new ArrayList<>();
        Map<String, Map<String, Double>> figures = e.music();
        if (figures != null && figures.get("generated") != null) {
            for (String figure : figures.get("generated").keySet()) {
                music.add(row(figure, num(figures.get("generated").get(figure)),
                        num(value(figures.get("heldOutHuman"), figure)), num(value(figures.get("training"), figure))));
            }
            table(List.of("music", "generated", "held-out human", "training"), music, true);
        }
        if (e.classifier() != null) {
            List<String[]> auc = new ArrayList<>();
            for (var entry : e.classifier().entrySet()) {
                var result = entry.getValue();
                String windows = result.ran() ? result.windowsB() + " vs " + result.windowsA() : "too few";
                auc.add(row(CLASSIFIER_ROWS.getOrDefault(entry.getKey(), entry.getKey()), num(result.aucLogistic()),
                        num(result.aucTrees()), windows,
                        result.separators().stream().limit(3).map(sep -> sep.feature()).reduce((a, b) -> a + ", " + b)
                                .orElse("")));
            }
            table(List.of("classifier two-sample test (ROC AUC, 0.5 = indistinguishable)", "logistic", "trees",
                    "windows", "separated most by"), auc, true);
            String caution = TwoSampleClassifier.heldOutCaution(e.classifier());
            if (caution != null) {
                html.append("<p>").append(Svg.escape(caution.substring(0, 1).toUpperCase(Locale.ROOT)
                        + caution.substring(1))).append(".</p>\n");
            }
        }
        List<String[]> overlap = new ArrayList<>();
        for (Map.Entry<String, Double> entry : e.overlap().entrySet()) {
            overlap.add(row(entry.getKey(), num(entry.getValue()), num(value(e.humanOverlap(), entry.getKey()))));
        }
        table(List.of("overlap with the corpus (0..1)", "generated", "held-out human"), overlap, true);
        table(List.of("copying and variety", ""), List.of(
                row("longest run copied from the corpus", e.longestCopiedTokens() + " tokens across "
                        + e.longestCopiedBars() + " bar line(s)"),
                row("8-grams found in the corpus", fmt("%.1f %%", 100 * e.copied8gramShare())),
                row("distinct-4", num(e.distinct4())),
                row("key", fmt("corpus %s; tracks correlate %.2f with their key", e.key().corpusKey(),
                        e.key().meanCorrelation()))), true);
        gate(gate);
        html.append("</section>\n");
    }

    private static final Map<String, String> CLASSIFIER_ROWS = Map.of(
            "generatedVsHeldOut", "generated vs held-out human",
            "generatedVsTraining", "generated vs training pieces",
            "heldOutVsTraining", "held-out human vs training (yardstick)");

    private void gate(ReportContent.Gate gate) {
        String verdict = gate.verdict();
        html.append("<h3>Quality gate: <span class=\"verdict-").append(gate.set() ? verdict : "none").append("\">")
                .append(verdict).append("</span></h3>\n");
        if (gate.set()) {
            html.append("<p>Limits: ").append(Svg.escape(String.join(", ", gate.limits()))).append("</p>\n");
            for (String failure : gate.failures()) {
                html.append("<p class=\"verdict-failed\">").append(Svg.escape(failure)).append("</p>\n");
            }
        }
    }

    private void reproduce(List<ReportContent.Setting> settings, String command) {
        html.append("<section id=\"reproduce\">\n<h2>Reproduce</h2>\n<p>The same plugin, inputs and settings give the")
                .append(" same bytes. The settings that made these tracks:</p>\n");
        table(List.of("setting", "value"), settings.stream().map(s -> row(s.name(), s.value())).toList(), false);
        html.append("<pre>").append(Svg.escape(command)).append("</pre>\n</section>\n");
    }

    /** A chart under its heading (the charts draw no title of their own). */
    private void chart(String heading, String svg) {
        html.append("<h3>").append(Svg.escape(heading)).append("</h3>\n").append(svg).append('\n');
    }

    private void table(List<String> header, List<String[]> rows, boolean numbers) {
        html.append("<table>\n");
        if (header.stream().anyMatch(h -> !h.isEmpty())) {
            html.append("<tr>");
            header.forEach(h -> html.append("<th>").append(Svg.escape(h)).append("</th>"));
            html.append("</tr>\n");
        }
        for (String[] row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.length; i++) {
                html.append(i == 0 ? "<th>" : numbers ? "<td class=\"num\">" : "<td>")
                        .append(row[i].startsWith(MARKUP) ? row[i].substring(MARKUP.length()) : Svg.escape(row[i]))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Starts a table cell that is markup made here (its text already escaped), not text to escape. */
    private static final String MARKUP = "\u0000markup:";

    /** A link to a file of the build, relative to the report, named by its path. */
    private static String link(String file) {
        if (file == null) {
            return "none";
        }
        return "<a href=\"" + Svg.escape(href(file)) + "\">" + Svg.escape(file) + "</a>";
    }

    /** A relative path as a URL: each segment percent-encoded (UTF-8), so '#', '?', '%' and spaces stay in the name. */
    static String href(String path) {
        StringBuilder url = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                url.append(c);
            } else {
                url.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return url.toString();
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static Double value(Map<String, Double> map, String key) {
        return map == null ? null : map.get(key);
    }

    private static String num(Double value) {
        return value == null || value.isNaN() ? "n/a" : fmt("%.3f", value);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static List<Bar> bars(Map<String, Double> distribution) {
        return distribution == null ? List.of()
                : distribution.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue())).toList();
    }

    /** Bars labelled with music21's note names (analysis.json keeps them), spelled as musicians read them. */
    private static List<Bar> spelled(List<Bar> bars) {
        return bars.stream().map(b -> new Bar(NoteNames.spelled(b.label()), b.value())).toList();
    }

    private static Map<String, Double> intValues(Map<String, Integer> counts) {
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) -> values.put(k, v.doubleValue()));
        return values;
    }
}
