package io.immersic.model;

import io.immersic.common.BuildLog;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Trains the LSTM on whole files ({@link TrainingPlan}: held-out pieces, per-epoch shuffle and key), laid into
 * contiguous streams for truncated BPTT; training stops when the held-out loss stops improving, and the weights of the
 * best epoch are the ones kept. The arithmetic runs on {@link BatchedLstmNetwork} (DL4J's model, batched products);
 * the result is a DL4J network, saved and loaded as before.
 */
public final class Trainer {

    /**
     * Segments of truncated BPTT per data chunk: a stream's state starts afresh every this many segments (as DL4J
     * did between fits), long enough to learn phrases.
     */
    static final int SEGMENTS_PER_CHUNK = 32;

    /** Within an epoch longer than this, a progress line is logged this often. */
    private static final long PROGRESS_INTERVAL_NANOS = 10_000_000_000L;

    /** Which arithmetic trains the model. */
    public enum Path {
        /** The batched path on CPU, DL4J's own layer on other backends ({@link TrainingPath#choose}). */
        AUTO,
        /** DL4J's own LSTM layer: the path the batched one replaced, kept as the benchmark's reference. */
        DL4J_LAYER
    }

    private final BuildLog log;
    private final Path path;

    public Trainer(BuildLog log) {
        this(log, Path.AUTO);
    }

    public Trainer(BuildLog log, Path path) {
        this.log = log;
        this.path = path;
    }

    public record Result(MultiLayerNetwork network, TrainingMetrics metrics) {}

    public Result train(List<List<String>> files, Vocabulary vocabulary, TrainingParameters requested) {
        TrainingPlan plan = new TrainingPlan(files, vocabulary, requested);
        if (plan.tokensPerEpoch() < 3) {
            throw new IllegalArgumentException("the corpus is too small to train on (fewer than 3 tokens)");
        }
        TrainingParameters p = Batching.resolve(requested, plan.tokensPerEpoch());
        int held = plan.validationFiles();
        int chunkLength = p.sequenceLength() * SEGMENTS_PER_CHUNK;
        TokenStreams validation = held == 0 ? null
                : TokenStreams.of(plan.validationTokens(), p.batchSize(), vocabulary.size(), chunkLength);
        int streams = TokenStreams.rowsFor(plan.tokensPerEpoch(), p.batchSize());
        MultiLayerNetwork network = LstmNetworkFactory.create(vocabulary.size(), p);
        TrainingPath training = path == Path.DL4J_LAYER ? new Dl4jTrainingPath(network)
                : TrainingPath.choose(network, streams, p);
        INDArray bestWeights = training.weights().dup();
        double bestValidation = Double.POSITIVE_INFINITY;
        double bestTrain = Double.NaN;
        int bestEpoch = 0;
        int epochsRun = 0;
        long predictedPerEpoch = 0;
        List<TrainingMetrics.EpochLoss> history = new ArrayList<>();
        long started = System.nanoTime();
        log.info(String.format("Training on %d file(s) (%,d tokens an epoch), holding out %d for validation; %s;"
                        + " %s", plan.trainingFiles(), plan.tokensPerEpoch(), held,
                describe(p, requested.batchSize() == 0), training.describe()));
        for (int epoch = 1; epoch <= p.epochs(); epoch++) {
            long epochStart = System.nanoTime();
            TokenStreams epochStreams = TokenStreams.of(plan.nextEpoch(), p.batchSize(), vocabulary.size(),
                    chunkLength);
            predictedPerEpoch = epochStreams.predictions();
            String label = "Epoch " + epoch + "/" + p.epochs();
            Progress progress = new Progress(label, segments(epochStreams, p.sequenceLength()));
            double trainLoss = training.fitEpoch(epochStreams, progress) / epochStreams.predictions();
            double validationLoss = validation == null ? trainLoss : training.loss(validation);
            epochsRun = epoch;
            history.add(new TrainingMetrics.EpochLoss(epoch, trainLoss,
                    validation == null ? Double.NaN : validationLoss));
            double epochSeconds = (System.nanoTime() - epochStart) / 1e9;
            boolean improved = validationLoss < bestValidation - 1e-4;
            if (improved) {
                bestValidation = validationLoss;
                bestTrain = trainLoss;
                bestEpoch = epoch;
                bestWeights.assign(training.weights());
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            long etaSeconds = Math.round(elapsed / epoch * (p.epochs() - epoch));
            log.info(String.format("%s: train loss %.4f, validation loss %s, %,.0f tokens/s, %.1f s%s, ETA %s",
                    label, trainLoss, validation == null ? "n/a" : String.format("%.4f", validationLoss),
                    predictedPerEpoch / epochSeconds, epochSeconds, improved ? " (best)" : "",
                    duration(etaSeconds)));
            if (epoch - bestEpoch >= p.patience()) {
                log.info("Stopping early: validation loss has not improved for " + p.patience() + " epoch(s);"
                        + " keeping epoch " + bestEpoch);
                break;
            }
        }
        network = training.finish(bestWeights);
        double seconds = (System.nanoTime() - started) / 1e9;
        TrainingMetrics metrics = new TrainingMetrics(epochsRun, bestEpoch, bestTrain,
                validation == null ? Double.NaN : bestValidation, predictedPerEpoch, held,
                predictedPerEpoch * (double) epochsRun / seconds, seconds, history);
        return new Result(network, metrics);
    }

    /** Logs a progress line with an ETA every {@link #PROGRESS_INTERVAL_NANOS} inside a long epoch. */
    private final class Progress implements Runnable {
        private final String label;
        private final int total;
        private final long start = System.nanoTime();
        private long lastReport = start;
        private int done;

        Progress(String label, int total) {
            this.label = label;
            this.total = total;
        }

        @Override
        public void run() {
            done++;
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_INTERVAL_NANOS && done < total) {
                lastReport = now;
                double perSegment = (now - start) / 1e9 / done;
                log.info(String.format("%s: %d%% (segment %d/%d), epoch ETA %s", label, 100 * done / total, done,
                        total, duration(Math.round(perSegment * (total - done)))));
            }
        }
    }

    /** Mean cross-entropy, in nats per token, each stream run from its start to its end without a reset. */
    static double loss(BatchedLstmNetwork evaluator, TokenStreams streams) {
        int steps = evaluator.maxSteps();
        int[] inputs = new int[steps * streams.rows()];
        int[] labels = new int[steps * streams.rows()];
        evaluator.resetState();
        double total = 0;
        for (int from = 0; from < streams.rowLength(); from += steps) {
            int length = Math.min(steps, streams.rowLength() - from);
            streams.segment(from, length, inputs, labels);
            total += evaluator.segment(inputs, labels, length, false);
        }
        return total / streams.predictions();
    }

    /**
     * The same measure for a DL4J network: {@code rnnTimeStep} carries the state from one chunk into the next, as if
     * each stream were fed in one piece.
     */
    public static double loss(MultiLayerNetwork network, TokenStreams streams) {
        network.rnnClearPreviousState();
        double total = 0;
        for (DataSet chunk : streams.chunks()) {
            INDArray probabilities = network.rnnTimeStep(chunk.getFeatures());
            INDArray logLikelihood = Transforms.log(Transforms.max(probabilities, 1e-12, true), false)
                    .muli(chunk.getLabels());
            total -= logLikelihood.sumNumber().doubleValue();
        }
        network.rnnClearPreviousState();
        return total / streams.predictions();
    }

    private static int segments(TokenStreams streams, int sequenceLength) {
        int segments = 0;
        for (int chunk = 0; chunk < streams.rowLength(); chunk += streams.chunkLength()) {
            int length = Math.min(streams.chunkLength(), streams.rowLength() - chunk);
            segments += (length + sequenceLength - 1) / sequenceLength;
        }
        return segments;
    }

    private static String duration(long seconds) {
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    private static String describe(TrainingParameters p, boolean autoBatch) {
        return String.format("embedding %d, %d x LSTM(%d), dropout %.2f, TBPTT %d over %d streams%s, learning rate"
                        + " %s, at most %d epochs, patience %d, seed %d%s", p.embeddingSize(), p.layers(),
                p.hiddenSize(), p.dropout(), p.sequenceLength(), p.batchSize(), autoBatch ? " (auto)" : "",
                new java.math.BigDecimal(p.learningRate()).round(new java.math.MathContext(4)).stripTrailingZeros()
                        .toPlainString(), p.epochs(), p.patience(), p.seed(),
                p.transpose() ? ", transposed through all 12 keys" : "");
    }
}
