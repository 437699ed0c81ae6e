package io.immersic.engine;

import io.immersic.cache.BuildState;
import io.immersic.cache.Fingerprint;
import io.immersic.model.Backend;
import io.immersic.model.ModelStore;
import io.immersic.model.Trainer;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import io.immersic.tokens.Transposer;
import io.immersic.tokens.Vocabulary;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Stage 2: corpus → trained model, or the stored model when the corpus and every training parameter are unchanged. */
public final class TrainStep {

    private final BuildLog log;

    public TrainStep(BuildLog log) {
        this.log = log;
    }

    public ModelStore.StoredModel run(TrainRequest request, Corpus corpus) throws ImmersicException {
        TrainingParameters p = request.training();
        try {
            p.validate();
        } catch (IllegalArgumentException e) {
            throw new ImmersicException(e.getMessage());
        }
        Backend.useThreads(p.threads());
        ModelStore store = new ModelStore(request.preprocess().output().modelDirectory());
        String fingerprint = fingerprint(corpus, p, Backend.variant());
        Optional<ModelStore.StoredModel> stored = store.loadIfCurrent(fingerprint);
        if (stored.isPresent()) {
            log.info("Reusing the trained model " + store.modelFile() + " (corpus and training parameters unchanged;"
                    + " validation loss " + format(stored.get().info().metrics().validationLoss()) + ")");
            return stored.get();
        }
        log.info("Backend: " + Backend.describe(p.threads()));
        Trainer.Result result;
        List<List<String>> files = corpus.files().stream().map(CorpusEntry::tokens).toList();
        Vocabulary vocabulary = p.transpose() ? Transposer.vocabularyOfAllKeys(files) : corpus.vocabularyIndex();
        try {
            result = new Trainer(log).train(files, vocabulary, p);
        } catch (IllegalArgumentException e) {
            throw new ImmersicException("Cannot train: " + e.getMessage());
        }
        ModelStore.ModelInfo info = new ModelStore.ModelInfo(BuildState.CACHE_FORMAT_VERSION, fingerprint,
                vocabulary.tokens(), p, Backend.variant(), corpus.medianTempoBpm(), commonBeatsPerBar(corpus),
                result.metrics());
        try {
            store.save(result.network(), info);
        } catch (IOException e) {
            throw new ImmersicException("Cannot save the model to " + store.modelFile() + ": " + e.getMessage(), e);
        }
        log.info(String.format("Trained in %.1f s (%d epochs, kept epoch %d, validation loss %s); saved %s",
                result.metrics().seconds(), result.metrics().epochsRun(), result.metrics().bestEpoch(),
                format(result.metrics().validationLoss()), store.modelFile()));
        return new ModelStore.StoredModel(result.network(), vocabulary, info);
    }

    /** Everything that changes the trained weights: the tokens, every parameter, the native backend. */
    static String fingerprint(Corpus corpus, TrainingParameters p, String backend) {
        Fingerprint fingerprint = new Fingerprint()
                .add("cacheFormat", BuildState.CACHE_FORMAT_VERSION)
                .add("representation", corpus.representation())
                .add("vocabulary", corpus.vocabulary())
                .add("parameters", p)
                .add("backend", backend);
        for (CorpusEntry file : corpus.files()) {
            fingerprint.add("tokens", file.tokens());
        }
        return fingerprint.hex();
    }

    private static double commonBeatsPerBar(Corpus corpus) {
        return corpus.files().stream().map(CorpusEntry::beatsPerBar)
                .collect(java.util.stream.Collectors.groupingBy(b -> b, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(4.0);
    }

    private static String format(double loss) {
        return Double.isNaN(loss) ? "n/a" : String.format("%.4f", loss);
    }
}
