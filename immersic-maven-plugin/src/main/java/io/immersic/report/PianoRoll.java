package io.immersic.report;

import io.immersic.band.Part;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a band track as a piano roll in one inline SVG element, time across and pitch upwards, with bar lines, the
 * chord of each bar and the loop's end, so a reader of the report can see what was generated without a MIDI player.
 *
 * <p>Each pitched part (keys, bass, melody) is drawn in its own colour, each note a {@code rect} of class
 * {@code note part-<id>} (e.g. {@code note part-bass}), melody on top. The drums are not pitches, so their hits are
 * short ticks ({@code rect} of class {@code hit part-drums}) in lanes under the roll: kick, snare (snare, rim, clap),
 * toms and hats (hi-hats, cymbals and other percussion), only the lanes that have hits. A legend under the bar
 * numbers names the parts that have notes in the roll.
 *
 * <p>Bar lines: {@code bars + 1} lines with class {@code bar-line}, one at the start of every bar and one closing the
 * last bar. Notes reaching past the last bar are cut at the right edge; notes starting at or after it are not drawn.
 *
 * <p>The roll is drawn at its own size ({@code style="max-width:none"}): a page that shrank a 32-bar roll to its
 * column would shrink the 11 px labels to a few pixels, so the page scrolls it instead, and the octave names come
 * back every 8 bars for a reader scrolled away from the left edge.
 */
public final class PianoRoll {

    private static final double LEFT = 40;
    private static final double RIGHT = 12;
    private static final double TOP = 24;
    /** Bar numbers and the legend under them. */
    private static final double BOTTOM = 40;
    private static final double BEAT_PX = 24;
    private static final double ROW_PX = 6;
    private static final double LANE_PX = 13;
    private static final double LANE_GAP = 4;
    private static final double TICK_PX = 2;
    private static final double MIN_WIDTH = 720;
    private static final double MAX_WIDTH = 2400;
    private static final double MIN_HEIGHT = 160;
    private static final int PITCH_PAD = 2;
    private static final int OCTAVE_REPEAT_BARS = 8;
    private static final double MIN_BAR_NUMBER_GAP = 18;
    private static final String[] NAMES = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    private static final String[] LANES = {"kick", "snare", "toms", "hats"};
    private static final Set<Integer> TOMS = Set.of(41, 43, 45, 47, 48, 50);
    /** Okabe–Ito colours, told apart with the common colour-vision deficiencies. */
    private static final Map<Part, String> COLOURS = Map.of(Part.KEYS, "#0072b2", Part.BASS, "#e69f00",
            Part.MELODY, "#009e73", Part.DRUMS, "#555555");

    private PianoRoll() {}

    /** Maps beats and pitches to the page; {@code lanes} are the drum lanes shown (indexes into LANES). */
    private record Frame(double beats, double scale, int low, int high, double rowHeight, List<Integer> lanes) {

        double x(double beat) {
            return LEFT + Math.max(0, Math.min(beats, beat)) * scale;
        }

        double y(int pitch) {
            return TOP + (high - pitch) * rowHeight;
        }

        double width() {
            return LEFT + beats * scale + RIGHT;
        }

        /** The bottom of the pitch rows. */
        double base() {
            return y(low) + rowHeight;
        }

        double laneY(int lane) {
            return base() + LANE_GAP + lanes.indexOf(lane) * LANE_PX;
        }

        /** The bottom of the plot: the pitch rows and the drum lanes. */
        double bottom() {
            return lanes.isEmpty() ? base() : base() + LANE_GAP + lanes.size() * LANE_PX;
        }
    }

    /**
     * One part's notes, drawn as the keys; see {@link #render(String, Map, double, int, List, double)}.
     *
     * @param notes the notes, drawn in this order
     */
    public static String render(String title, List<Note> notes, double beatsPerBar, int bars, List<String> barLabels,
            double loopEndBeat) {
        Map<Part, List<Note>> parts = new EnumMap<>(Part.class);
        parts.put(Part.KEYS, notes == null ? List.of() : notes);
        return render(title, parts, beatsPerBar, bars, barLabels, loopEndBeat);
    }

    /**
     * @param title the tooltip and accessible name of the chart
     * @param parts each part's notes, drawn in {@link Part} order and within a part in list order (absent parts and
     *     null lists draw nothing)
     * @param beatsPerBar beats in a bar (positive)
     * @param bars how many bars the time axis spans; below 1: as many as the notes need
     * @param barLabels per bar from the first, a label written above it (a chord name); an empty string, a null or
     *     a list shorter than the bars leaves bars unlabelled
     * @param loopEndBeat where the loop (which starts at beat 0) ends; 0 or less for no loop line
     */
    public static String render(String title, Map<Part, List<Note>> parts, double beatsPerBar, int bars,
            List<String> barLabels, double loopEndBeat) {
        if (!(beatsPerBar > 0) || Double.isInfinite(beatsPerBar)) {
            throw new IllegalArgumentException("beatsPerBar must be positive: " + beatsPerBar);
        }
        Map<Part, List<Note>> given = new EnumMap<>(Part.class);
        if (parts != null) {
            parts.forEach((part, notes) -> given.put(part, notes == null ? List.of() : notes));
        }
        int barCount = bars >= 1 ? bars : barsNeeded(given, beatsPerBar);
        Map<Part, List<Note>> shown = new EnumMap<>(Part.class);
        given.forEach((part, notes) -> {
            List<Note> visible = visible(notes, barCount * beatsPerBar);
            if (!visible.isEmpty()) {
                shown.put(part, visible);
            }
        });
        if (shown.isEmpty()) {
            return Draw.empty("chart piano-roll", MIN_WIDTH, MIN_HEIGHT, title, "no notes");
        }
        Frame frame = frame(shown, barCount * beatsPerBar);
        double height = frame.bottom() + BOTTOM;

        StringBuilder out = Draw.open("chart piano-roll", frame.width(), height, title, " style=\"max-width:none\"");
        Draw.plotArea(out, LEFT, TOP, frame.beats() * frame.scale(), frame.bottom() - TOP);
        octaves(out, frame, beatsPerBar, barCount);
        lanes(out, frame);
        barLines(out, frame, beatsPerBar, barCount, barLabels == null ? List.of() : barLabels);
        shown.forEach((part, notes) -> notes.forEach(note -> {
            if (part == Part.DRUMS) {
                hit(out, note, frame);
            } else {
                note(out, part, note, frame);
            }
        }));
        if (loopEndBeat > 0) {
            double x = frame.x(loopEndBeat);
            Draw.line(out, "loop-end", x, TOP - 4, x, frame.bottom(), "stroke=\"#c0392b\" stroke-width=\"2\"");
            Draw.text(out, "loop-label", x - 3, frame.bottom() + 14, "end", "loop");
        }
        legend(out, shown.keySet(), frame.bottom() + 32);
        return Draw.close(out);
    }

    private static int barsNeeded(Map<Part, List<Note>> parts, double beatsPerBar) {
        double end = 0;
        for (List<Note> notes : parts.values()) {
            for (Note note : notes) {
                end = Math.max(end, note.endBeat());
            }
        }
        return Math.max(1, (int) Math.ceil(end / beatsPerBar - 1e-9));
    }

    private static List<Note> visible(List<Note> notes, double beats) {
        List<Note> shown = new ArrayList<>();
        for (Note note : notes) {
            if (note.startBeat() < beats && note.endBeat() > 0) {
                shown.add(note);
            }
        }
        return shown;
    }

    /**
     * About 24 px a beat, squeezed or stretched to stay between 720 and 2400 px wide; 6 px a semitone at least over
     * the pitched parts' range (C4–C5 when only drums play).
     */
    private static Frame frame(Map<Part, List<Note>> parts, double beats) {
        int low = 127;
        int high = 0;
        boolean[] lanesUsed = new boolean[LANES.length];
        for (Map.Entry<Part, List<Note>> part : parts.entrySet()) {
            for (Note note : part.getValue()) {
                if (part.getKey() == Part.DRUMS) {
                    lanesUsed[lane(note.pitch())] = true;
                } else {
                    low = Math.min(low, note.pitch());
                    high = Math.max(high, note.pitch());
                }
            }
        }
        if (low > high) {
            low = 60;
            high = 72;
        }
        low = Math.max(0, low - PITCH_PAD);
        high = Math.min(127, high + PITCH_PAD);
        List<Integer> lanes = new ArrayList<>();
        for (int lane = 0; lane < LANES.length; lane++) {
            if (lanesUsed[lane]) {
                lanes.add(lane);
            }
        }
        double plotWidth = Math.max(MIN_WIDTH - LEFT - RIGHT, Math.min(MAX_WIDTH - LEFT - RIGHT, beats * BEAT_PX));
        int rows = high - low + 1;
        double laneHeight = lanes.isEmpty() ? 0 : LANE_GAP + lanes.size() * LANE_PX;
        double plotHeight = Math.max(rows * ROW_PX, MIN_HEIGHT - TOP - BOTTOM - laneHeight);
        return new Frame(beats, plotWidth / beats, low, high, plotHeight / rows, List.copyOf(lanes));
    }

    /** The drum lane a General MIDI key is drawn in. */
    private static int lane(int key) {
        if (key == 35 || key == 36) {
            return 0;
        }
        if (key >= 37 && key <= 40) {
            return 1;
        }
        return TOMS.contains(key) ? 2 : 3;
    }

    /**
     * A faint line under every C with its name (C4 = 60) on the left, the landmarks a player reads a roll by; the
     * names again, fainter, inside the roll every 8 bars.
     */
    private static void octaves(StringBuilder out, Frame frame, double beatsPerBar, int bars) {
        double right = frame.x(frame.beats());
        for (int pitch = frame.low(); pitch <= frame.high(); pitch++) {
            if (pitch % 12 == 0) {
                double bottom = frame.y(pitch) + frame.rowHeight();
                double y = bottom - frame.rowHeight() / 2 + 4;
                Draw.line(out, "octave-line", LEFT, bottom, right, bottom, Draw.GRID);
                Draw.text(out, "octave", LEFT - 4, y, "end", name(pitch));
                for (int bar = OCTAVE_REPEAT_BARS; bar < bars; bar += OCTAVE_REPEAT_BARS) {
                    out.append("<text class=\"octave-repeat\" x=\"").append(Svg.num(frame.x(bar * beatsPerBar) + 3))
                            .append("\" y=\"").append(Svg.num(y)).append("\" fill=\"#999\">").append(name(pitch))
                            .append("</text>\n");
                }
            }
        }
    }

    /** The drum lanes' names on the left and a faint line above each. */
    private static void lanes(StringBuilder out, Frame frame) {
        double right = frame.x(frame.beats());
        for (int lane : frame.lanes()) {
            double top = frame.laneY(lane);
            Draw.line(out, "lane-line", LEFT, top, right, top, Draw.GRID);
            Draw.text(out, "lane", LEFT - 4, top + LANE_PX - 2, "end", LANES[lane]);
        }
    }

    private static void barLines(StringBuilder out, Frame frame, double beatsPerBar, int bars, List<String> labels) {
        double barWidth = beatsPerBar * frame.scale();
        int numberStep = (int) Math.ceil(MIN_BAR_NUMBER_GAP / barWidth);
        for (int bar = 0; bar <= bars; bar++) {
            double x = frame.x(bar * beatsPerBar);
            Draw.line(out, "bar-line", x, TOP, x, frame.bottom(), "stroke=\"#aaa\"");
            if (bar == bars) {
                break;
            }
            if (bar % numberStep == 0) {
                Draw.text(out, "bar-number", x + 3, frame.bottom() + 14, "start", Integer.toString(bar + 1));
            }
            String label = bar < labels.size() ? labels.get(bar) : null;
            if (label != null && !label.isEmpty()) {
                Draw.text(out, "chord", x + 3, TOP - 8, "start", label);
            }
        }
    }

    /** Louder notes are darker: fill-opacity 0.25 at velocity 0 rising to 1 at 127. */
    private static String paint(Part part, Note note) {
        double opacity = 0.25 + 0.75 * note.velocity() / 127.0;
        return "fill=\"" + COLOURS.get(part) + "\" fill-opacity=\"" + Svg.num(opacity) + '"';
    }

    private static void note(StringBuilder out, Part part, Note note, Frame frame) {
        double x = frame.x(note.startBeat());
        double width = Math.max(1, frame.x(note.endBeat()) - x);
        Draw.rect(out, "note part-" + part.id(), x, frame.y(note.pitch()), width, frame.rowHeight(),
                paint(part, note));
        out.append("><title>").append(part.trackName()).append(' ').append(name(note.pitch())).append(" velocity ")
                .append(note.velocity()).append(" beat ").append(Svg.num(note.startBeat())).append("</title></rect>\n");
    }

    /** A drum hit is a moment, not a length: a tick at its onset in its lane. */
    private static void hit(StringBuilder out, Note note, Frame frame) {
        int lane = lane(note.pitch());
        Draw.rect(out, "hit part-drums", frame.x(note.startBeat()), frame.laneY(lane) + 1, TICK_PX, LANE_PX - 2,
                paint(Part.DRUMS, note));
        out.append("><title>").append(LANES[lane]).append(" key ").append(note.pitch()).append(" velocity ")
                .append(note.velocity()).append(" beat ").append(Svg.num(note.startBeat())).append("</title></rect>\n");
    }

    /** A swatch and the name of each part shown, left to right under the bar numbers. */
    private static void legend(StringBuilder out, Set<Part> parts, double y) {
        double x = LEFT;
        for (Part part : parts) {
            Draw.rect(out, "legend-swatch part-" + part.id(), x, y - 9, 10, 10, "fill=\"" + COLOURS.get(part) + '"');
            out.append("/>\n");
            Draw.text(out, "legend", x + 14, y, "start", part.trackName());
            x += 14 + part.trackName().length() * Draw.CHAR_WIDTH + 16;
        }
    }

    private static String name(int pitch) {
        return NAMES[pitch % 12] + (pitch / 12 - 1);
    }
}
