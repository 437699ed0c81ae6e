package io.immersic.audio;

import io.immersic.common.IoReasons;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A user's drum loop (a WAV file): converted to 44.1 kHz stereo, stretched so that it spans a whole number of bars at
 * the track's tempo (the nearest whole number to its own length), and repeated under the whole track, restarting at
 * each section's start so it keeps to the form.
 */
final class DrumLoop {

    private DrumLoop() {}

    /** One cycle of the loop, stretched to whole bars at the tempo. */
    static StereoBuffer fit(Path file, double bpm, double beatsPerBar) throws AudioException {
        StereoBuffer loop = read(file);
        double barSeconds = beatsPerBar * 60.0 / bpm;
        double loopSeconds = (double) loop.frames() / StereoBuffer.SAMPLE_RATE;
        long bars = Math.max(1, Math.round(loopSeconds / barSeconds));
        return resample(loop, StereoBuffer.frames(bars * barSeconds));
    }

    /**
     * The loop's {@code cycle} under the music's first {@code musicFrames} frames at {@code level}, from the start of
     * each section ({@code sectionStarts}, frames) to the next; silent after the music and before the first section.
     */
    static PartSource play(StereoBuffer cycle, int[] sectionStarts, int musicFrames, double level) {
        return (block, from, count) -> {
            block.clear(count);
            for (int s = 0; s < sectionStarts.length; s++) {
                int start = Math.min(musicFrames, sectionStarts[s]);
                int end = s + 1 < sectionStarts.length ? Math.min(musicFrames, sectionStarts[s + 1]) : musicFrames;
                for (int i = Math.max(start, from); i < Math.min(end, from + count); i++) {
                    int k = (i - start) % cycle.frames();
                    block.left[i - from] = (float) (cycle.left[k] * level);
                    block.right[i - from] = (float) (cycle.right[k] * level);
                }
            }
        };
    }

    /** Checks a drum loop before any work is done: a readable file whose header the JDK can decode. */
    static void check(Path file) throws AudioException {
        String where = "The drum loop " + file + " given as {drums}";
        String problem = IoReasons.fileProblem(file);
        if (problem != null) {
            throw new AudioException(where + " " + problem + "; use none, lofi, or the path of a WAV file.");
        }
        try {
            AudioSystem.getAudioFileFormat(file.toFile());
        } catch (UnsupportedAudioFileException e) {
            throw new AudioException(where + " is not a WAV file this build can read; convert it to PCM WAV.");
        } catch (IOException e) {
            throw new AudioException(where + " cannot be read: " + IoReasons.describe(e) + ".", e);
        }
    }

    /** Reads any PCM WAV the JDK can decode, as float stereo at 44.1 kHz. */
    static StereoBuffer read(Path file) throws AudioException {
        check(file);
        try (AudioInputStream source = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat in = source.getFormat();
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, in.getSampleRate(), 16,
                    in.getChannels(), in.getChannels() * 2, in.getSampleRate(), false);
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm, source)) {
                byte[] bytes = converted.readAllBytes();
                int channels = in.getChannels();
                int frames = bytes.length / (2 * channels);
                if (frames == 0) {
                    throw new AudioException("The drum loop " + file + " has no audio.");
                }
                StereoBuffer raw = new StereoBuffer(frames);
                for (int i = 0; i < frames; i++) {
                    int base = i * 2 * channels;
                    float left = (short) ((bytes[base] & 0xFF) | (bytes[base + 1] << 8)) / 32768f;
                    float right = channels > 1
                            ? (short) ((bytes[base + 2] & 0xFF) | (bytes[base + 3] << 8)) / 32768f : left;
                    raw.left[i] = left;
                    raw.right[i] = right;
                }
                int targetFrames = (int) Math.round(frames * (double) StereoBuffer.SAMPLE_RATE / in.getSampleRate());
                return resample(raw, Math.max(1, targetFrames));
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new AudioException("The drum loop " + file + " is not a WAV file this build can read ("
                    + e.getMessage() + "); convert it to PCM WAV.");
        } catch (IOException e) {
            throw new AudioException("Cannot read the drum loop " + file + ": " + IoReasons.describe(e), e);
        }
    }

    /** Linear-interpolation resampling to exactly {@code frames} frames. */
    static StereoBuffer resample(StereoBuffer in, int frames) {
        if (in.frames() == frames) {
            return in;
        }
        StereoBuffer out = new StereoBuffer(frames);
        double step = (double) in.frames() / frames;
        for (int i = 0; i < frames; i++) {
            double position = i * step;
            int k = (int) position;
            double fraction = position - k;
            int next = Math.min(in.frames() - 1, k + 1);
            out.left[i] = (float) (in.left[k] + (in.left[next] - in.left[k]) * fraction);
            out.right[i] = (float) (in.right[k] + (in.right[next] - in.right[k]) * fraction);
        }
        return out;
    }
}
