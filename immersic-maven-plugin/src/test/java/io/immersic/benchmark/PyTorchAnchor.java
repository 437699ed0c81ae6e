package io.immersic.benchmark;

import io.immersic.model.TrainingPlan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The PyTorch reference ({@code ../shared/anchors/pytorch_lstm.py}): the same model and hyper-parameters, trained on
 * exactly the token streams Immersic trains on, exported from the trainer's own {@link TrainingPlan} in the format the
 * script documents. Runs only where a Python with torch is installed (Debian's python3-torch).
 */
final class PyTorchAnchor {

    /** Training speed, held-out loss after the last epoch and the lowest over all epochs, the process's peak RSS. */
    record TrainRun(double tokensPerSecond, double validationLoss, double bestValidationLoss, double peakRssMiB) {}

    private static final Pattern EPOCH = Pattern.compile(
            "EPOCH (\\d+) .*val_loss=([0-9.]+) tok/s\\(epoch incl\\. val\\)=(\\d+) .*epoch_s=([0-9.]+)");
    private static final Pattern RESULT = Pattern.compile("RESULT torch-train .*val_loss=([0-9.]+) maxrss_MiB=(\\d+)");
    private static final Pattern GENERATION = Pattern.compile("RESULT torch-gen .* tok/s=(\\d+)");

    private final Path script;
    private final String python;
    private final Path streams;

    private PyTorchAnchor(Path script, String python, Path streams) {
        this.script = script;
        this.python = python;
        this.streams = streams;
    }

    /** The anchor, or empty (with the reason printed) when its script or a Python with torch is missing. */
    static Optional<PyTorchAnchor> find(Path script, Path streams) {
        if (!Files.isRegularFile(script)) {
            System.out.println("[INFO] No PyTorch anchor: " + script + " does not exist.");
            return Optional.empty();
        }
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process check = new ProcessBuilder(python, "-c", "import torch").redirectErrorStream(true).start();
                check.getInputStream().readAllBytes();
                if (check.waitFor() == 0) {
                    return Optional.of(new PyTorchAnchor(script, python, streams));
                }
            } catch (IOException e) {
                // that Python is not installed; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        System.out.println("[INFO] No PyTorch anchor: no python3 here imports torch (Debian: apt-get install python3-torch).");
        return Optional.empty();
    }

    /** Writes the plan's validation tokens and {@code epochs} epochs of training tokens (a fresh plan: epoch 1 on). */
    static void export(TrainingPlan plan, int vocabularySize, int epochs, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("vocab " + vocabularySize + "\n");
            out.write("valid " + join(plan.validationTokens()) + "\n");
            for (int epoch = 1; epoch <= epochs; epoch++) {
                out.write("epoch" + epoch + " " + join(plan.nextEpoch()) + "\n");
            }
        }
    }

    private static String join(int[] tokens) {
        return Arrays.stream(tokens).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }

    TrainRun train(int threads, int epochs) throws IOException, InterruptedException {
        List<String> lines = run("train", threads, epochs);
        double seconds = 0;
        double tokens = 0;
        double best = Double.POSITIVE_INFINITY;
        for (String line : lines) {
            Matcher m = EPOCH.matcher(line);
            if (m.find()) {
                best = Math.min(best, Double.parseDouble(m.group(2)));
                double epochSeconds = Double.parseDouble(m.group(4));
                seconds += epochSeconds;
                tokens += Double.parseDouble(m.group(3)) * epochSeconds;
            }
        }
        for (String line : lines) {
            Matcher m = RESULT.matcher(line);
            if (m.find()) {
                return new TrainRun(tokens / seconds, Double.parseDouble(m.group(1)), best,
                        Double.parseDouble(m.group(2)));
            }
        }
        throw new IOException("the anchor printed no result:\n" + String.join("\n", lines));
    }

    /** Tokens per second of one-token-a-step sampling, the median of {@code repeats} runs of 3,000 steps. */
    double generate(int threads, int repeats) throws IOException, InterruptedException {
        List<Double> speeds = new ArrayList<>();
        for (String line : run("gen", threads, repeats)) {
            Matcher m = GENERATION.matcher(line);
            if (m.find()) {
                speeds.add(Double.parseDouble(m.group(1)));
            }
        }
        if (speeds.isEmpty()) {
            throw new IOException("the anchor printed no generation result");
        }
        return Benchmark.median(speeds.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private List<String> run(String mode, int threads, int count) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(python, script.toString(), mode, Integer.toString(threads),
                Integer.toString(count), streams.toString()).redirectErrorStream(true);
        builder.environment().put("OMP_NUM_THREADS", Integer.toString(threads));
        builder.environment().put("PYTHONUNBUFFERED", "1");
        Process process = builder.start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (process.waitFor() != 0) {
            throw new IOException("the anchor failed:\n" + String.join("\n", lines));
        }
        return lines;
    }
}
