package io.immersic.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.immersic.analysis.CorpusStyle;
import io.immersic.cache.Fingerprint;
import io.immersic.midi.MetreMap;
import io.immersic.midi.TempoChange;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A model as files: {@code manifest.json}, {@code model.json} ({@link ModelInfo}) and {@code coefficients.bin} (the
 * network's weights as little-endian 32-bit floats, in DL4J's flattened order). The same three files make a cache
 * entry (a folder) and a model artifact ({@link ModelZip}).
 *
 * <p>Opening never runs Java deserialization or DL4J's configuration parser: the network is rebuilt from the
 * parameters by {@link LstmNetworkFactory} and the weights are copied in, after every check in {@link #open} passed.
 */
public record ModelArchive(byte[] manifest, byte[] info, byte[] coefficients) {

    public static final String MANIFEST = "manifest.json";
    public static final String INFO = "model.json";
    public static final String COEFFICIENTS = "coefficients.bin";
    /** The files of a model, in the order they are written (the manifest first, so a reader can bound the rest). */
    public static final List<String> FILES = List.of(MANIFEST, INFO, COEFFICIENTS);
    /** The most manifest.json may hold: it lists two files and a few sizes, well under 1 KiB. */
    static final long MAX_MANIFEST_BYTES = 64L << 10;
    /** The most model.json may hold: a vocabulary of thousands of tokens is well under 1 MiB. */
    static final long MAX_INFO_BYTES = 4L << 20;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What the caller knows the model must be; null fields are not checked. */
    public record Expectation(String fingerprint, List<String> vocabulary) {
        public static final Expectation ANY = new Expectation(null, null);
    }

    /** The files of a trained network and its description. */
    public static ModelArchive of(MultiLayerNetwork network, ModelInfo info) {
        try {
            byte[] infoBytes = JSON.writeValueAsBytes(info);
            float[] weights = network.params().toFloatVector();
            ByteBuffer buffer = ByteBuffer.allocate(weights.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asFloatBuffer().put(weights);
            byte[] coefficients = buffer.array();
            Map<String, ModelManifest.FileDigest> files = new LinkedHashMap<>();
            files.put(INFO, digest(infoBytes));
            files.put(COEFFICIENTS, digest(coefficients));
            ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT, ModelManifest.FORMAT_VERSION,
                    info.fingerprint(), info.vocabulary().size(), network.getLayer(0).getParam("W").size(0),
                    network.getOutputLayer().getParam("W").size(1), weights.length, files);
            return new ModelArchive(JSON.writeValueAsBytes(manifest), infoBytes, coefficients);
        } catch (IOException e) {
            throw new IllegalStateException("model.json cannot be written as JSON", e); // records of plain values
        }
    }

    /** The files by name, in writing order. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MANIFEST, manifest);
        files.put(INFO, info);
        files.put(COEFFICIENTS, coefficients);
        return files;
    }

    /**
     * Reads a cache entry's folder: exactly the three files, regular files (no links), each within its size limit
     * (the weights within what model.json's network shape implies, whatever the manifest claims).
     */
    public static ModelArchive fromFolder(Path folder) throws InvalidModelException {
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.toList()) {
                String name = file.getFileName().toString();
                if (!FILES.contains(name)) {
                    throw new InvalidModelException("it holds " + name + ", which Immersic never writes");
                }
            }
            Map<String, byte[]> read = new LinkedHashMap<>();
            for (String name : FILES) {
                Path file = folder.resolve(name);
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new InvalidModelException(name + " is missing");
                }
                long size = Files.size(file);
                long limit = name.equals(COEFFICIENTS) ? coefficientsLimit(read.get(INFO)) : limit(name);
                if (size > limit) {
                    throw new InvalidModelException(name + " is " + size + " bytes, more than the " + limit
                            + " a model file may have" + (name.equals(COEFFICIENTS) ? " (" + INFO + "'s network)" : ""));
                }
                read.put(name, Files.readAllBytes(file));
            }
            return new ModelArchive(read.get(MANIFEST), read.get(INFO), read.get(COEFFICIENTS));
        } catch (IOException e) {
            throw new InvalidModelException("it cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The most bytes a file of a model may ever have, before its network shape is known: the manifest 64 KiB,
     * model.json 4 MiB; the weights 1 GiB or a quarter of the heap, so a model that could not be held in memory is
     * refused before it is read, not with an OutOfMemoryError.
     */
    static long limit(String name) {
        return switch (name) {
            case MANIFEST -> MAX_MANIFEST_BYTES;
            case INFO -> MAX_INFO_BYTES;
            default -> Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
        };
    }

    /**
     * The most bytes coefficients.bin may have: 4 per weight of the network model.json describes (its vocabulary and
     * parameters), within {@link #limit}. Never the manifest's figure: a reader that trusted the zip's own claim
     * would let a 1 MB zip inflate a gigabyte before refusing it. Exceeding it refuses the model; falling short is
     * caught later, by the size and SHA-256 checks.
     */
    static long coefficientsLimit(byte[] info) throws InvalidModelException {
        ModelInfo description = parse(info, INFO, ModelInfo.class);
        if (description.vocabulary() == null || description.parameters() == null) {
            throw new InvalidModelException(INFO + " lacks its vocabulary or parameters");
        }
        try {
            description.parameters().validate();
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(INFO + " has a parameter out of range: " + e.getMessage());
        }
        long weights = LstmNetworkFactory.parameterCount(description.vocabulary().size(), description.parameters());
        return Math.min(weights * Float.BYTES, limit(COEFFICIENTS));
    }

    /** The manifest, read and checked on its own (a zip reader bounds the other files by it). */
    public ModelManifest readManifest() throws InvalidModelException {
        return parseManifest(manifest);
    }

    static ModelManifest parseManifest(byte[] bytes) throws InvalidModelException {
        ModelManifest m = parse(bytes, MANIFEST, ModelManifest.class);
        if (!ModelManifest.FORMAT.equals(m.format()) || m.formatVersion() != ModelManifest.FORMAT_VERSION) {
            throw new InvalidModelException(MANIFEST + " is format " + m.format() + " version " + m.formatVersion()
                    + "; this plugin reads " + ModelManifest.FORMAT + " version " + ModelManifest.FORMAT_VERSION
                    + (m.formatVersion() < ModelManifest.FORMAT_VERSION
                            ? " (an earlier Immersic's model, learned on an older token stream: train it again)" : ""));
        }
        if (m.fingerprint() == null || !m.fingerprint().matches("[0-9a-f]{64}")) {
            throw new InvalidModelException(MANIFEST + " has no valid fingerprint");
        }
        if (m.files() == null || !m.files().keySet().equals(new HashSet<>(FILES.subList(1, FILES.size())))) {
            throw new InvalidModelException(MANIFEST + " lists " + (m.files() == null ? "no files" : m.files().keySet())
                    + "; a model has exactly " + FILES.subList(1, FILES.size()));
        }
        for (var file : m.files().entrySet()) {
            if (file.getValue() == null || file.getValue().size() < 0 || file.getValue().size() > limit(file.getKey())) {
                throw new InvalidModelException(MANIFEST + " gives " + file.getKey() + " an impossible size");
            }
        }
        return m;
    }

    /**
     * Checks everything, then builds the network: each file against the manifest (size, SHA-256), the manifest against
     * the description (fingerprint, vocabulary size, network input and output sizes, number of weights), the
     * vocabulary (well-formed, distinct tokens of this plugin's representation), the parameters (in range), the
     * weights (finite), and the caller's expectation.
     */
    public StoredModel open(Expectation expected) throws InvalidModelException {
        ModelManifest m = readManifest();
        check(INFO, info, m);
        check(COEFFICIENTS, coefficients, m);
        ModelInfo description = parse(info, INFO, ModelInfo.class);
        checkDescription(description);
        if (!Corpus.REPRESENTATION.equals(description.representation())) {
            throw new InvalidModelException("it was made for the token representation "
                    + description.representation() + "; this plugin uses " + Corpus.REPRESENTATION);
        }
        if (!m.fingerprint().equals(description.fingerprint())) {
            throw new InvalidModelException(MANIFEST + " and " + INFO + " name different fingerprints");
        }
        if (expected.fingerprint() != null && !expected.fingerprint().equals(m.fingerprint())) {
            throw new InvalidModelException("it holds the model of fingerprint " + m.fingerprint()
                    + ", not of its own key");
        }
        Vocabulary vocabulary = vocabulary(description.vocabulary());
        int size = vocabulary.size();
        if (m.vocabularySize() != size || m.networkInputs() != size || m.networkOutputs() != size) {
            throw new InvalidModelException("its vocabulary has " + size + " tokens but " + MANIFEST + " says "
                    + m.vocabularySize() + " tokens, network inputs " + m.networkInputs() + ", outputs "
                    + m.networkOutputs());
        }
        if (expected.vocabulary() != null && !expected.vocabulary().equals(description.vocabulary())) {
            throw new InvalidModelException("its vocabulary is not the one this corpus makes");
        }
        try {
            description.parameters().validate();
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(INFO + " has a parameter out of range: " + e.getMessage());
        }
        // The shape is checked before a network of that shape is allocated: a model.json claiming a huge network
        // beside a small coefficients.bin must be refused, not end in an OutOfMemoryError.
        long claimedWeights = LstmNetworkFactory.parameterCount(size, description.parameters());
        if (claimedWeights != m.parameterCount()) {
            throw new InvalidModelException("the network " + INFO + " describes has " + claimedWeights + " weights; "
                    + MANIFEST + " lists " + m.parameterCount());
        }
        float[] weights = weights(m);
        MultiLayerNetwork network = LstmNetworkFactory.create(size, description.parameters());
        if (network.numParams() != weights.length) {
            throw new IllegalStateException("parameterCount disagrees with DL4J: " + network.numParams());
        }
        network.setParams(Nd4j.create(weights, new long[] {1, weights.length}, DataType.FLOAT));
        return new StoredModel(network, vocabulary, description);
    }

    /**
     * Every value of model.json that generation reads, in a sane range: a model from outside the build must fail
     * here, with a reason, not later inside generation.
     */
    private static void checkDescription(ModelInfo d) throws InvalidModelException {
        if (d.vocabulary() == null || d.parameters() == null || d.style() == null || d.metrics() == null
                || d.backend() == null || d.fingerprint() == null) { // style.keys: CorpusStyle refuses null itself
            throw new InvalidModelException(INFO + " lacks its vocabulary, parameters, style, metrics or backend");
        }
        var style = d.style();
        if (style.loopBars() < 1 || style.loopBars() > 64 || style.registerLow() < 0 || style.registerHigh() > 127
                || style.registerLow() > style.registerHigh()) {
            throw new InvalidModelException(INFO + " has an impossible style (loop of " + style.loopBars()
                    + " bars, register " + style.registerLow() + " to " + style.registerHigh() + ")");
        }
        for (var hands : style.hands()) {
            if (hands.low() < 0 || hands.high() > 127 || hands.low() > hands.high() || hands.touch() < -1
                    || hands.touch() >= RemiTokens.VELOCITY_BINS) {
                throw new InvalidModelException(INFO + " has impossible hands (register " + hands.low() + " to "
                        + hands.high() + ", touch " + hands.touch() + ")");
            }
            var palette = hands.palette();
            if (hands.mostKeys() < 0 || palette != null && (palette.fewestTones() < 1
                    || palette.fewestTones() > palette.mostTones() || palette.passingTones() < 0)) {
                throw new InvalidModelException(INFO + " has impossible hands (" + hands.mostKeys()
                        + " keys at most at once, palette " + palette + ")");
            }
            if (hands.evenLength() < 0) {
                throw new InvalidModelException(INFO + " has impossible hands (every note " + hands.evenLength()
                        + " grid steps long)");
            }
            if (hands.balance() != null && !(Math.abs(hands.balance()) <= CorpusStyle.MAX_BALANCE)) { // NaN too
                throw new InvalidModelException(INFO + " has impossible hands (velocity " + hands.balance()
                        + " a semitone higher)");
            }
        }
        // The ranges preprocess accepts from MIDI files: outside them generation would write hours-long bars.
        if (!TempoChange.isUsable(d.tempoBpm())
                || !(d.beatsPerBar() >= MetreMap.MIN_BEATS_PER_BAR && d.beatsPerBar() <= MetreMap.MAX_BEATS_PER_BAR)) {
            throw new InvalidModelException(String.format("%s has a tempo of %s BPM or %s beats a bar; a model's must"
                    + " be %.0f to %.0f BPM and %.0f to %.0f beats", INFO, d.tempoBpm(), d.beatsPerBar(),
                    TempoChange.MIN_BPM, TempoChange.MAX_BPM, MetreMap.MIN_BEATS_PER_BAR, MetreMap.MAX_BEATS_PER_BAR));
        }
    }

    private float[] weights(ModelManifest m) throws InvalidModelException {
        if (coefficients.length % Float.BYTES != 0 || coefficients.length / Float.BYTES != m.parameterCount()) {
            throw new InvalidModelException(COEFFICIENTS + " has " + coefficients.length + " bytes, not the "
                    + m.parameterCount() + " 32-bit weights " + MANIFEST + " lists");
        }
        float[] weights = new float[coefficients.length / Float.BYTES];
        ByteBuffer.wrap(coefficients).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(weights);
        for (float weight : weights) {
            if (!Float.isFinite(weight)) {
                throw new InvalidModelException(COEFFICIENTS + " holds a weight that is not a finite number");
            }
        }
        return weights;
    }

    private static Vocabulary vocabulary(List<String> tokens) throws InvalidModelException {
        for (String token : tokens) {
            if (token == null || !RemiTokens.isWellFormed(token)) {
                throw new InvalidModelException(INFO + "'s vocabulary holds '" + token + "', which is not a token of "
                        + Corpus.REPRESENTATION);
            }
        }
        if (!tokens.contains(RemiTokens.BAR) || !tokens.contains(RemiTokens.END)) {
            throw new InvalidModelException(INFO + "'s vocabulary lacks BAR or END");
        }
        try {
            return new Vocabulary(tokens);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(INFO + "'s vocabulary has a " + e.getMessage());
        }
    }

    private static void check(String name, byte[] bytes, ModelManifest m) throws InvalidModelException {
        ModelManifest.FileDigest digest = m.files().get(name);
        if (bytes.length != digest.size() || !Fingerprint.sha256Hex(bytes).equals(digest.sha256())) {
            throw new InvalidModelException(name + " does not match its SHA-256 or size in " + MANIFEST
                    + " (changed or damaged after it was written)");
        }
    }

    private static <T> T parse(byte[] bytes, String name, Class<T> type) throws InvalidModelException {
        try {
            return JSON.readValue(bytes, type);
        } catch (JacksonException e) {
            throw new InvalidModelException(name + " is not valid: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidModelException(name + " cannot be read: " + e.getMessage());
        }
    }

    private static ModelManifest.FileDigest digest(byte[] bytes) {
        return new ModelManifest.FileDigest(bytes.length, Fingerprint.sha256Hex(bytes));
    }
}
