package io.immersic.audio;

/** Spectral measurements for the tests and the benchmarks. */
public final class Spectra {

    private Spectra() {}

    /** The share of the signal's energy between two frequencies, from Hann-windowed 4096-point FFT frames. */
    static double share(float[] x, double lowHz, double highHz) {
        int n = 4096;
        double inside = 0;
        double total = 0;
        for (int from = 0; from + n <= x.length || from == 0; from += n / 2) {
            double[] re = new double[n];
            double[] im = new double[n];
            for (int i = 0; i < n && from + i < x.length; i++) {
                re[i] = x[from + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / n));
            }
            fft(re, im);
            for (int k = 1; k < n / 2; k++) {
                double power = re[k] * re[k] + im[k] * im[k];
                double hz = k * (double) StereoBuffer.SAMPLE_RATE / n;
                total += power;
                inside += hz >= lowHz && hz < highHz ? power : 0;
            }
        }
        return total == 0 ? 0 : inside / total;
    }

    /** In-place iterative radix-2 FFT ({@code re.length} a power of two). */
    public static void fft(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i]; re[i] = re[j]; re[j] = t;
                t = im[i]; im[i] = im[j]; im[j] = t;
            }
        }
        for (int length = 2; length <= n; length <<= 1) {
            double angle = -2 * Math.PI / length;
            for (int i = 0; i < n; i += length) {
                for (int k = 0; k < length / 2; k++) {
                    double c = Math.cos(angle * k);
                    double s = Math.sin(angle * k);
                    int a = i + k;
                    int b = a + length / 2;
                    double vr = re[b] * c - im[b] * s;
                    double vi = re[b] * s + im[b] * c;
                    re[b] = re[a] - vr;
                    im[b] = im[a] - vi;
                    re[a] += vr;
                    im[a] += vi;
                }
            }
        }
    }
}
