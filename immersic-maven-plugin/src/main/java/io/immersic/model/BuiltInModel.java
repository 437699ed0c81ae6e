package io.immersic.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * The model the plugin ships ({@value #RESOURCE}): trained with the default parameters on the sample project's corpus,
 * which the project wrote itself (see src/site/markdown/models.md, "The built-in model", for how to make it again).
 * A project with no music of its own generates with it.
 */
public final class BuiltInModel {

    static final String RESOURCE = "/io/immersic/model/built-in-model.zip";

    private BuiltInModel() {}

    /** The built-in model's files, read and checked like any model zip. */
    public static ModelArchive archive() throws InvalidModelException {
        try (InputStream in = BuiltInModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidModelException("the plugin has no " + RESOURCE);
            }
            return ModelZip.read(in);
        } catch (IOException e) {
            throw new InvalidModelException("it cannot be read (" + e.getMessage() + ")");
        }
    }
}
