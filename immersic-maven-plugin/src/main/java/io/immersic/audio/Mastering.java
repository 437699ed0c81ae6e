package io.immersic.audio;

import java.io.IOException;

/**
 * Brings the mix to the streaming services' loudness: −14 LUFS integrated with a true peak of at most −1 dBTP. It
 * works on the mix's tape a block at a time, pass by pass: a pass measures the loudness, or the true peak the mix
 * would have at a gain, or limits the mix and writes it back; a gain is otherwise applied only when the mix is read
 * to be written out ({@link Result}), each sample rounded as a scaled mix would hold it, so the result is the same as
 * scaling the whole mix in memory. Every gain and limiter envelope is computed on the mix and applied alike to each
 * stem, so the stems go on summing to the mix: the stems get the product of the gains as they are written, and of the
 * envelopes, multiplied on a tape of their own.
 */
final class Mastering {

    static final double TARGET_LUFS = -14;
    static final double MAX_TRUE_PEAK_DBTP = -1;
    /** The limiter holds samples half a dB under the true-peak limit: room for the overs between samples. */
    static final double LIMITER_CEILING_DBFS = MAX_TRUE_PEAK_DBTP - 0.5;
    static final int MAX_PASSES = 3;

    /**
     * What mastering leaves.
     *
     * @param loudness the mastered mix's integrated loudness and true peak
     * @param mixGain the last gain, not yet applied to the mix's tape: the mastered mix is the tape times it
     * @param stemGain the product of every gain, for the stems
     * @param limited whether the envelope tape holds the product of the limiter's envelopes (else it is unused)
     */
    record Result(Loudness loudness, double mixGain, double stemGain, boolean limited) {}

    /** The loudness and each channel's sample peak of the mix's tape as a pass read (or wrote) it. */
    private record Measure(double lufs, double leftPeak, double rightPeak) {}

    private final Tape mix;
    private final Tape envelope;
    private final int blockFrames;
    private final StereoBuffer block;
    private final StereoBuffer gains;   // a limiting pass's gains (left), then their product with the earlier ones
    private final StereoBuffer earlier; // the envelope of the earlier passes
    private boolean limited;

    private Mastering(Tape mix, Tape envelope, int blockFrames) {
        this.mix = mix;
        this.envelope = envelope;
        this.blockFrames = blockFrames;
        this.block = new StereoBuffer(blockFrames + PeakLimiter.attack());
        this.gains = new StereoBuffer(blockFrames);
        this.earlier = envelope == null ? null : new StereoBuffer(blockFrames);
    }

    /**
     * Masters the mix on {@code mix}, reading and writing it {@code blockFrames} at a time; the limiter's envelopes go
     * onto {@code envelope} (null when no stem needs them).
     */
    static Result apply(Tape mix, Tape envelope, int blockFrames) throws IOException {
        return new Mastering(mix, envelope, blockFrames).run();
    }

    private Result run() throws IOException {
        Measure measure = loudness(1);
        double gain = 1; // for the stems: the product of the mix's gains
        double pending = 1; // the gain the tape has yet to be multiplied by
        double truePeak = Double.NaN;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            if (measure.lufs() == Double.NEGATIVE_INFINITY) {
                break; // silence (under the absolute gate): nothing to bring up
            }
            double toTarget = decibels(TARGET_LUFS - measure.lufs());
            gain *= toTarget;
            truePeak = truePeak(toTarget, measure);
            if (truePeak <= MAX_TRUE_PEAK_DBTP) {
                pending = toTarget;
                break;
            }
            // Limiting takes a little loudness away; the next pass gains it back and limits what that raises.
            measure = limit(toTarget);
            truePeak = Double.NaN;
        }
        if (Double.isNaN(truePeak)) {
            truePeak = truePeak(1, measure);
        }
        if (truePeak > MAX_TRUE_PEAK_DBTP) {
            // The true-peak limit outranks the loudness target (the last pass's limiter may leave an over).
            pending = decibels(MAX_TRUE_PEAK_DBTP - 0.01 - truePeak);
            gain *= pending;
            truePeak = truePeak(pending, measure);
        }
        double lufs = pending == 1 ? measure.lufs() : loudness(pending).lufs();
        return new Result(new Loudness(lufs, truePeak), pending, gain, limited);
    }

    /** Measures the loudness and the sample peaks of the mix times {@code gain}, rounded to floats as a scaled mix. */
    private Measure loudness(double gain) throws IOException {
        Loudness.Meter loudness = new Loudness.Meter();
        double leftPeak = 0;
        double rightPeak = 0;
        for (int from = 0; from < mix.frames(); from += blockFrames) {
            int count = Math.min(blockFrames, mix.frames() - from);
            mix.read(from, count, block);
            for (int i = 0; i < count; i++) {
                block.left[i] = (float) (block.left[i] * gain);
                block.right[i] = (float) (block.right[i] * gain);
                leftPeak = Math.max(leftPeak, Math.abs(block.left[i]));
                rightPeak = Math.max(rightPeak, Math.abs(block.right[i]));
            }
            loudness.add(block, count);
        }
        return new Measure(loudness.integrated(), leftPeak, rightPeak);
    }

    /**
     * The true peak of the mix times {@code gain}, rounded to floats as a scaled mix; {@code tape} is the tape's last
     * measure, whose sample peaks the scan starts from.
     */
    private double truePeak(double gain, Measure tape) throws IOException {
        TruePeak.Meter truePeak = new TruePeak.Meter(gain, tape.leftPeak(), tape.rightPeak());
        for (int from = 0; from < mix.frames(); from += blockFrames) {
            int count = Math.min(blockFrames, mix.frames() - from);
            mix.read(from, count, block);
            truePeak.add(block, count);
        }
        return truePeak.dbtp();
    }

    /**
     * Scales the mix by {@code gain} and limits it under the ceiling, writing it back, and multiplies the limiter's
     * envelope into the envelope tape. Each block is read with the limiter's look-ahead past its end; those frames
     * are read again, unchanged, as the next block's start.
     */
    private Measure limit(double gain) throws IOException {
        PeakLimiter limiter = new PeakLimiter(decibels(LIMITER_CEILING_DBFS));
        int frames = mix.frames();
        Loudness.Meter loudness = new Loudness.Meter();
        double leftPeak = 0;
        double rightPeak = 0;
        for (int from = 0; from < frames; from += blockFrames) {
            int count = Math.min(blockFrames, frames - from);
            int read = Math.min(frames - from, count + PeakLimiter.attack());
            mix.read(from, read, block);
            block.scale(read, gain);
            limiter.gains(block, count, read, gains.left);
            for (int i = 0; i < count; i++) {
                block.left[i] *= gains.left[i];
                block.right[i] *= gains.left[i];
                leftPeak = Math.max(leftPeak, Math.abs(block.left[i]));
                rightPeak = Math.max(rightPeak, Math.abs(block.right[i]));
            }
            mix.write(from, block, count);
            loudness.add(block, count);
            if (envelope != null) {
                multiplyEnvelope(from, count);
            }
        }
        limited = envelope != null;
        return new Measure(loudness.integrated(), leftPeak, rightPeak);
    }

    /** The envelope tape times this pass's gains (the gains alone, the first time); both channels hold it. */
    private void multiplyEnvelope(int from, int count) throws IOException {
        if (limited) {
            envelope.read(from, count, earlier);
            for (int i = 0; i < count; i++) {
                gains.left[i] = earlier.left[i] * gains.left[i];
            }
        }
        System.arraycopy(gains.left, 0, gains.right, 0, count);
        envelope.write(from, gains, count);
    }

    static double decibels(double db) {
        return StrictMath.pow(10, db / 20);
    }
}
