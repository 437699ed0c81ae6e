package io.immersic.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.analysis.CorpusAnalysis;
import io.immersic.midi.MidiWriter;
import io.immersic.midi.Note;
import io.immersic.midi.UnreadableFolders;
import io.immersic.model.TrainingMetrics;
import io.immersic.report.HtmlReport;
import io.immersic.report.ReportContent;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A MIDI folder with things in it that are not music: the build goes on, and no file's content is published. */
class BadInputTest {

    private static final String SECRET = "password=hunter2\nuser=admin\n";

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();
    private final UnreadableFolders unreadable = new UnreadableFolders();

    @AfterEach
    void unlock() throws Exception {
        unreadable.unlock();
    }

    @Test
    void anUnreadableFolderIsNamedAndTheGoodFilesArePreprocessed() throws Exception {
        Path midi = goodFolder();
        Path locked = unreadable.make(midi.resolve("locked"));

        Corpus corpus = new PreprocessStep(log).run(request(midi));

        assertEquals(List.of("a.mid", "b.mid"), corpus.files().stream().map(CorpusEntry::path).toList());
        assertTrue(log.warnings().contains("Skipping " + locked + ": cannot be read (permission denied)"),
                String.join("\n", log.lines));
    }

    @Test
    void aTextFileIsNamedWithWhatIsWrongAndItsContentReachesNoArtifact() throws Exception {
        Path midi = goodFolder();
        Files.writeString(midi.resolve("x.mid"), SECRET);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("token.txt"), "token=s3cr3t-t0ken\n");
        Files.createSymbolicLink(midi.resolve("secret.mid"), elsewhere.resolve("token.txt"));

        new PreprocessStep(log).run(request(midi));

        String json = Files.readString(temp.resolve("out/analysis.json"));
        CorpusAnalysis analysis = Json.MAPPER.readValue(json, CorpusAnalysis.class);
        assertEquals(List.of(new CorpusAnalysis.SkippedFile("secret.mid", "it is not a MIDI file: it starts with text,"
                + " not 'MThd'"), new CorpusAnalysis.SkippedFile("x.mid", "it is not a MIDI file: it starts with text,"
                + " not 'MThd'")), analysis.skipped());
        String page = HtmlReport.render(report(analysis));
        assertTrue(page.contains("x.mid</th><td>it is not a MIDI file"), "the file is named in the report");
        for (String secret : List.of("password", "hunter2", "token=", "s3cr3t")) {
            assertFalse(json.contains(secret), secret + " in analysis.json");
            assertFalse(page.contains(secret), secret + " in report.html");
        }
        // The build log may help a user recognise a stray file of the project's, but never quotes a linked one.
        String logText = String.join("\n", log.lines);
        assertTrue(log.warnings().contains("Skipping " + midi.resolve("x.mid") + ": it is not a MIDI file: it starts"
                + " with text, not 'MThd' (it starts with \"password=hunter2\")"), logText);
        assertFalse(logText.contains("s3cr3t"), logText);
    }

    private Path goodFolder() throws Exception {
        Path midi = Files.createDirectories(temp.resolve("midi"));
        for (String name : List.of("a.mid", "b.mid")) {
            List<Note> notes = new ArrayList<>();
            for (int beat = 0; beat < 8; beat++) {
                notes.add(new Note(60 + beat % 5, 80, beat, 1, 0));
            }
            Files.write(midi.resolve(name), new MidiWriter().write(notes, 90, 4, 0, name));
        }
        return midi;
    }

    private PreprocessRequest request(Path midi) {
        return new PreprocessRequest(midi, List.of("**/*.mid"), List.of(), null, new OutputLayout(temp.resolve("out")));
    }

    private static ReportContent report(CorpusAnalysis analysis) {
        ReportContent.Training training = new ReportContent.Training("default", "trained in this build", "nd4j-native",
                "1 LSTM layer(s) of 32", List.of(new TrainingMetrics.EpochLoss(1, 3.0, 3.2)), 1, Double.NaN);
        return new ReportContent(analysis, training, List.of(), null, ReportContent.Gate.NONE, List.of(), "mvn");
    }
}
