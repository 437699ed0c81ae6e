package io.immersic.model;

import java.util.Map;

/**
 * {@code manifest.json}, the first file of every model: what the other files must be (size and SHA-256) and the
 * shapes they must agree on. A model is used only when every check against it passes.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion {@value #FORMAT_VERSION}; a model written in another version is refused, not guessed at
 * @param fingerprint the training fingerprint (the cache key); a cache entry must hold the model of its own key
 * @param vocabularySize tokens in model.json's vocabulary
 * @param networkInputs the network's input size (its embedding's rows): must equal the vocabulary size
 * @param networkOutputs the network's output size (its softmax's width): must equal the vocabulary size
 * @param parameterCount the weights in coefficients.bin (32-bit floats)
 * @param files every other file of the model by name
 */
public record ModelManifest(String format, int formatVersion, String fingerprint, int vocabularySize,
                            long networkInputs, long networkOutputs, long parameterCount,
                            Map<String, FileDigest> files) {

    public static final String FORMAT = "immersic-model";
    /**
     * 2 since the token stream writes a position before every note of a chord (version 1 wrote one per onset): a model
     * learned on the older stream would play thin chords under the new grammar, so it is refused and retrained.
     */
    public static final int FORMAT_VERSION = 2;

    /** A file's size in bytes and its SHA-256 in lower-case hex. */
    public record FileDigest(long size, String sha256) {}
}
