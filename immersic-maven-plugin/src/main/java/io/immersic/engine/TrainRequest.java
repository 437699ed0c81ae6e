package io.immersic.engine;

import io.immersic.model.TrainingParameters;

/** The train stage: the corpus it needs (made by preprocess when out of date) and how to train. */
public record TrainRequest(PreprocessRequest preprocess, TrainingParameters training) {}
