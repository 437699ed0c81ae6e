package io.immersic.method;

import io.immersic.analysis.CorpusStyle;
import io.immersic.cache.Fingerprint;
import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.evaluation.Evaluation;
import io.immersic.evaluation.Evaluator;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.band.Part;
import io.immersic.band.PerformedTrack;
import io.immersic.generation.TokenGenerator;
import io.immersic.model.ModelInfo;
import io.immersic.model.StoredModel;
import io.immersic.model.TrainingMetrics;
import io.immersic.model.TrainingParameters;
import io.immersic.report.ReportContent;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Immersic's method: an LSTM on REMI events (bar, position, chord, pitch, duration, velocity), trained once and cached,
 * or given as an artifact, or built in (the engine's {@link ModelSupply}), composing a planned chord loop bar by bar
 * ({@link TokenGenerator}), measured by {@link Evaluator#evaluate}.
 */
public final class LstmMethod implements CompositionMethod {

    private final BuildLog log;

    public LstmMethod(BuildLog log) {
        this.log = log;
    }

    @Override
    public String describe() {
        return "default (an LSTM on REMI events composing a planned chord loop)";
    }

    @Override
    public Composer trainOrReuse(Corpus corpus, ModelSupply supply) throws ImmersicException {
        return new LstmComposer(log, supply.model(corpus));
    }

    /** The trained (or reused) model composing tracks. */
    static final class LstmComposer implements Composer {

        private final BuildLog log;
        private final StoredModel model;
        private final Path zip;
        private final Path ownArchive;
        private final String provenance;

        LstmComposer(BuildLog log, ModelSupply.Supplied supplied) {
            this.log = log;
            this.model = supplied.model();
            this.zip = supplied.zip();
            this.ownArchive = supplied.ownArchive();
            this.provenance = supplied.provenance();
        }

        @Override
        public String modelIdentity() {
            try {
                return Fingerprint.sha256Hex(zip); // its bytes: weights, vocabulary, info
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public ReportContent.Training training() {
            ModelInfo info = model.info();
            TrainingParameters p = info.parameters();
            TrainingMetrics metrics = info.metrics();
            String network = String.format(Locale.ROOT, "%d LSTM layer(s) of %d, embedding %d, %d-token windows,"
                    + " up to %d epochs, vocabulary of %d", p.layers(), p.hiddenSize(), p.embeddingSize(),
                    p.sequenceLength(), p.epochs(), info.vocabulary().size());
            // The speed is known only when this build trained the model (it is not stored with it).
            double speed = metrics.tokensPerSecond() > 0 ? metrics.tokensPerSecond() : Double.NaN;
            return new ReportContent.Training(null, provenance, info.backend(), network, metrics.history(),
                    metrics.bestEpoch(), speed);
        }

        @Override
        public Path ownModelArchive() {
            return ownArchive;
        }

        @Override
        public List<TokenGenerator.Track> compose(List<String> primer, GenerationParameters p, MusicControls controls,
                                                  boolean loop) {
            CorpusStyle style = model.info().style(); // measured on the corpus the model was trained on
            log.info("Composing " + controls.describe() + "; corpus style: " + style);
            long started = System.nanoTime();
            List<TokenGenerator.Track> tracks = new TokenGenerator(model.network(), model.vocabulary(), style,
                    model.info().beatsPerBar())
                    .generate(primer, p, controls, loop);
            double seconds = (System.nanoTime() - started) / 1e9;
            long generatedTokens = tracks.stream() // the keys after the primer, and the top line
                    .mapToLong(t -> t.tokens().size() - primer.size() + t.melody().size()).sum();
            log.info(String.format("Generated %d token(s) for %d track(s) in %.2f s (%,.0f tokens/s, seed %d)",
                    generatedTokens, tracks.size(), seconds, generatedTokens / Math.max(seconds, 1e-9), p.seed()));
            return tracks;
        }

        @Override
        public Evaluation evaluate(Corpus corpus, List<PerformedTrack> tracks, double tempoBpm) {
            return new Evaluator().evaluate(new Evaluator.Input(
                    corpus.files().stream().map(CorpusEntry::tokens).toList(), model.vocabulary(), model.network(),
                    model.info().parameters().validationFraction(), model.info().parameters().seed(),
                    model.info().parameters().transpose(), tracks.stream().map(PerformedTrack::tokens).toList(),
                    model.info().beatsPerBar(), tracks.stream().map(t -> t.plan().key()).toList(),
                    tracks.stream().map(t -> t.plan().chords()).toList(),
                    tracks.stream().map(t -> t.notes(Part.KEYS)).toList(),
                    corpus.files().stream().map(CorpusEntry::tempoBpm).toList(), tempoBpm,
                    model.info().style().pieceStyle()));
        }

        @Override
        public boolean knows(String token) {
            return model.vocabulary().contains(token);
        }

        @Override
        public double beatsPerBar() {
            return model.info().beatsPerBar();
        }

        @Override
        public double tempoBpm() {
            return model.info().tempoBpm();
        }

        @Override
        public io.immersic.analysis.CorpusStyle.Roll roll() {
            return model.info().style().roll();
        }
    }
}
