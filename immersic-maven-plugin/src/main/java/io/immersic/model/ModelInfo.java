package io.immersic.model;

import io.immersic.analysis.CorpusStyle;
import java.util.List;

/**
 * What a model's {@code model.json} holds: everything besides the weights that generation needs, and how the model
 * was made. With the parameters and the vocabulary size the network's configuration is rebuilt exactly
 * ({@link LstmNetworkFactory}), so no serialized configuration is ever read.
 *
 * @param representation the token representation the vocabulary belongs to (e.g. {@code remi-12-chords})
 * @param fingerprint the training fingerprint: the model cache's key
 * @param vocabulary the tokens, index = network input and output
 * @param parameters the training parameters (they fix the network's shape)
 * @param backend the nd4j backend and platform that trained it
 * @param tempoBpm the corpus's median tempo, the tracks' tempo unless the build asks for one
 * @param beatsPerBar the corpus's usual metre
 * @param style what generation takes from the corpus besides the weights (loop length, register, keys)
 * @param metrics how training went
 */
public record ModelInfo(String representation, String fingerprint, List<String> vocabulary,
                        TrainingParameters parameters, String backend, double tempoBpm, double beatsPerBar,
                        CorpusStyle style, TrainingMetrics metrics) {

    public ModelInfo {
        vocabulary = List.copyOf(vocabulary);
    }
}
