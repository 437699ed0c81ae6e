package io.immersic.engine;

import io.immersic.model.StoredModel;
import java.nio.file.Path;

/**
 * The model a build generates with.
 *
 * @param zip its copy in the output folder ({@code model/model.zip})
 * @param source where it came from; only a model of the project's own corpus is attached to the build
 * @param provenance how this build came by it, in a few words: trained, reused from the cache, resolved, built in
 */
public record UsedModel(StoredModel model, Path zip, ModelSource source, String provenance) {}
