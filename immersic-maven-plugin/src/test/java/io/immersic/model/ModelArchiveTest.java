package io.immersic.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.immersic.analysis.CorpusStyle;
import io.immersic.analysis.KeyChord;
import io.immersic.analysis.LoopShape;
import io.immersic.harmony.ChordQuality;
import io.immersic.tokens.PieceStyle;
import io.immersic.cache.Fingerprint;
import io.immersic.harmony.Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model's files: a round trip that keeps every weight, reproducible zips, and the tampering catalogue. */
class ModelArchiveTest {

    @TempDir
    Path temp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TrainingParameters TINY = new TrainingParameters(2, 1, 8, 4, 0.0, 16, 2, 0.01, 0.34, 2, 5L, 1);
    private static final List<String> VOCABULARY = List.of("BAR", "END", "POS_0", "POS_6", "VEL_3", "PITCH_60",
            "PITCH_64", "DUR_12", "CHORD_0_maj7");
    private static final String FINGERPRINT = "ab".repeat(32);
    private static final String OTHER_FINGERPRINT = "cd".repeat(32);

    /**
     * Two pieces' hands: one whose loop is a 2-bar vamp played twice, with its texture words, its roll (every chord,
     * two steps a note), its palette (chords of four to six tones, one tone outside the chord a bar), five keys at
     * most at once, a line sung out over its chords (a note 0.75 louder a semitone higher) and every note a beat
     * long; one too short to show a loop, from a model that read no words nor kept the pieces' rolls, palettes,
     * strikes, balance or lengths.
     */
    private static final List<CorpusStyle.Hands> HANDS = List.of(
            new CorpusStyle.Hands(45, 70, 4, 3, new LoopShape("ABAB", "ABAB"),
                    List.of("STYLE_D2", "STYLE_O1", "STYLE_L0", "STYLE_P2", "STYLE_V1"), new CorpusStyle.Roll(1, 2),
                    new CorpusStyle.Palette(4, 6, 1), 5, 0.75, 12),
            new CorpusStyle.Hands(50, 80, 3, 1));
    private static final PieceStyle CUTS = new PieceStyle(new double[] {7.5, 3.5, -0.4, 1.5, Double.MIN_VALUE},
            new double[] {11, 5.25, 0.7, 2.5, 0.8});
    /** The dominant seventh on the fifth of a minor key, and a major key's borrowed minor fourth. */
    private static final List<KeyChord> KEY_CHORDS = List.of(new KeyChord(true, 7, ChordQuality.SEVEN),
            new KeyChord(false, 5, ChordQuality.MINOR));

    private static ModelInfo info(String fingerprint, List<String> vocabulary) {
        return new ModelInfo("remi-12-chords", fingerprint, vocabulary, TINY, "CPU/test", 80, 4,
                new CorpusStyle(4, 48, 84, List.of(new Key(2, true)), CorpusStyle.Roll.NONE, HANDS, CUTS,
                        KEY_CHORDS),
                new TrainingMetrics(2, 2, 3.0, 3.1, 1000, 1, 5000, 1.5, List.of()));
    }

    /** A network of the seed's initial weights, moved away from them (as training would), and its files. */
    private static ModelArchive archive(long seed, String fingerprint) {
        return ModelArchive.of(network(seed), info(fingerprint, VOCABULARY));
    }

    private static MultiLayerNetwork network(long seed) {
        TrainingParameters p = new TrainingParameters(2, 1, 8, 4, 0.0, 16, 2, 0.01, 0.34, 2, seed, 1);
        MultiLayerNetwork network = LstmNetworkFactory.create(VOCABULARY.size(), p);
        // Not the initial weights, which opening would make again from the same seed: the round trip must copy them.
        network.params().muli(1.5).addi(0.125);
        return network;
    }

    private static final ModelArchive.Expectation CACHE_ENTRY =
            new ModelArchive.Expectation(FINGERPRINT, VOCABULARY);

    @Test
    void aModelSurvivesTheZipAndTheFolderWithEveryWeightAndItsDescription() throws Exception {
        MultiLayerNetwork trained = network(5);
        float[] weights = trained.params().toFloatVector();
        ModelArchive archive = ModelArchive.of(trained, info(FINGERPRINT, VOCABULARY));

        StoredModel fromZip = ModelZip.read(new ByteArrayInputStream(ModelZip.write(archive, ModelZip.DEFAULT_TIMESTAMP)))
                .open(CACHE_ENTRY);
        Path folder = Files.createDirectories(temp.resolve("entry"));
        for (var file : archive.files().entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        StoredModel fromFolder = ModelArchive.fromFolder(folder).open(CACHE_ENTRY);

        assertArrayEquals(weights, fromZip.network().params().toFloatVector());
        assertArrayEquals(weights, fromFolder.network().params().toFloatVector());
        assertEquals(VOCABULARY, fromZip.vocabulary().tokens());
        assertEquals(new Key(2, true), fromZip.info().style().keys().get(0));
        assertEquals(HANDS, fromZip.info().style().hands(), "each piece's register, touch, loop shape, words and roll");
        assertEquals(CUTS, fromZip.info().style().pieceStyle(), "the cuts that word a piece's texture");
        assertEquals(KEY_CHORDS, fromZip.info().style().keyChords(), "the chords the pieces play in their keys");
        assertEquals(80, fromZip.info().tempoBpm());
        assertEquals(0, fromZip.info().metrics().seconds(), "timings are logged, not stored");
    }

    @Test
    void theZipIsTheSameBytesForTheSameModelAndTimestampAndCarriesThatTimestamp() throws Exception {
        ModelArchive archive = archive(5, FINGERPRINT);
        Instant stamp = Instant.parse("2024-05-06T07:08:10Z");

        byte[] first = ModelZip.write(archive, stamp);
        byte[] again = ModelZip.write(archive(5, FINGERPRINT), stamp);

        assertArrayEquals(first, again);
        assertNotEquals(Arrays.hashCode(first), Arrays.hashCode(ModelZip.write(archive, ModelZip.DEFAULT_TIMESTAMP)));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                assertEquals(ModelArchive.FILES.get(entries++), entry.getName());
                assertEquals("2024-05-06T07:08:10", entry.getTimeLocal().toString());
            }
            assertEquals(3, entries);
        }
    }

    // ---- tampering catalogue: every case refused, with a reason -------------------------------------------------

    @Test
    void weightsOfAnotherSeedAreRefused() {
        ModelArchive mine = archive(5, FINGERPRINT);
        ModelArchive swapped = new ModelArchive(mine.manifest(), mine.info(), archive(6, FINGERPRINT).coefficients());
        assertRefused(swapped, CACHE_ENTRY, "coefficients.bin does not match its SHA-256");
    }

    @Test
    void aWholeModelOfAnotherKeyIsRefusedAsACacheEntry() {
        assertRefused(archive(6, OTHER_FINGERPRINT), CACHE_ENTRY, "not of its own key");
    }

    @Test
    void aChangedVocabularyIsRefusedEvenWhenTheManifestWasRecomputed() {
        ModelArchive mine = archive(5, FINGERPRINT);
        assertRefused(editInfo(mine, i -> swap((ArrayNode) i.get("vocabulary"), 5, 6), false), CACHE_ENTRY,
                "model.json does not match its SHA-256");
        assertRefused(editInfo(mine, i -> swap((ArrayNode) i.get("vocabulary"), 5, 6), true), CACHE_ENTRY,
                "its vocabulary is not the one this corpus makes");
        assertRefused(editInfo(mine, i -> ((ArrayNode) i.get("vocabulary")).add("PITCH_70"), true),
                ModelArchive.Expectation.ANY, "its vocabulary has 10 tokens but manifest.json says 9");
        assertRefused(editInfo(mine, i -> ((ArrayNode) i.get("vocabulary")).remove(8), true),
                ModelArchive.Expectation.ANY, "its vocabulary has 8 tokens");
        assertRefused(editInfo(mine, i -> ((ArrayNode) i.get("vocabulary")).set(4, "rm -rf"), true),
                ModelArchive.Expectation.ANY, "holds 'rm -rf', which is not a token");
    }

    @Test
    void weightsThatAreNotFiniteOrNotTheNetworksCountAreRefused() throws Exception {
        ModelArchive mine = archive(5, FINGERPRINT);
        byte[] nan = mine.coefficients().clone();
        ByteBuffer.wrap(nan).order(ByteOrder.LITTLE_ENDIAN).putFloat(0, Float.NaN);
        assertRefused(reseal(mine, mine.info(), nan, null), ModelArchive.Expectation.ANY, "not a finite number");
        byte[] shorter = Arrays.copyOf(mine.coefficients(), mine.coefficients().length - 4);
        assertRefused(reseal(mine, mine.info(), shorter, m -> m.put("parameterCount", shorter.length / 4)),
                ModelArchive.Expectation.ANY, "the network model.json describes has");
    }

    /** Cut anywhere in its entries (the central directory at the end is not read: the entries are checked). */
    @Test
    void theWeightCountIsComputedFromTheSizesAsDl4jCountsIt() {
        for (TrainingParameters p : List.of(TINY, TrainingParameters.DEFAULTS,
                new TrainingParameters(2, 3, 24, 12, 0.2, 16, 2, 0.01, 0.34, 2, 5L, 1))) {
            assertEquals(LstmNetworkFactory.create(37, p).numParams(), LstmNetworkFactory.parameterCount(37, p), "" + p);
        }
    }

    /** A model.json that claims a huge network beside small weights: refused before such a network is allocated. */
    @Test
    void aClaimedShapeThatDoesNotMatchTheWeightsIsRefusedBeforeAnythingIsAllocated() {
        ModelArchive mine = archive(5, FINGERPRINT);
        ModelArchive huge = editInfo(mine, i -> ((ObjectNode) i.get("parameters")).put("hiddenSize", 8192)
                .put("layers", 16), true);
        long started = System.nanoTime();
        assertRefused(huge, ModelArchive.Expectation.ANY, "the network model.json describes has 8322228269 weights");
        assertTrue((System.nanoTime() - started) / 1e9 < 1);
        ModelArchive claimed = reseal(huge, huge.info(), mine.coefficients(),
                m -> m.put("parameterCount", LstmNetworkFactory.parameterCount(9,
                        new TrainingParameters(2, 16, 8192, 4, 0.0, 16, 2, 0.01, 0.34, 2, 5L, 1))));
        assertRefused(claimed, ModelArchive.Expectation.ANY, "coefficients.bin has");
    }

    @Test
    void valuesGenerationReadsAreCheckedNotTrusted() {
        ModelArchive mine = archive(5, FINGERPRINT);
        assertRefused(editInfo(mine, i -> ((ObjectNode) i.get("style")).put("loopBars", 0), true),
                ModelArchive.Expectation.ANY, "impossible style (loop of 0 bars");
        assertRefused(editInfo(mine, i -> ((ObjectNode) i.get("style")).put("registerLow", 90), true),
                ModelArchive.Expectation.ANY, "impossible style");
        assertRefused(editInfo(mine, i -> ((ObjectNode) i.get("style").get("hands").get(0).get("palette"))
                .put("fewestTones", 7), true), ModelArchive.Expectation.ANY, "impossible hands");
        assertRefused(editInfo(mine, i -> ((ObjectNode) i.get("style").get("hands").get(0)).put("mostKeys", -1),
                true), ModelArchive.Expectation.ANY, "impossible hands");
        assertRefused(editInfo(mine, i -> ((ObjectNode) i.get("style").get("hands").get(0)).put("balance", 40.0),
                true), ModelArchive.Expectation.ANY, "impossible hands");
        assertRefused(editInfo(mine, i -> ((ObjectNode) i.get("style").get("hands").get(0)).put("evenLength", -1),
                true), ModelArchive.Expectation.ANY, "impossible hands");
        assertRefused(editInfo(mine, i -> i.put("tempoBpm", 0), true), ModelArchive.Expectation.ANY,
                "has a tempo of 0.0 BPM");
        assertRefused(editInfo(mine, i -> i.remove("metrics"), true), ModelArchive.Expectation.ANY,
                "lacks its vocabulary, parameters, style, metrics or backend");
        assertRefused(editInfo(mine, i -> i.put("style", "x"), true), ModelArchive.Expectation.ANY,
                "model.json is not valid");
    }

    @Test
    void aTruncatedZipIsRefused() {
        byte[] zip = ModelZip.write(archive(5, FINGERPRINT), ModelZip.DEFAULT_TIMESTAMP);
        for (int length : new int[] {0, 30, 400, zip.length / 2, zip.length - 1000}) {
            InvalidModelException e = assertThrows(InvalidModelException.class,
                    () -> ModelZip.read(new ByteArrayInputStream(Arrays.copyOf(zip, length))), "length " + length);
            assertTrue(e.getMessage().contains("zip") || e.getMessage().contains("lacks"), e.getMessage());
        }
    }

    @Test
    void aZipBombIsStoppedAtTheSizeItsManifestDeclaresWellUnderASecond() throws Exception {
        ModelArchive mine = archive(5, FINGERPRINT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "manifest.json", mine.manifest());
            put(zip, "model.json", mine.info());
            zip.putNextEntry(new ZipEntry("coefficients.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 512; i++) { // 512 MiB of zeros: about 0.5 MiB compressed
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        long started = System.nanoTime();
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> ModelZip.read(new ByteArrayInputStream(bytes.toByteArray())));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(e.getMessage().contains("its entry coefficients.bin inflates to more than the "
                + mine.coefficients().length + " bytes model.json's network may have"), e.getMessage());
        assertTrue(seconds < 1, "refused in " + seconds + " s");
    }

    /**
     * A small zip of a small network whose manifest claims a 1 GiB coefficients.bin, which inflates to 256 MiB of
     * zeros: the bound is the network's (4 bytes a weight), not the manifest's, so it is refused after a few KiB are
     * inflated, without allocating anything near the claimed size.
     */
    @Test
    void aManifestClaimingHugeWeightsCannotRaiseTheBoundOfItsOwnRead() throws Exception {
        ModelArchive mine = archive(5, FINGERPRINT);
        long claimed = ModelArchive.limit("coefficients.bin"); // 1 GiB, or a quarter of the heap: still plausible
        ModelArchive lying = reseal(mine, mine.info(), mine.coefficients(), m -> ((ObjectNode) m.get("files")
                .get("coefficients.bin")).put("size", claimed));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "manifest.json", lying.manifest());
            put(zip, "model.json", lying.info());
            zip.putNextEntry(new ZipEntry("coefficients.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) { // 256 MiB of zeros (about 256 KiB compressed): cheap to make here
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] zipBytes = bytes.toByteArray();
        assertTrue(zipBytes.length < 2 << 20, "a small zip: " + zipBytes.length);

        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> ModelZip.read(new ByteArrayInputStream(zipBytes)));
        double seconds = (System.nanoTime() - started) / 1e9;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;

        assertTrue(e.getMessage().contains("coefficients.bin inflates to more than the " + mine.coefficients().length
                + " bytes"), e.getMessage());
        assertTrue(allocated < 64L << 20, "allocated " + allocated + " bytes");
        assertTrue(seconds < 20, "refused in " + seconds + " s"); // milliseconds, unless the machine is very busy
    }

    @Test
    void aCacheFolderWhoseWeightsAreLargerThanItsNetworkIsRefusedBeforeTheyAreRead() throws Exception {
        ModelArchive mine = archive(5, FINGERPRINT);
        Path folder = Files.createDirectories(temp.resolve("entry"));
        Files.write(folder.resolve("manifest.json"), mine.manifest());
        Files.write(folder.resolve("model.json"), mine.info());
        Files.write(folder.resolve("coefficients.bin"), new byte[mine.coefficients().length + 4]);
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelArchive.fromFolder(folder));
        assertTrue(e.getMessage().contains("coefficients.bin is " + (mine.coefficients().length + 4) + " bytes, more"
                + " than the " + mine.coefficients().length), e.getMessage());
    }

    @Test
    void aSerializedPayloadAnUnknownEntryOrAPathOutsideIsRefusedByNameBeforeAnythingIsRead() throws Exception {
        ModelArchive mine = archive(5, FINGERPRINT);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(payload)) {
            Set<Object> nested = new HashSet<>(); // the shape of a deserialization bomb
            Set<Object> inner = nested;
            for (int i = 0; i < 50; i++) {
                Set<Object> next = new HashSet<>();
                inner.add(next);
                inner = next;
            }
            out.writeObject(nested);
        }
        for (String name : List.of("preprocessor.bin", "../../etc/evil", "/abs/model.json", "configuration.json")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, "manifest.json", mine.manifest());
                put(zip, name, payload.toByteArray());
                put(zip, "model.json", mine.info());
                put(zip, "coefficients.bin", mine.coefficients());
            }
            long started = System.nanoTime();
            InvalidModelException e = assertThrows(InvalidModelException.class,
                    () -> ModelZip.read(new ByteArrayInputStream(bytes.toByteArray())));
            assertTrue(e.getMessage().contains("the entry '" + name + "', which Immersic never writes"), e.getMessage());
            assertTrue((System.nanoTime() - started) / 1e9 < 1);
        }
    }

    @Test
    void aCacheFolderWithAnExtraOrMissingFileIsRefused() throws Exception {
        ModelArchive mine = archive(5, FINGERPRINT);
        Path folder = Files.createDirectories(temp.resolve("entry"));
        for (var file : mine.files().entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        Files.write(folder.resolve("preprocessor.bin"), new byte[] {(byte) 0xAC, (byte) 0xED});
        InvalidModelException extra = assertThrows(InvalidModelException.class, () -> ModelArchive.fromFolder(folder));
        assertTrue(extra.getMessage().contains("preprocessor.bin, which Immersic never writes"), extra.getMessage());

        Files.delete(folder.resolve("preprocessor.bin"));
        Files.delete(folder.resolve("model.json"));
        InvalidModelException missing = assertThrows(InvalidModelException.class, () -> ModelArchive.fromFolder(folder));
        assertEquals("model.json is missing", missing.getMessage());
    }

    @Test
    void aManifestOfAnotherFormatVersionIsRefused() {
        ModelArchive mine = archive(5, FINGERPRINT);
        ModelArchive future = reseal(mine, mine.info(), mine.coefficients(), m -> m.put("formatVersion", 99));
        assertRefused(future, ModelArchive.Expectation.ANY, "this plugin reads immersic-model version 2");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void assertRefused(ModelArchive archive, ModelArchive.Expectation expected, String reason) {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> archive.open(expected));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static void swap(ArrayNode array, int a, int b) {
        var first = array.get(a);
        array.set(a, array.get(b));
        array.set(b, first);
    }

    /** The archive with model.json edited; {@code reseal}: with a manifest recomputed to match, as a careful forger. */
    private static ModelArchive editInfo(ModelArchive archive, Consumer<ObjectNode> edit, boolean reseal) {
        try {
            ObjectNode info = (ObjectNode) JSON.readTree(archive.info());
            edit.accept(info);
            byte[] bytes = JSON.writeValueAsBytes(info);
            if (!reseal) {
                return new ModelArchive(archive.manifest(), bytes, archive.coefficients());
            }
            return reseal(archive, bytes, archive.coefficients(), m -> { });
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ModelArchive reseal(ModelArchive archive, byte[] info, byte[] coefficients,
                                       Consumer<ObjectNode> editManifest) {
        try {
            ObjectNode manifest = (ObjectNode) JSON.readTree(archive.manifest());
            ObjectNode files = (ObjectNode) manifest.get("files");
            files.set("model.json", digest(info));
            files.set("coefficients.bin", digest(coefficients));
            if (editManifest != null) {
                editManifest.accept(manifest);
            }
            return new ModelArchive(JSON.writeValueAsBytes(manifest), info, coefficients);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode digest(byte[] bytes) {
        return JSON.createObjectNode().put("size", bytes.length).put("sha256", Fingerprint.sha256Hex(bytes));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws java.io.IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
