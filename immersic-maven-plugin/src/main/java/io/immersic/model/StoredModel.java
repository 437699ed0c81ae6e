package io.immersic.model;

import io.immersic.tokens.Vocabulary;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** A model ready to generate with: the network with its weights, its vocabulary and its {@code model.json}. */
public record StoredModel(MultiLayerNetwork network, Vocabulary vocabulary, ModelInfo info) {}
