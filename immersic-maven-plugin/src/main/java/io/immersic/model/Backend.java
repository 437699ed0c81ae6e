package io.immersic.model;

import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/** Sets up nd4j once per class loader: its log level, its thread count, and a one-line description for the log. */
public final class Backend {

    private Backend() {}

    /**
     * Keeps nd4j and DL4J at WARN in Maven's simple logger. It must run before their classes create loggers, which is
     * why every stage calls it before touching nd4j; a level the user set explicitly is left alone.
     */
    public static void quietLogging() {
        for (String name : new String[] {"org.nd4j", "org.deeplearning4j", "org.bytedeco"}) {
            String property = "org.slf4j.simpleLogger.log." + name;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "warn");
            }
        }
    }

    /** Limits nd4j's own and BLAS threads; on a small shared machine one thread was measured fastest. */
    public static void useThreads(int threads) {
        quietLogging();
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** E.g. "CPU (nd4j-native, OpenBLAS), 1 thread" or "GPU (nd4j-cuda ...)". */
    public static String describe(int threads) {
        quietLogging();
        Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = String.valueOf(info.getOrDefault("backend", Nd4j.getBackend().getClass().getSimpleName()));
        String blas = String.valueOf(info.getOrDefault("blas.vendor", "unknown BLAS"));
        boolean gpu = backend.toUpperCase(java.util.Locale.ROOT).contains("CUDA");
        return (gpu ? "GPU" : "CPU") + " (nd4j " + backend + ", " + blas + "), " + threads + " thread(s)";
    }

    /** Whether nd4j runs on nd4j-native (the CPU backend, whose OpenBLAS the batched training path calls). */
    public static boolean isCpu() {
        quietLogging();
        Object backend = Nd4j.getExecutioner().getEnvironmentInformation().get("backend");
        return "CPU".equalsIgnoreCase(String.valueOf(backend));
    }

    /** A short name of the backend and its native build, recorded with the model because results depend on it. */
    public static String variant() {
        Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
        return info.getOrDefault("backend", "?") + "/" + System.getProperty("org.bytedeco.javacpp.platform",
                System.getProperty("os.name") + "-" + System.getProperty("os.arch"));
    }
}
