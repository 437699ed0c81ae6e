package io.immersic.report;

import io.immersic.analysis.CorpusAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes a sample report to /tmp/immersic-sample/report.html when -Dimmersic.sampleReport is set, to look at. */
class SampleReportRender {

    @Test
    void render() throws Exception {
        if (System.getProperty("immersic.sampleReport") == null) {
            return;
        }
        Map<String, Double> names = new LinkedHashMap<>();
        for (String n : List.of("C", "C#", "D", "E-", "E", "F", "F#", "G", "G#", "A", "B-", "B")) {
            names.put(n, 100.0 / 12);
        }
        Map<String, Double> pitches = new LinkedHashMap<>();
        for (String n : List.of("E-3", "B-3", "C4", "E-4", "G4", "B-4")) {
            pitches.put(n, 100.0 / 6);
        }
        Map<String, Integer> keys = new LinkedHashMap<>();
        keys.put("E- major", 3);
        keys.put("C minor", 1);
        CorpusAnalysis corpus = new CorpusAnalysis(4, 3, 100, 20, 400, 0, "E- major", names, pitches,
                Map.of("1", 100.0), Map.of("64", 100.0), 2, Map.of("maj7", 100.0), keys, List.of(), null);
        ReportContent plain = HtmlReportTest.content(List.of(HtmlReportTest.track("track-1", "tracks/track-1.wav"),
                HtmlReportTest.track("a&b #2", null)), ReportContent.Gate.NONE);
        ReportContent.Training t = plain.training();
        ReportContent.Training trained = new ReportContent.Training(t.method(),
                "trained in this build (kept in the model cache)", t.backend(), t.network(), t.history(),
                t.keptEpoch(), 12345.0);
        Path out = Files.createDirectories(Path.of("/tmp/immersic-sample"));
        Files.writeString(out.resolve("report.html"), HtmlReport.render(new ReportContent(corpus, trained,
                plain.tracks(), null, ReportContent.Gate.NONE, plain.settings(), plain.command())));
    }
}
