package io.immersic.benchmark;

import io.immersic.common.BuildLog;
import io.immersic.engine.OutputLayout;
import io.immersic.engine.PreprocessRequest;
import io.immersic.engine.PreprocessStep;
import io.immersic.model.Backend;
import io.immersic.model.Trainer;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.CorpusEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Trains on a MIDI folder and nothing else: for profiling the training path ({@code java -cp ... TrainOnly DIR N}). */
public final class TrainOnly {

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]).toAbsolutePath().normalize();
        int epochs = Integer.parseInt(args[1]);
        var corpus = new PreprocessStep(BuildLog.SILENT).run(new PreprocessRequest(dataset,
                List.of("**/*.mid", "**/*.midi"), List.of(), null,
                new OutputLayout(Files.createTempDirectory("immersic-train"))));
        TrainingParameters d = TrainingParameters.DEFAULTS;
        TrainingParameters p = new TrainingParameters(epochs, d.layers(), d.hiddenSize(), d.embeddingSize(),
                d.dropout(), d.sequenceLength(), d.batchSize(), d.learningRate(), d.validationFraction(), epochs + 1,
                d.seed(), 1, true);
        Backend.useThreads(1);
        List<List<String>> files = corpus.files().stream().map(CorpusEntry::tokens).toList();
        var vocabulary = io.immersic.tokens.Transposer.vocabularyOfAllKeys(files);
        BuildLog log = new BuildLog() {
            public void info(String m) { System.out.println("[INFO] " + m); }
            public void warn(String m) { System.out.println("[WARNING] " + m); }
            public void debug(String m) {}
        };
        new Trainer(log).train(files, vocabulary, p);
    }
}
