package io.immersic.model;

import io.immersic.engine.BuildLog;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Trains the LSTM on whole files: a seeded share of files is held out for validation, the rest are shuffled each epoch
 * and laid into contiguous streams for truncated BPTT, and training stops when the held-out loss stops improving. The
 * weights of the best epoch are the ones kept.
 */
public final class Trainer {

    /**
     * Segments of truncated BPTT per data chunk. DL4J carries the LSTM state from segment to segment within one fit
     * and resets it between fits, so a stream's state starts afresh every this many segments: long enough to learn
     * phrases, short enough that a large corpus's one-hot labels stay small.
     */
    static final int SEGMENTS_PER_CHUNK = 32;

    /** Within an epoch longer than this, a progress line is logged this often. */
    private static final long PROGRESS_INTERVAL_NANOS = 10_000_000_000L;

    /**
     * Sums DL4J's per-segment scores (after a TBPTT fit, {@code score()} covers only the last segment) and logs
     * progress inside long epochs.
     */
    private final class SegmentLoss extends BaseTrainingListener {
        double sum;
        int segmentsDone;
        int segmentsTotal;
        String epochLabel;
        long epochStart;
        long lastReport;

        void startEpoch(String label, int totalSegments) {
            sum = 0;
            segmentsDone = 0;
            segmentsTotal = totalSegments;
            epochLabel = label;
            epochStart = System.nanoTime();
            lastReport = epochStart;
        }

        @Override
        public void iterationDone(Model model, int iteration, int epoch) {
            sum += model.score();
            segmentsDone++;
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_INTERVAL_NANOS && segmentsDone < segmentsTotal) {
                lastReport = now;
                double perSegment = (now - epochStart) / 1e9 / segmentsDone;
                log.info(String.format("%s: %d%% (segment %d/%d), epoch ETA %s", epochLabel,
                        100 * segmentsDone / segmentsTotal, segmentsDone, segmentsTotal,
                        duration(Math.round(perSegment * (segmentsTotal - segmentsDone)))));
            }
        }
    }

    private final BuildLog log;

    public Trainer(BuildLog log) {
        this.log = log;
    }

    public record Result(MultiLayerNetwork network, TrainingMetrics metrics) {}

    public Result train(List<List<String>> files, Vocabulary vocabulary, TrainingParameters p) {
        List<int[]> sequences = new ArrayList<>();
        for (List<String> tokens : files) {
            sequences.add(tokens.stream().mapToInt(vocabulary::indexOf).toArray());
        }
        FileSplit split = FileSplit.byPiece(files, p.validationFraction(), p.seed());
        List<Integer> validationOrder = split.validation();
        List<Integer> trainingOrder = new ArrayList<>(split.training());
        int held = validationOrder.size();
        KeyRotation keys = p.transpose() ? new KeyRotation(files, vocabulary, p.seed()) : null;
        int chunkLength = p.sequenceLength() * SEGMENTS_PER_CHUNK;
        TokenStreams validation = held == 0 ? null : TokenStreams.build(
                TokenStreams.inOrder(sequences, validationOrder), p.batchSize(), vocabulary.size(), chunkLength);

        MultiLayerNetwork network = LstmNetworkFactory.create(vocabulary.size(), p);
        SegmentLoss segmentLoss = new SegmentLoss();
        network.setListeners(segmentLoss);
        Random shuffle = new Random(p.seed() + 1);
        INDArray bestParameters = network.params().dup();
        double bestValidation = Double.POSITIVE_INFINITY;
        double bestTrain = Double.NaN;
        int bestEpoch = 0;
        int epochsRun = 0;
        long predictedPerEpoch = 0;
        long started = System.nanoTime();
        log.info(String.format("Training on %d file(s), holding out %d for validation; %s",
                trainingOrder.size(), held, describe(p)));
        for (int epoch = 1; epoch <= p.epochs(); epoch++) {
            long epochStart = System.nanoTime();
            Collections.shuffle(trainingOrder, shuffle);
            List<int[]> epochFiles = keys == null ? TokenStreams.inOrder(sequences, trainingOrder)
                    : keys.forEpoch(trainingOrder, epoch);
            TokenStreams training = TokenStreams.build(epochFiles, p.batchSize(), vocabulary.size(), chunkLength);
            if (training == null) {
                throw new IllegalArgumentException("the corpus is too small to train on (fewer than 3 tokens)");
            }
            predictedPerEpoch = training.predictions();
            segmentLoss.startEpoch("Epoch " + epoch + "/" + p.epochs(), segments(training, p.sequenceLength()));
            long stepsPerStream = 0;
            for (DataSet chunk : training.chunks()) {
                network.fit(chunk);
                stepsPerStream += chunk.getFeatures().size(2);
            }
            network.rnnClearPreviousState();
            // DL4J scores an RNN segment as its loss summed over time steps, averaged over streams.
            double trainLoss = segmentLoss.sum / stepsPerStream;
            double validationLoss = validation == null ? trainLoss : loss(network, validation);
            epochsRun = epoch;
            double epochSeconds = (System.nanoTime() - epochStart) / 1e9;
            boolean improved = validationLoss < bestValidation - 1e-4;
            if (improved) {
                bestValidation = validationLoss;
                bestTrain = trainLoss;
                bestEpoch = epoch;
                bestParameters = network.params().dup();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            long etaSeconds = Math.round(elapsed / epoch * (p.epochs() - epoch));
            log.info(String.format("Epoch %d/%d: train loss %.4f, validation loss %s, %,.0f tokens/s, %.1f s%s, ETA %s",
                    epoch, p.epochs(), trainLoss, validation == null ? "n/a" : String.format("%.4f", validationLoss),
                    predictedPerEpoch / epochSeconds, epochSeconds, improved ? " (best)" : "",
                    duration(etaSeconds)));
            if (epoch - bestEpoch >= p.patience()) {
                log.info("Stopping early: validation loss has not improved for " + p.patience() + " epoch(s);"
                        + " keeping epoch " + bestEpoch);
                break;
            }
        }
        network.setParams(bestParameters);
        network.setListeners(Collections.emptyList());
        double seconds = (System.nanoTime() - started) / 1e9;
        TrainingMetrics metrics = new TrainingMetrics(epochsRun, bestEpoch, bestTrain,
                validation == null ? Double.NaN : bestValidation, predictedPerEpoch, held,
                predictedPerEpoch * (double) epochsRun / seconds, seconds);
        return new Result(network, metrics);
    }

    /**
     * Mean cross-entropy, in nats per token, over token streams, each run from its start: {@code rnnTimeStep} carries
     * the state from one chunk into the next, as if each stream were fed in one piece.
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
        for (DataSet chunk : streams.chunks()) {
            segments += (int) ((chunk.getFeatures().size(2) + sequenceLength - 1) / sequenceLength);
        }
        return segments;
    }

    private static String duration(long seconds) {
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    private static String describe(TrainingParameters p) {
        return String.format("embedding %d, %d x LSTM(%d), dropout %.2f, TBPTT %d over %d streams, learning rate %s,"
                        + " at most %d epochs, patience %d, seed %d%s", p.embeddingSize(), p.layers(), p.hiddenSize(),
                p.dropout(), p.sequenceLength(), p.batchSize(), p.learningRate(), p.epochs(), p.patience(), p.seed(),
                p.transpose() ? ", transposed through all 12 keys" : "");
    }

    /**
     * Transposition augmentation that keeps an epoch's cost: each epoch plays every training file in one key, and
     * over 12 epochs each file goes through all 12 keys, in an order seeded per file. Validation files stay as written.
     */
    private static final class KeyRotation {
        private final List<List<int[]>> keysPerFile = new ArrayList<>();
        private final List<int[]> orderPerFile = new ArrayList<>();

        KeyRotation(List<List<String>> files, Vocabulary vocabulary, long seed) {
            Random random = new Random(seed + 2);
            for (List<String> file : files) {
                List<int[]> keys = new ArrayList<>();
                for (List<String> key : io.immersic.tokens.Transposer.allKeys(file)) {
                    keys.add(key == null ? null : key.stream().mapToInt(vocabulary::indexOf).toArray());
                }
                keysPerFile.add(keys);
                List<Integer> order = new ArrayList<>();
                for (int k = 0; k < 12; k++) {
                    order.add(k);
                }
                Collections.shuffle(order, random);
                orderPerFile.add(order.stream().mapToInt(Integer::intValue).toArray());
            }
        }

        List<int[]> forEpoch(List<Integer> trainingOrder, int epoch) {
            List<int[]> out = new ArrayList<>(trainingOrder.size());
            for (int file : trainingOrder) {
                int[] key = keysPerFile.get(file).get(orderPerFile.get(file)[(epoch - 1) % 12]);
                out.add(key != null ? key : keysPerFile.get(file).get(5)); // a key out of range: the original
            }
            return out;
        }
    }
}
