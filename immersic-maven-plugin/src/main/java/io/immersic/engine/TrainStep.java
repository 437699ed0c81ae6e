package io.immersic.engine;

import io.immersic.analysis.CorpusStyle;
import io.immersic.cache.BuildState;
import io.immersic.cache.EntryStore;
import io.immersic.cache.Fingerprint;
import io.immersic.cache.KeyLock;
import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.model.Backend;
import io.immersic.model.InvalidModelException;
import io.immersic.model.ModelArchive;
import io.immersic.model.ModelInfo;
import io.immersic.model.StoredModel;
import io.immersic.model.Trainer;
import io.immersic.model.TrainingMetrics;
import io.immersic.model.TrainingParameters;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import io.immersic.tokens.Transposer;
import io.immersic.tokens.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stage 2: corpus → trained model, kept in the model cache ({@code cacheDirectory/models/<fingerprint>/}) so that any
 * later build with the same corpus and training parameters (after {@code mvn clean}, in another checkout, in CI with
 * a cached folder) reuses it. Builds that need the same model at once take turns on the entry's lock: one trains,
 * the others wait and reuse. An entry that fails any check is reported, discarded and trained again; never used.
 */
final class TrainStep {

    /** A model and the files it is stored as. */
    /** @param provenance how this build came by the model, in a few words (for the report) */
    record Result(StoredModel model, ModelArchive archive, String provenance) {}

    /**
     * The tokens/s of each model trained in this JVM, by build and cache entry: the goals of one build (train, then
     * generate) each run this step, and the later ones reuse from the cache what the first trained. They still report
     * it as trained in this build, with its speed.
     */
    private static final Map<String, Double> TRAINED = new ConcurrentHashMap<>();

    private final BuildLog log;

    TrainStep(BuildLog log) {
        this.log = log;
    }

    Result run(TrainRequest request, Corpus corpus) throws ImmersicException {
        TrainingParameters p = request.training();
        List<List<String>> files = corpus.files().stream().map(CorpusEntry::tokens).toList();
        double beatsPerBar = commonBeatsPerBar(corpus);
        CorpusStyle style = CorpusStyle.of(files, beatsPerBar);
        // The model reads each file with its texture words (PieceStyle), so they are in its vocabulary.
        List<List<String>> modelInput = style.modelInput(files);
        List<List<String>> lines = style.vocabularyLines(files);
        Vocabulary vocabulary = p.transpose() ? Transposer.vocabularyOfAllKeys(lines) : Vocabulary.of(lines);
        String fingerprint = fingerprint(corpus, p, Backend.variant());
        EntryStore store = new EntryStore(request.cacheDirectory().resolve("models"));
        KeyLock lock = null;
        try {
            lock = store.lock(fingerprint, Duration.ofSeconds(request.cacheLockTimeout()), log::info).orElse(null);
            if (lock == null) {
                log.warn("Gave up waiting for " + store.entryFolder(fingerprint) + " after "
                        + request.cacheLockTimeout() + " s ({cacheLockTimeout}): another build still holds its lock"
                        + " (stopped or hung?). Training the model in this build without sharing it: it goes to "
                        + request.preprocess().output().modelDirectory() + ", not into the model cache.");
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The model cache " + store.root() + " cannot be written (" + e + "); a model found there is"
                    + " still used, a new one is not kept. Point {cacheDirectory} at a"
                    + " writable folder to keep models.");
        }
        try {
            // Without the lock (a read-only cache, e.g. one restored by CI) entries are still read: they never change.
            String trainedKey = request.build() + "\n" + store.entryFolder(fingerprint).toAbsolutePath();
            Result cached = reuse(store, fingerprint, vocabulary, lock != null);
            if (cached != null) {
                Double speed = TRAINED.get(trainedKey);
                return speed == null ? cached : trainedEarlier(cached, speed);
            }
            Result trained = train(corpus, modelInput, vocabulary, p, fingerprint, style, beatsPerBar);
            if (lock != null && publish(store, fingerprint, trained)) {
                TRAINED.put(trainedKey, trained.model().info().metrics().tokensPerSecond());
            }
            return trained;
        } finally {
            release(lock);
        }
    }

    /** @param locked whether this build holds the key's lock, and so may remove a damaged entry */
    private Result reuse(EntryStore store, String fingerprint, Vocabulary vocabulary, boolean locked) {
        Path entry = store.entry(fingerprint).orElse(null);
        if (entry == null) {
            return null;
        }
        try {
            ModelArchive archive = ModelArchive.fromFolder(entry);
            StoredModel model = archive.open(new ModelArchive.Expectation(fingerprint, vocabulary.tokens()));
            log.info("Reusing the trained model " + entry + " (corpus and training parameters unchanged;"
                    + " validation loss " + format(model.info().metrics().validationLoss()) + ")");
            return new Result(model, archive, "reused from the model cache (" + entry + ")");
        } catch (InvalidModelException | RuntimeException e) {
            log.warn("The cached model " + entry + " cannot be used: " + e.getMessage() + ". Training it again.");
            try {
                if (locked) {
                    store.discard(fingerprint);
                }
            } catch (IOException discardFailed) {
                log.warn("Cannot remove " + entry + " (" + IoReasons.describe(discardFailed) + "); it will be"
                        + " replaced.");
            }
            return null;
        }
    }

    private Result train(Corpus corpus, List<List<String>> files, Vocabulary vocabulary, TrainingParameters p,
                         String fingerprint, CorpusStyle style, double beatsPerBar) throws ImmersicException {
        log.info("Backend: " + Backend.describe(p.threads()));
        Trainer.Result result;
        try {
            result = new Trainer(log).train(files, vocabulary, p);
        } catch (IllegalArgumentException e) {
            throw new ImmersicException("Cannot train: " + e.getMessage());
        }
        ModelInfo info = new ModelInfo(corpus.representation(), fingerprint, vocabulary.tokens(), p,
                Backend.variant(), corpus.tempo().bpm(), beatsPerBar, style, result.metrics());
        log.info(String.format("Trained in %.1f s (%d epochs, kept epoch %d, validation loss %s)",
                result.metrics().seconds(), result.metrics().epochsRun(), result.metrics().bestEpoch(),
                format(result.metrics().validationLoss())));
        StoredModel model = new StoredModel(result.network(), vocabulary, info);
        return new Result(model, ModelArchive.of(model.network(), info), "trained in this build");
    }

    /** @return whether the model is now in the cache */
    private boolean publish(EntryStore store, String fingerprint, Result trained) {
        try {
            log.info("Cached the model as " + store.publish(fingerprint, trained.archive().files()));
            return true;
        } catch (IOException e) {
            log.warn("Cannot cache the model in " + store.root() + " (" + IoReasons.describe(e) + "); this build uses"
                    + " it, the next one trains again.");
            return false;
        }
    }

    /** A model an earlier goal of this build trained and cached: trained in this build, with its speed. */
    private static Result trainedEarlier(Result cached, double tokensPerSecond) {
        StoredModel model = cached.model();
        ModelInfo info = model.info();
        TrainingMetrics m = info.metrics();
        TrainingMetrics metrics = new TrainingMetrics(m.epochsRun(), m.bestEpoch(), m.trainLoss(), m.validationLoss(),
                m.trainingTokens(), m.validationFiles(), tokensPerSecond, m.seconds(), m.history());
        ModelInfo withSpeed = new ModelInfo(info.representation(), info.fingerprint(), info.vocabulary(),
                info.parameters(), info.backend(), info.tempoBpm(), info.beatsPerBar(), info.style(), metrics);
        return new Result(new StoredModel(model.network(), model.vocabulary(), withSpeed), cached.archive(),
                "trained in this build (kept in the model cache)");
    }

    private void release(KeyLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                log.debug("Releasing the model cache lock: " + e.getMessage()); // the OS releases it at exit anyway
            }
        }
    }

    /**
     * Everything that makes the stored model: the tokens, tempo and metre of every file (the model keeps the corpus's
     * tempo and metre), every parameter, the native backend, and the cache format.
     */
    static String fingerprint(Corpus corpus, TrainingParameters p, String backend) {
        Fingerprint fingerprint = new Fingerprint()
                .add("cacheFormat", BuildState.CACHE_FORMAT_VERSION)
                .add("representation", corpus.representation())
                .add("vocabulary", corpus.vocabulary())
                .add("parameters", p)
                .add("backend", backend);
        for (CorpusEntry file : corpus.files()) {
            fingerprint.add("tokens", file.tokens()).add("tempo", file.tempoBpm()).add("metre", file.beatsPerBar());
        }
        return fingerprint.hex();
    }

    private static double commonBeatsPerBar(Corpus corpus) {
        Map<Double, Long> counts = corpus.files().stream().map(CorpusEntry::beatsPerBar)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(4.0);
    }

    static String format(double loss) {
        return Double.isNaN(loss) ? "n/a" : String.format("%.4f", loss);
    }
}
