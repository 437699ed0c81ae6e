package io.immersic.engine;

import static io.immersic.midi.MidiBytes.event;
import static io.immersic.midi.MidiBytes.events;

import io.immersic.fixtures.LofiCorpusWriter;
import io.immersic.midi.MidiBytes;
import io.immersic.midi.MidiPiece;
import io.immersic.midi.MidiReadException;
import io.immersic.midi.MidiReader;
import io.immersic.model.TrainingParameters;
import io.immersic.model.TrainingPlan;
import io.immersic.tokens.RemiEncoder;
import io.immersic.tokens.Transposer;
import io.immersic.tokens.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded mutation fuzzing of the preprocess path: test-made MIDI files (lo-fi pieces of the sample corpus, and small
 * hand-written files with running status, several tracks, time signature changes and system exclusive data) with
 * bytes flipped, set, inserted, deleted, duplicated, cut, and chunk lengths overwritten, each read, encoded to tokens
 * and analysed as preprocess does. Every mutant must either parse or be skipped with a reason; anything else is an
 * unexpected exception (a bug). {@link MidiMutationFuzzTest} runs 2,000 of them, and 1,000 more through the training
 * plan; {@code .ci/benchmark} 10,000 each way ({@code main}).
 */
public final class MidiMutationFuzz {

    /** What a run found. */
    public record Result(int mutants, int parsed, int repaired, int skipped, int planned, List<String> unexpected,
                         long slowestMillis, Map<String, Integer> reasons) {

        public String summary() {
            return String.format("%d mutants: %d parsed (%d with out-of-range events dropped, %d through 12 epochs of"
                    + " a transposing training plan), %d skipped with a reason, %d unexpected; slowest %d ms", mutants,
                    parsed, repaired, planned, skipped, unexpected.size(), slowestMillis);
        }
    }

    private final List<byte[]> bases;

    public MidiMutationFuzz() {
        this(List.of());
    }

    /** Mutates these files too (real MIDI, for the benchmark), besides the test-made ones. */
    public MidiMutationFuzz(List<byte[]> moreBases) {
        bases = new ArrayList<>(moreBases);
        for (int i = 0; i < 4; i++) {
            bases.add(LofiCorpusWriter.piece(i, 7));
        }
        bases.add(new MidiBytes(0, 96).track(events( // running status, a sysex, a 3/4 bar, then 6/8
                event(0, 0xF0, 3, 0x7E, 0x7F, 0xF7),
                event(0, 0xFF, 0x58, 4, 3, 2, 24, 8),
                event(0, 0x90, 60, 90), event(0, 64, 80), event(96, 60, 0), event(48, 64, 0),
                event(240, 0xFF, 0x58, 4, 6, 3, 24, 8),
                event(0, 0xB0, 64, 127), event(0, 0x90, 67, 70), event(288, 0x80, 67, 0)))
                .bytes());
        bases.add(new MidiBytes(1, 480) // a tempo track, a piano track and a drum track
                .track(events(event(0, 0xFF, 0x51, 3, 0x0B, 0x71, 0xB0), event(0, 0xFF, 0x03, 4, 'k', 'e', 'y', 's')))
                .track(events(event(0, 0x90, 57, 60), event(0, 0x90, 60, 60), event(0, 0x90, 64, 60),
                        event(1920, 0x80, 57, 0), event(0, 0x80, 60, 0), event(0, 0x80, 64, 0),
                        event(0, 0xE0, 0, 0x40), event(0, 0x90, 62, 70), event(960, 0x80, 62, 0)))
                .track(events(event(0, 0x99, 36, 110), event(120, 0x89, 36, 0), event(360, 0x99, 38, 90),
                        event(120, 0x89, 38, 0)))
                .bytes());
        bases.add(new MidiBytes(0, 4).track(events( // keys outside the piano: no transposition fits the piano
                event(0, 0x90, 0, 80), event(4, 0x80, 0, 0), event(0, 0x90, 20, 80), event(4, 0x80, 20, 0),
                event(0, 0x90, 60, 80), event(4, 0x80, 60, 0), event(0, 0x90, 127, 80), event(4, 0x80, 127, 0)))
                .bytes());
    }

    public Result run(int mutants, long seed) {
        return run(mutants, seed, false);
    }

    /**
     * With {@code trainingPlan}, every mutant that parses is also played through {@value #PLAN_EPOCHS} epochs of a
     * transposing {@link TrainingPlan} (all 12 keys), beside two unmutated pieces, with the split seeded per mutant:
     * a file that passes preprocessing must be trainable.
     */
    public Result run(int mutants, long seed, boolean trainingPlan) {
        Random random = new Random(seed);
        MidiReader reader = new MidiReader();
        RemiEncoder encoder = new RemiEncoder();
        int parsed = 0;
        int repaired = 0;
        int skipped = 0;
        int planned = 0;
        long slowest = 0;
        List<List<String>> ordinary = trainingPlan ? ordinaryTokens(reader, encoder) : null;
        List<String> unexpected = new ArrayList<>();
        Map<String, Integer> reasons = new TreeMap<>();
        for (int i = 0; i < mutants; i++) {
            byte[] mutant = mutate(bases.get(random.nextInt(bases.size())), random);
            long started = System.nanoTime();
            try {
                MidiPiece piece = reader.read("mutant-" + i + ".mid", mutant);
                PreprocessStep.Parsed entry = PreprocessStep.toCorpusEntry(piece, "sha", encoder);
                PreprocessStep.analyze(List.of(entry));
                if (trainingPlan) {
                    List<List<String>> files = new ArrayList<>(ordinary);
                    files.add(random.nextInt(files.size() + 1), entry.entry().tokens());
                    playTrainingPlan(files, i);
                    planned++;
                }
                parsed++;
                repaired += piece.repairs().isEmpty() ? 0 : 1;
            } catch (MidiReadException e) {
                skipped++;
                reasons.merge(reasonKind(e.getMessage()), 1, Integer::sum);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                unexpected.add("mutant " + i + ": " + e);
            }
            slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
        }
        return new Result(mutants, parsed, repaired, skipped, planned, unexpected, slowest, reasons);
    }

    private static final int PLAN_EPOCHS = 12;

    /** Two unmutated lo-fi pieces, to train beside a mutant (one of the three is held out). */
    private static List<List<String>> ordinaryTokens(MidiReader reader, RemiEncoder encoder) {
        try {
            return List.of(encoder.encode(reader.read("lofi-0.mid", LofiCorpusWriter.piece(0, 7))),
                    encoder.encode(reader.read("lofi-1.mid", LofiCorpusWriter.piece(1, 7))));
        } catch (MidiReadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each epoch must hold every training file's tokens, in the vocabulary (a key it cannot reach: as written). */
    private static void playTrainingPlan(List<List<String>> files, int mutant) {
        Vocabulary vocabulary = Transposer.vocabularyOfAllKeys(files);
        // Seeds 0, 1, 2... shuffle alike in java.util.Random: mixed, so the split and key orders vary per mutant.
        TrainingParameters p = new TrainingParameters(PLAN_EPOCHS, 1, 8, 8, 0.0, 8, 1, 0.01, 0.34, PLAN_EPOCHS,
                mutant * 0x9E3779B97F4A7C15L, 1, true);
        TrainingPlan plan = new TrainingPlan(files, vocabulary, p);
        plan.validationTokens();
        for (int epoch = 1; epoch <= PLAN_EPOCHS; epoch++) {
            int[] tokens = plan.nextEpoch();
            if (tokens.length != plan.tokensPerEpoch()) {
                throw new IllegalStateException("epoch " + epoch + " has " + tokens.length + " tokens, not "
                        + plan.tokensPerEpoch());
            }
            for (int token : tokens) {
                if (token < 0 || token >= vocabulary.size()) {
                    throw new IllegalStateException("epoch " + epoch + " has token " + token + " outside the"
                            + " vocabulary of " + vocabulary.size());
                }
            }
        }
    }

    /** The reason without the numbers in it, so reasons group: "is truncated or damaged: track # declares # bytes". */
    private static String reasonKind(String message) {
        String kind = message.replaceAll("\\d+", "#");
        int bracket = kind.indexOf(" (");
        return bracket > 0 ? kind.substring(0, bracket) : kind;
    }

    /** One to four seeded mutations of a copy of the bytes. */
    static byte[] mutate(byte[] base, Random random) {
        byte[] bytes = base.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(8)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes[at] = (byte) new int[] {0x00, 0x7F, 0x80, 0xC8, 0xFF}[random.nextInt(5)];
                case 2 -> bytes[at] = (byte) random.nextInt(256);
                case 3 -> bytes = splice(bytes, at, 0, randomBytes(random, 1 + random.nextInt(8)));
                case 4 -> bytes = splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(16)), new byte[0]);
                case 5 -> bytes = Arrays.copyOf(bytes, at); // cut short
                case 6 -> { // a range written twice
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(32));
                    bytes = splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length));
                }
                default -> { // a 4-byte length (or any 4 bytes) overwritten
                    if (bytes.length - at >= 4) {
                        int value = random.nextBoolean() ? random.nextInt() : random.nextInt(64);
                        for (int k = 0; k < 4; k++) {
                            bytes[at + k] = (byte) (value >>> (24 - 8 * k));
                        }
                    }
                }
            }
        }
        return bytes;
    }

    private static byte[] randomBytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    /**
     * {@code .ci/benchmark}: {@code MidiMutationFuzz <mutants> [json file] [trainingPlan]}, with
     * {@code -Dimmersic.fuzzFolder=DIR} to mutate that folder's .mid files too; exits 1 on any unexpected exception.
     * The word {@code trainingPlan} also plays every parsed mutant through the training plan; any other third argument
     * does not (the benchmark profile passes its transpose flag there).
     */
    public static void main(String[] args) throws Exception {
        int mutants = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean trainingPlan = args.length > 2 && args[2].equals("trainingPlan");
        List<byte[]> real = new ArrayList<>();
        String folder = System.getProperty("immersic.fuzzFolder");
        if (folder != null && Files.isDirectory(Path.of(folder))) {
            try (var files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".mid")).sorted().toList()) {
                    real.add(Files.readAllBytes(file));
                }
            }
        }
        Result result = new MidiMutationFuzz(real).run(mutants, 20261126L, trainingPlan);
        System.out.println("MIDI mutation fuzz (" + real.size() + " real files and 7 test-made ones mutated): "
                + result.summary());
        result.reasons().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(12).forEach(e -> System.out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
        result.unexpected().stream().limit(20).forEach(u -> System.out.println("  UNEXPECTED " + u));
        if (args.length > 1) {
            Path json = Path.of(args[1]);
            Files.createDirectories(json.toAbsolutePath().getParent());
            Map<String, Object> figures = new java.util.LinkedHashMap<>();
            figures.put("mutants", result.mutants());
            figures.put("parsed", result.parsed());
            figures.put("repaired", result.repaired());
            figures.put("skippedWithReason", result.skipped());
            figures.put("throughTrainingPlan", result.planned());
            figures.put("unexpected", result.unexpected().size());
            figures.put("slowestMillis", result.slowestMillis());
            figures.put("reasons", result.reasons());
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), figures);
        }
        System.exit(result.unexpected().isEmpty() ? 0 : 1);
    }
}
