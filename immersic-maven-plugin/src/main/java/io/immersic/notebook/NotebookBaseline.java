package io.immersic.notebook;

import io.immersic.common.BuildLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The notebooks' method, reproduced as a baseline (preset {@code notebook}): notebook elements as tokens ({@code F#5},
 * {@code 0.4.7}: pitch and chord only), every 32-token window of the concatenated training files predicting the next
 * token, each token fed as one scalar (index / vocabulary size), their layer stack (Dropout 0.2 → LSTM 128 → Dense 64
 * → Dense 64 → LSTM 128 → Dense 64 → LSTM 128 → softmax), and greedy argmax for 500 tokens from a window of the
 * training data, re-feeding the window at every step. Its weaknesses are the point: it is what Immersic must beat.
 *
 * <p>What differs from a literal port, and why. Ported literally (Xavier init, RMSprop 0.001, batch 64) it did not
 * learn at all in DL4J: the training loss stayed at ln(vocabulary) (4.8–5.1 on the lo-fi corpus, 2.07–2.08 = ln 8 for
 * 30 epochs on an 8-element figure repeated, where the last element alone predicts the next) and greedy output was
 * one repeated element. The cause is the scalar input: neighbouring tokens differ by 1/V, and Xavier gives the first
 * LSTM's input weights (fan-in 1, fan-out 512) a spread of about 0.06, so two tokens move its pre-activations by
 * ~0.06/V, far below everything else, and 13 updates an epoch at 0.001 never grow them. So:
 * <ul>
 *   <li>the first LSTM's input weights are drawn with a spread of {@value #INPUT_SCALE}·V and its biases put each
 *       unit's threshold at a random point of [0, 1], so every gate is a soft step (about two token indices wide)
 *       between token indices: the layer sees which token came in, as the notebooks' (much longer) training must
 *       have learned it to;</li>
 *   <li>the Dropout 0.2 sits after the first LSTM instead of on the scalar input. Dropout rescales what it keeps by
 *       1/0.8, and on a scalar index that turns token i into token 1.25·i: with the step-like first layer every
 *       training window became a window of other tokens, which the net could only average to the unigram;</li>
 *   <li>the windows are shuffled every epoch (Keras' {@code fit} does so by default; in file order every batch held
 *       one stretch of one piece and the loss bounced), Adam at {@value #LEARNING_RATE} instead of RMSprop 0.001, and
 *       batches of {@value #BATCH} (at least 16 batches an epoch, down to 16 windows, on a tiny corpus).</li>
 * </ul>
 * On the lo-fi corpus (76 files, 2,375 training elements, 272-element vocabulary, ln V = 5.61, unigram entropy of the
 * training elements 4.64) the previous settings (input spread 4·V, input dropout, file order, Adam 0.005, batch 16)
 * gave training losses 5.08 5.38 5.07 5.05 5.02 5.00 4.85 4.98 5.34 5.12 over 10 epochs, ~50 s each (1 CPU
 * thread), and one repeated element; now 4.94 4.69 4.69 4.67 4.62 4.55 4.48 4.44 4.37 4.31 (falling below the
 * unigram from epoch 5), ~25 s an epoch (the LSTM arithmetic dominates; batches of 64 amortise DL4J's per-op
 * overhead), and greedy tracks move between 1–3 elements in their first 24 (greedy argmax on a model this young
 * still settles on a frequent note, as the notebooks' did). Gradient clipping (L2 per layer, 1.0) with Adam 0.005
 * stayed at the unigram (4.70 after 4 epochs). The repeating figure is still learned (NotebookBaselineTest).
 *
 * <p>Greedy generation runs the window through {@link NotebookForward} (plain Java on the same weights) instead of one
 * DL4J {@code output} call per element, whose per-call overhead made a track take seconds.
 */
public final class NotebookBaseline {

    public static final int WINDOW = 32;
    public static final int GENERATED_TOKENS = 500;
    static final int BATCH = 64;
    static final double LEARNING_RATE = 0.002;
    /** Spread of the first LSTM's input weights, in units of the vocabulary size (see the class comment). */
    static final double INPUT_SCALE = 0.5;

    /** A trained notebook model with its vocabulary (sorted element strings). */
    public record Model(MultiLayerNetwork network, List<String> vocabulary, double heldOutNll, double trainingLoss) {}

    private final BuildLog log;

    public NotebookBaseline(BuildLog log) {
        this.log = log;
    }

    public Model train(List<List<String>> trainingFiles, List<List<String>> validationFiles, int epochs, long seed) {
        TreeSet<String> distinct = new TreeSet<>();
        trainingFiles.forEach(distinct::addAll);
        validationFiles.forEach(distinct::addAll);
        List<String> vocabulary = List.copyOf(distinct);
        MultiLayerNetwork network = network(vocabulary.size(), seed);
        DataSet training = windows(concatenate(trainingFiles), vocabulary);
        DataSet validation = windows(concatenate(validationFiles), vocabulary);
        double loss = Double.NaN;
        Random order = new Random(seed);
        int batch = batchSize(training.numExamples());
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long started = System.nanoTime();
            double sum = 0;
            int batches = 0;
            training.shuffle(order.nextLong()); // as Keras' fit does by default
            for (int from = 0; from < training.numExamples(); from += batch) {
                int to = Math.min(training.numExamples(), from + batch);
                network.fit(new DataSet(
                        training.getFeatures().get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all()).dup(),
                        training.getLabels().get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).dup()));
                sum += network.score();
                batches++;
            }
            loss = sum / Math.max(1, batches);
            log.info(String.format("Notebook baseline epoch %d/%d: train loss %.4f, %.1f s", epoch, epochs, loss,
                    (System.nanoTime() - started) / 1e9));
        }
        double heldOut = validation == null ? Double.NaN : nll(network, validation);
        return new Model(network, vocabulary, heldOut, loss);
    }

    /** {@value #BATCH} windows a batch, but at least 16 batches an epoch down to batches of 16 (a tiny corpus). */
    static int batchSize(int windows) {
        return Math.max(16, Math.min(BATCH, windows / 16));
    }

    /** Greedy argmax from a seeded window of the training data, re-fed at every step, as the notebooks generated. */
    public List<String> generate(Model model, List<List<String>> trainingFiles, long seed) {
        List<String> sequence = concatenate(trainingFiles);
        int start = new Random(seed).nextInt(Math.max(1, sequence.size() - WINDOW));
        List<Integer> window = new ArrayList<>();
        for (int i = 0; i < WINDOW; i++) {
            window.add(model.vocabulary().indexOf(sequence.get(Math.min(sequence.size() - 1, start + i))));
        }
        List<String> generated = new ArrayList<>(GENERATED_TOKENS);
        float size = model.vocabulary().size();
        NotebookForward forward = new NotebookForward(model.network());
        for (int step = 0; step < GENERATED_TOKENS; step++) {
            float[] input = new float[WINDOW];
            for (int i = 0; i < WINDOW; i++) {
                input[i] = window.get(i) / size;
            }
            int next = NotebookForward.argmax(forward.logits(input));
            generated.add(model.vocabulary().get(next));
            window.remove(0);
            window.add(next);
        }
        return generated;
    }

    static MultiLayerNetwork network(int vocabularySize, long seed) {
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(LEARNING_RATE))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new LSTM.Builder().nOut(128).activation(Activation.TANH).build())
                // Dropout 0.2 after the first LSTM, not on the scalar input (see the class comment). DL4J takes the
                // probability to keep.
                .layer(new DropoutLayer.Builder(0.8).build())
                .layer(new DenseLayer.Builder().nOut(64).activation(Activation.IDENTITY).build())
                .layer(new DenseLayer.Builder().nOut(64).activation(Activation.IDENTITY).build())
                .layer(new LSTM.Builder().nOut(128).activation(Activation.TANH).build())
                .layer(new DenseLayer.Builder().nOut(64).activation(Activation.IDENTITY).build())
                .layer(new LastTimeStep(new LSTM.Builder().nOut(128).activation(Activation.TANH).build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX)
                        .nOut(vocabularySize).build())
                .setInputType(InputType.recurrent(1, WINDOW))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();
        spreadScalarInput(network, vocabularySize, seed);
        return network;
    }

    /**
     * Gives the first LSTM (layer 0) input weights w ~ N(0, ({@value #INPUT_SCALE}·V)²) and biases
     * −w·u with u uniform in [0, 1), so each of its gate units switches at a random point between token indices.
     */
    private static void spreadScalarInput(MultiLayerNetwork network, int vocabularySize, long seed) {
        INDArray weights = network.getParam("0_W");
        INDArray biases = network.getParam("0_b");
        Random random = new Random(seed);
        for (int j = 0; j < weights.columns(); j++) {
            double w = INPUT_SCALE * vocabularySize * random.nextGaussian();
            weights.putScalar(0, j, w);
            biases.putScalar(0, j, -w * random.nextDouble());
        }
    }

    /** Every 32-token window and the token after it; null when the sequence is too short for one. */
    static DataSet windows(List<String> sequence, List<String> vocabulary) {
        int count = sequence.size() - WINDOW;
        if (count < 1) {
            return null;
        }
        float size = vocabulary.size();
        float[] features = new float[count * WINDOW];
        float[] labels = new float[count * vocabulary.size()];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < WINDOW; i++) {
                features[n * WINDOW + i] = vocabulary.indexOf(sequence.get(n + i)) / size;
            }
            labels[n * vocabulary.size() + vocabulary.indexOf(sequence.get(n + WINDOW))] = 1f;
        }
        return new DataSet(Nd4j.create(features, new long[] {count, 1, WINDOW}, DataType.FLOAT),
                Nd4j.create(labels, new long[] {count, vocabulary.size()}, DataType.FLOAT));
    }

    /** Mean cross-entropy (nats) of the next token over the windows. */
    static double nll(MultiLayerNetwork network, DataSet windows) {
        INDArray probabilities = network.output(windows.getFeatures(), false);
        double total = -org.nd4j.linalg.ops.transforms.Transforms.log(
                org.nd4j.linalg.ops.transforms.Transforms.max(probabilities, 1e-12, true), false)
                .muli(windows.getLabels()).sumNumber().doubleValue();
        return total / windows.numExamples();
    }

    private static List<String> concatenate(List<List<String>> files) {
        List<String> all = new ArrayList<>();
        files.forEach(all::addAll);
        return all;
    }
}
