package io.immersic.model;

import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Builds the token model: embedding → stacked LSTM → softmax over the vocabulary, trained with truncated BPTT. */
public final class LstmNetworkFactory {

    /** Every gradient element is clipped to ± this (after DL4J's division by the number of streams). */
    static final double GRADIENT_CLIP = 1.0;

    private LstmNetworkFactory() {}

    public static MultiLayerNetwork create(int vocabularySize, TrainingParameters p) {
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(p.seed())
                .updater(new Adam(p.learningRate()))
                .weightInit(WeightInit.XAVIER)
                // LSTMs on small corpora occasionally spike; clipping keeps one bad segment from undoing an epoch.
                .gradientNormalization(GradientNormalization.ClipElementWiseAbsoluteValue)
                .gradientNormalizationThreshold(GRADIENT_CLIP)
                .list()
                // N(0,1) embeddings: with Xavier init the model stalled at the unigram loss (measured on this corpus).
                .layer(new EmbeddingSequenceLayer.Builder()
                        .nIn(vocabularySize).nOut(p.embeddingSize())
                        .weightInit(new NormalDistribution(0, 1))
                        .outputDataFormat(RNNFormat.NCW)
                        .build());
        int inputSize = p.embeddingSize();
        for (int i = 0; i < p.layers(); i++) {
            LSTM.Builder lstm = new LSTM.Builder().nIn(inputSize).nOut(p.hiddenSize())
                    .activation(Activation.TANH).dataFormat(RNNFormat.NCW);
            if (i > 0) {
                applyDropout(lstm, p.dropout());
            }
            layers.layer(lstm.build());
            inputSize = p.hiddenSize();
        }
        RnnOutputLayer.Builder output = new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .activation(Activation.SOFTMAX).nIn(inputSize).nOut(vocabularySize).dataFormat(RNNFormat.NCW);
        applyDropout(output, p.dropout());
        MultiLayerConfiguration configuration = layers.layer(output.build())
                .backpropType(BackpropType.TruncatedBPTT)
                .tBPTTForwardLength(p.sequenceLength())
                .tBPTTBackwardLength(p.sequenceLength())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();
        return network;
    }

    /**
     * The number of weights {@link #create} makes, computed from the sizes alone, so that a model file's claimed shape
     * can be checked before a network of that shape is allocated: embedding V×E (no bias), each LSTM layer
     * in×4H + H×4H + 4H, the softmax H×V + V.
     */
    public static long parameterCount(int vocabularySize, TrainingParameters p) {
        long count = (long) vocabularySize * p.embeddingSize();
        long inputSize = p.embeddingSize();
        long gates = 4L * p.hiddenSize();
        for (int i = 0; i < p.layers(); i++) {
            count += inputSize * gates + (long) p.hiddenSize() * gates + gates;
            inputSize = p.hiddenSize();
        }
        return count + inputSize * vocabularySize + vocabularySize;
    }

    private static void applyDropout(org.deeplearning4j.nn.conf.layers.Layer.Builder<?> layer, double dropout) {
        if (dropout > 0) {
            layer.dropOut(1.0 - dropout); // DL4J takes the probability to KEEP an activation
        }
    }
}
