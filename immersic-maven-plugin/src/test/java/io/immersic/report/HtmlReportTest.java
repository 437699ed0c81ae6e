package io.immersic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.analysis.CorpusAnalysis;
import io.immersic.evaluation.Evaluation;
import io.immersic.evaluation.TwoSampleClassifier;
import io.immersic.midi.Note;
import io.immersic.model.TrainingMetrics;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    @Test
    void everyTrackHasOnePianoRollAndOnePlayerAndTheCorpusAndTrainingAreCharted() {
        String page = HtmlReport.render(content(List.of(track("track-1", "tracks/track-1.wav"),
                track("track-2", "tracks/track-2.wav")), ReportContent.Gate.NONE));
        assertEquals(2, count(page, "class=\"chart piano-roll\""));
        assertEquals(2, count(page, "<audio "));
        assertTrue(page.contains("src=\"tracks/track-1.wav\""));
        for (String chart : List.of("Files per key", "Note names", "Pitches", "Durations", "Velocities",
                "Chord qualities")) {
            assertTrue(page.contains("<title>" + chart), chart);
        }
        assertEquals(1, count(page, "class=\"chart line-chart\""), "the loss per epoch");
        assertTrue(page.contains("reused from the model cache"));
        assertTrue(page.contains("b.mid</th><td>it is empty</td>"), "a skipped file with its reason");
        assertTrue(page.contains("Dm9"), "the chords are named on the roll");
        assertTrue(page.contains("mvn immersic:generate -Dimmersic.seed=7"));
    }

    @Test
    void aTrackWithoutAudioHasNoPlayerAndAFailedGateSaysWhy() {
        ReportContent.Gate gate = new ReportContent.Gate(true, List.of("minDistinct4 1.0"),
                List.of("distinct4 is 0.500, below <minDistinct4> 1.0"));
        String page = HtmlReport.render(content(List.of(track("track-1", null)), gate));
        assertEquals(0, count(page, "<audio "));
        assertEquals(1, count(page, "class=\"chart piano-roll\""));
        assertTrue(page.contains("Quality gate: <span class=\"verdict-failed\">failed</span>"));
        assertTrue(page.contains("distinct4 is 0.500, below &lt;minDistinct4&gt; 1.0"), "escaped");
    }

    @Test
    void theSameContentGivesTheSameBytesAndTheBodyIsWellFormed() throws Exception {
        ReportContent content = content(List.of(track("track-1", "tracks/track-1.wav")), ReportContent.Gate.NONE);
        String page = HtmlReport.render(content);
        assertEquals(page, HtmlReport.render(content));
        String body = HtmlReport.body(page);
        assertNotNull(body);
        assertFalse(body.contains("<body"), "only the content between the markers");
        // The embedded part must parse as XML too: the site report hands it to Doxia as raw markup.
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<div>" + body.replace("&nbsp;", " ") + "</div>")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noteNamesPitchesAndKeysAreSpelledAsMusiciansReadThem() {
        Map<String, Double> names = new LinkedHashMap<>();
        for (String name : List.of("C#", "E-", "F#", "G#", "B-")) {
            names.put(name, 20.0);
        }
        Map<String, Double> pitches = new LinkedHashMap<>();
        pitches.put("E-3", 50.0);
        pitches.put("B-3", 50.0);
        CorpusAnalysis corpus = new CorpusAnalysis(2, 2, 10, 2, 40, 0, "E- major", names, pitches,
                Map.of("1", 100.0), Map.of("64", 100.0), 2, Map.of("maj7", 100.0), Map.of("E- major", 2),
                List.of(), null);
        ReportContent plain = content(List.of(track("track-1", null)), ReportContent.Gate.NONE);
        String page = HtmlReport.render(new ReportContent(corpus, plain.training(), plain.tracks(), null,
                ReportContent.Gate.NONE, plain.settings(), plain.command()));
        for (String label : List.of("C#", "Eb", "F#", "Ab", "Bb", "Eb3", "Bb3", "Eb major")) {
            assertTrue(page.contains(">" + label + "</text>") || page.contains("<title>" + label + ": "), label);
        }
        assertTrue(page.contains("<td>Eb major</td>"), "the corpus's key");
        assertFalse(Pattern.compile("[A-G]-").matcher(page.replaceAll("(?s)<style.*?</style>", "")).find(),
                "no music21 spelling left");
    }

    @Test
    void theTrackFilesAreRelativeLinksEscaped() {
        String page = HtmlReport.render(content(List.of(track("track-1", "tracks/track-1.wav"),
                track("a&b #2", "tracks/a&b #2.flac")), ReportContent.Gate.NONE));
        assertTrue(page.contains("<th>files</th><td><a href=\"tracks/track-1.mid\">tracks/track-1.mid</a>,"
                + " <a href=\"tracks/track-1.wav\">tracks/track-1.wav</a></td>"), page);
        assertTrue(page.contains("<a href=\"tracks/a%26b%20%232.mid\">tracks/a&amp;b #2.mid</a>"), "escaped");
        assertTrue(page.contains("src=\"tracks/a%26b%20%232.flac\""), "the player's link too");
        assertFalse(page.contains("\u0000"));
    }

    @Test
    void aPageWithoutMarkersHasNoBody() {
        assertEquals(null, HtmlReport.body("<html><body>other</body></html>"));
    }

    @Test
    void fewHeldOutWindowsAreFlaggedUnderTheClassifierTable() {
        ReportContent base = content(List.of(track("track-1", null)), ReportContent.Gate.NONE);
        String page = HtmlReport.render(new ReportContent(base.corpus(), base.training(), base.tracks(),
                evaluation(9), base.gate(), base.settings(), base.command()));
        assertTrue(page.contains("<p>Only 9 held-out window(s): the AUC against them may be off by 0.1 or more either"
                + " way; generatedVsTraining, on 99 windows, says more.</p>"), "the caution under the table");
        String enough = HtmlReport.render(new ReportContent(base.corpus(), base.training(), base.tracks(),
                evaluation(40), base.gate(), base.settings(), base.command()));
        assertTrue(enough.contains("generated vs held-out human"), "the classifier table is there");
        assertFalse(enough.contains("held-out window(s)"), "no caution with 40 held-out windows");
    }

    /** An evaluation whose classifier test met {@code heldOutWindows} held-out windows and 99 training ones. */
    private static Evaluation evaluation(int heldOutWindows) {
        Map<String, TwoSampleClassifier.Result> classifier = new LinkedHashMap<>();
        classifier.put("generatedVsHeldOut", new TwoSampleClassifier.Result(0.6, 0.7, heldOutWindows, 80,
                heldOutWindows, 20, List.of()));
        classifier.put("generatedVsTraining", new TwoSampleClassifier.Result(0.8, 0.9, 99, 80, 68, 20, List.of()));
        Evaluation.Models models = new Evaluation.Models(2.0, 3.0, 2);
        return new Evaluation(models, models, models, Map.of(), 8, 1000, Map.of(), Map.of(), Map.of(), 10, 0, 0.1, 0.9,
                Map.of(), 0.9, new Evaluation.KeyConsistency("D minor", 0.8, 0.9), null, classifier, 3);
    }

    static ReportContent content(List<ReportContent.Track> tracks, ReportContent.Gate gate) {
        Map<String, Double> names = new LinkedHashMap<>();
        names.put("C", 60.0);
        names.put("E", 40.0);
        Map<String, Integer> keys = new LinkedHashMap<>();
        keys.put("D minor", 3);
        keys.put("F major", 1);
        CorpusAnalysis corpus = new CorpusAnalysis(4, 3, 100, 20, 400, 0, "D minor", names, Map.of("C4", 60.0),
                Map.of("1", 100.0), Map.of("64", 100.0), 2, Map.of("m9", 100.0), keys,
                List.of(new CorpusAnalysis.SkippedFile("b.mid", "it is empty")), new io.immersic.tokens.CorpusTempo(76, 1, 4));
        ReportContent.Training training = new ReportContent.Training("default", "reused from the model cache (x)",
                "nd4j-native", "1 LSTM layer(s) of 32", List.of(new TrainingMetrics.EpochLoss(1, 3.0, 3.2),
                new TrainingMetrics.EpochLoss(2, 2.5, 2.9)), 2, Double.NaN);
        return new ReportContent(corpus, training, tracks, null, gate,
                List.of(new ReportContent.Setting("seed", "7")), "mvn immersic:generate -Dimmersic.seed=7");
    }

    static ReportContent.Track track(String name, String audio) {
        List<Note> notes = List.of(new Note(62, 80, 0, 2, 0), new Note(65, 60, 4, 2, 0));
        return new ReportContent.Track(name, "tracks/" + name + ".mid", audio, "D minor", 80, 2, 4, notes,
                List.of("Dm9", "G13"), "AABA", 2, false);
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
