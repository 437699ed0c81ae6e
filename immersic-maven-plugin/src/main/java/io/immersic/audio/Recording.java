package io.immersic.audio;

import io.immersic.cache.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The band recorded onto tapes a block at a time: every layer (each part, coloured and faded, and the vinyl noise) is
 * made in lockstep and summed into the mix, so only a block of each is ever on the heap. A layer longer than the mix
 * (a loop's part, whose release rings past the loop's end) is wrapped: what it plays past the end is mixed into its
 * start on its tape, and the start of the mix is summed again from the layers' tapes once every tail is in. A layer's
 * tape holds its whole stem when the stems are kept, else only that start (when there is one to wrap into).
 */
final class Recording {

    /** A stem to record: its name, its sound, and its length, at least the mix's. */
    record Layer(String name, PartSource sound, int frames) {}

    /** The mix's tape and, when the stems are kept, each layer's, in the layers' order. */
    record Tapes(Tape mix, Map<String, Tape> stems) {}

    private final List<Layer> layers;
    private final int mixFrames;
    private final int blockFrames;
    private final StereoBuffer[] blocks;
    private final StereoBuffer sum;
    private final StereoBuffer start; // a stretch of a layer's start, its tail being mixed in
    private final List<Tape> opened = new ArrayList<>();

    private Recording(List<Layer> layers, int mixFrames, int blockFrames) {
        this.layers = layers;
        this.mixFrames = mixFrames;
        this.blockFrames = blockFrames;
        this.blocks = new StereoBuffer[layers.size()];
        for (int l = 0; l < blocks.length; l++) {
            blocks[l] = new StereoBuffer(blockFrames);
        }
        this.sum = new StereoBuffer(blockFrames);
        this.start = new StereoBuffer(blockFrames);
    }

    /**
     * Records {@code layers} into a mix {@code mixFrames} long on tapes in {@code scratch}, {@code blockFrames} at a
     * time; the caller closes the tapes returned.
     */
    static Tapes record(List<Layer> layers, int mixFrames, boolean keepStems, Path scratch, int blockFrames)
            throws IOException {
        Recording recording = new Recording(layers, mixFrames, blockFrames);
        try {
            return recording.record(keepStems, scratch);
        } catch (IOException | RuntimeException e) {
            for (Tape tape : recording.opened) {
                tape.close();
            }
            throw e;
        }
    }

    private Tapes record(boolean keepStems, Path scratch) throws IOException {
        int longest = mixFrames;
        int head = 0; // the mix's start that wrapped tails ring into
        for (Layer layer : layers) {
            longest = Math.max(longest, layer.frames());
            if (layer.frames() > mixFrames) {
                head = Math.max(head, Math.min(mixFrames, layer.frames() - mixFrames));
            }
        }
        int kept = keepStems ? mixFrames : head;
        Tape mix = open(scratch, "mix", mixFrames);
        List<Tape> tapes = new ArrayList<>();
        for (Layer layer : layers) {
            tapes.add(kept > 0 ? open(scratch, layer.name(), mixFrames) : null);
        }
        for (int from = 0; from < longest; from += blockFrames) {
            int count = Math.min(blockFrames, longest - from);
            int mixCount = Math.max(0, Math.min(count, mixFrames - from));
            for (int l = 0; l < layers.size(); l++) {
                int frames = Math.min(count, layers.get(l).frames() - from);
                if (frames > 0) {
                    layers.get(l).sound().render(blocks[l], from, frames);
                }
            }
            if (mixCount > 0) {
                mix.write(from, sumOf(blocks, mixCount), mixCount);
                for (int l = 0; l < layers.size() && from < kept; l++) {
                    tapes.get(l).write(from, blocks[l], Math.min(mixCount, kept - from));
                }
            }
            for (int l = 0; l < layers.size(); l++) {
                wrap(tapes.get(l), blocks[l], from, Math.min(count, layers.get(l).frames() - from));
            }
        }
        if (head > 0) {
            resum(mix, tapes, head);
        }
        Map<String, Tape> stems = new LinkedHashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            if (keepStems) {
                stems.put(layers.get(l).name(), tapes.get(l));
            } else if (tapes.get(l) != null) {
                tapes.get(l).close();
            }
        }
        return new Tapes(mix, stems);
    }

    private Tape open(Path scratch, String name, int frames) throws IOException {
        Tape tape = new Tape(AtomicFiles.scratchFile(scratch, "render-" + name + ".f32"), frames);
        opened.add(tape);
        return tape;
    }

    /** The layers' first {@code count} frames summed in the layers' order, as a mix of whole stems sums them. */
    private StereoBuffer sumOf(StereoBuffer[] parts, int count) {
        sum.clear(count);
        for (StereoBuffer part : parts) {
            for (int i = 0; i < count; i++) {
                sum.left[i] += part.left[i];
                sum.right[i] += part.right[i];
            }
        }
        return sum;
    }

    /** Mixes the block's frames past the mix's end (of {@code count} from {@code from}) into the tape's start. */
    private void wrap(Tape tape, StereoBuffer block, int from, int count) throws IOException {
        for (int i = Math.max(from, mixFrames); i < from + count; ) {
            int k = i % mixFrames;
            int run = Math.min(from + count - i, mixFrames - k);
            tape.read(k, run, start);
            for (int j = 0; j < run; j++) {
                start.left[j] += block.left[i - from + j];
                start.right[j] += block.right[i - from + j];
            }
            tape.write(k, start, run);
            i += run;
        }
    }

    /** Sums the mix's first {@code head} frames again from the layers' tapes, now that the tails are in. */
    private void resum(Tape mix, List<Tape> tapes, int head) throws IOException {
        for (int from = 0; from < head; from += blockFrames) {
            int count = Math.min(blockFrames, head - from);
            for (int l = 0; l < tapes.size(); l++) {
                tapes.get(l).read(from, count, blocks[l]);
            }
            mix.write(from, sumOf(blocks, count), count);
        }
    }
}
