package io.immersic.engine;

import io.immersic.audio.AdaptiveParameters;
import io.immersic.band.Part;
import io.immersic.band.Plan;
import io.immersic.audio.StereoBuffer;
import io.immersic.audio.WavMetadata;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The names, positions and WAV markers of a track's audio for games, all from its {@link Plan}: bar lines and
 * section starts in samples, the cue points and ACID tempo every WAV carries, and the file names of an adaptive set
 * (its intensity levels and its pieces: an ending, a stinger and a transition).
 */
final class AdaptiveSet {

    /** The pieces apart from the loop, as {@link io.immersic.band.Transitions} writes them. */
    static final List<String> PIECES = List.of("ending", "stinger", "transition");

    private AdaptiveSet() {}

    /** How many levels a track with these parts gets: the asked number, at most one per part that can enter. */
    static int levels(AdaptiveParameters adaptive, Set<Part> parts) {
        Set<Part> entering = EnumSet.copyOf(parts);
        entering.retainAll(EnumSet.of(Part.KEYS, Part.BASS, Part.DRUMS, Part.MELODY));
        return Math.max(1, Math.min(adaptive.levels(), entering.size()));
    }

    /** The file name (no extension) of level {@code level} of {@code track}. */
    static String levelName(String track, int level) {
        return track + "-intensity-" + level;
    }

    /** The first sample of {@code bar} at the plan's tempo, as the renderer places it. */
    static long barSample(Plan plan, int bar) {
        return StereoBuffer.frames(plan.barStart(bar) * 60 / plan.bpm());
    }

    /** Every bar line as a cue point (id = bar number from 1), labelled with the section's letter where one starts. */
    static WavMetadata loopMarkers(Plan plan, boolean loop) {
        List<WavMetadata.CuePoint> cues = new ArrayList<>();
        for (int bar = 0; bar < plan.bars(); bar++) {
            char letter = plan.sectionOf(bar).letter();
            String label = plan.startsSection(bar) && letter != ' ' ? String.valueOf(letter) : "bar " + (bar + 1);
            cues.add(new WavMetadata.CuePoint(bar + 1, barSample(plan, bar), label));
        }
        return new WavMetadata(loop, cues, acid(plan, plan.bars(), !loop));
    }

    /** A piece's markers: a cue at its start, and its tempo, as a one-shot. */
    static WavMetadata pieceMarkers(Plan plan, String name, int bars) {
        return new WavMetadata(false, List.of(new WavMetadata.CuePoint(1, 0, name)), acid(plan, bars, true));
    }

    private static WavMetadata.Acid acid(Plan plan, int bars, boolean oneShot) {
        int root = 60 + (plan.key() == null ? 0 : plan.key().tonic());
        return new WavMetadata.Acid(plan.bpm(), (int) Math.round(bars * plan.beatsPerBar()),
                (int) Math.round(plan.beatsPerBar()), 4, root, oneShot);
    }
}
