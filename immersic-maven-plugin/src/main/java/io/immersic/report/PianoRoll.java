package io.immersic.report;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws notes as a piano roll in one inline SVG element, time across and pitch upwards, with bar lines, the chord
 * of each bar and the loop's end, so a reader of the report can see what was generated without a MIDI player.
 *
 * <p>Bar lines: {@code bars + 1} lines with class {@code bar-line}, one at the start of every bar and one closing the
 * last bar. Notes reaching past the last bar are cut at the right edge; notes starting at or after it are not drawn.
 */
public final class PianoRoll {

    private static final double LEFT = 40;
    private static final double RIGHT = 12;
    private static final double TOP = 24;
    private static final double BOTTOM = 22;
    private static final double BEAT_PX = 24;
    private static final double ROW_PX = 6;
    private static final double MIN_WIDTH = 720;
    private static final double MAX_WIDTH = 2400;
    private static final double MIN_HEIGHT = 160;
    private static final int PITCH_PAD = 2;
    private static final double MIN_BAR_NUMBER_GAP = 18;
    private static final String[] NAMES = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};

    private PianoRoll() {}

    /** Maps beats and pitches to the page. */
    private record Frame(double beats, double scale, int low, int high, double rowHeight) {

        double x(double beat) {
            return LEFT + Math.max(0, Math.min(beats, beat)) * scale;
        }

        double y(int pitch) {
            return TOP + (high - pitch) * rowHeight;
        }

        double width() {
            return LEFT + beats * scale + RIGHT;
        }

        double base() {
            return y(low) + rowHeight;
        }
    }

    /**
     * @param title the tooltip and accessible name of the chart
     * @param notes the notes, drawn in this order
     * @param beatsPerBar beats in a bar (positive)
     * @param bars how many bars the time axis spans; below 1: as many as the notes need
     * @param barLabels per bar from the first, a label written above it (a chord name); an empty string, a null or
     *     a list shorter than the bars leaves bars unlabelled
     * @param loopEndBeat where the loop (which starts at beat 0) ends; 0 or less for no loop line
     */
    public static String render(String title, List<Note> notes, double beatsPerBar, int bars, List<String> barLabels,
            double loopEndBeat) {
        if (!(beatsPerBar > 0) || Double.isInfinite(beatsPerBar)) {
            throw new IllegalArgumentException("beatsPerBar must be positive: " + beatsPerBar);
        }
        List<Note> given = notes == null ? List.of() : notes;
        int barCount = bars >= 1 ? bars : barsNeeded(given, beatsPerBar);
        List<Note> shown = visible(given, barCount * beatsPerBar);
        if (shown.isEmpty()) {
            return Draw.empty("chart piano-roll", MIN_WIDTH, MIN_HEIGHT, title, "no notes");
        }
        Frame frame = frame(shown, barCount * beatsPerBar);
        double height = frame.base() + BOTTOM;

        StringBuilder out = Draw.open("chart piano-roll", frame.width(), height, title);
        Draw.plotArea(out, LEFT, TOP, frame.beats() * frame.scale(), frame.base() - TOP);
        octaves(out, frame);
        barLines(out, frame, beatsPerBar, barCount, barLabels == null ? List.of() : barLabels);
        for (Note note : shown) {
            note(out, note, frame);
        }
        if (loopEndBeat > 0) {
            double x = frame.x(loopEndBeat);
            Draw.line(out, "loop-end", x, TOP - 4, x, frame.base(), "stroke=\"#c0392b\" stroke-width=\"2\"");
            Draw.text(out, "loop-label", x - 3, frame.base() + 14, "end", "loop");
        }
        return Draw.close(out);
    }

    private static int barsNeeded(List<Note> notes, double beatsPerBar) {
        double end = 0;
        for (Note note : notes) {
            end = Math.max(end, note.endBeat());
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

    /** About 24 px a beat, squeezed or stretched to stay between 720 and 2400 px wide; 6 px a semitone at least. */
    private static Frame frame(List<Note> notes, double beats) {
        int low = 127;
        int high = 0;
        for (Note note : notes) {
            low = Math.min(low, note.pitch());
            high = Math.max(high, note.pitch());
        }
        low = Math.max(0, low - PITCH_PAD);
        high = Math.min(127, high + PITCH_PAD);
        double plotWidth = Math.max(MIN_WIDTH - LEFT - RIGHT, Math.min(MAX_WIDTH - LEFT - RIGHT, beats * BEAT_PX));
        int rows = high - low + 1;
        double plotHeight = Math.max(rows * ROW_PX, MIN_HEIGHT - TOP - BOTTOM);
        return new Frame(beats, plotWidth / beats, low, high, plotHeight / rows);
    }

    /** A faint line under every C with its name (C4 = 60) on the left, the landmarks a player reads a roll by. */
    private static void octaves(StringBuilder out, Frame frame) {
        double right = frame.x(frame.beats());
        for (int pitch = frame.low(); pitch <= frame.high(); pitch++) {
            if (pitch % 12 == 0) {
                double bottom = frame.y(pitch) + frame.rowHeight();
                Draw.line(out, "octave-line", LEFT, bottom, right, bottom, Draw.GRID);
                Draw.text(out, "octave", LEFT - 4, bottom - frame.rowHeight() / 2 + 4, "end", name(pitch));
            }
        }
    }

    private static void barLines(StringBuilder out, Frame frame, double beatsPerBar, int bars, List<String> labels) {
        double barWidth = beatsPerBar * frame.scale();
        int numberStep = (int) Math.ceil(MIN_BAR_NUMBER_GAP / barWidth);
        for (int bar = 0; bar <= bars; bar++) {
            double x = frame.x(bar * beatsPerBar);
            Draw.line(out, "bar-line", x, TOP, x, frame.base(), "stroke=\"#aaa\"");
            if (bar == bars) {
                break;
            }
            if (bar % numberStep == 0) {
                Draw.text(out, "bar-number", x + 3, frame.base() + 14, "start", Integer.toString(bar + 1));
            }
            String label = bar < labels.size() ? labels.get(bar) : null;
            if (label != null && !label.isEmpty()) {
                Draw.text(out, "chord", x + 3, TOP - 8, "start", label);
            }
        }
    }

    /** Louder notes are darker: fill-opacity 0.25 at velocity 0 rising to 1 at 127. */
    private static void note(StringBuilder out, Note note, Frame frame) {
        double x = frame.x(note.startBeat());
        double width = Math.max(1, frame.x(note.endBeat()) - x);
        double opacity = 0.25 + 0.75 * note.velocity() / 127.0;
        Draw.rect(out, "note", x, frame.y(note.pitch()), width, frame.rowHeight(),
                "fill=\"#2f5d8a\" fill-opacity=\"" + Svg.num(opacity) + '"');
        out.append("><title>").append(name(note.pitch())).append(" velocity ").append(note.velocity())
                .append(" beat ").append(Svg.num(note.startBeat())).append("</title></rect>\n");
    }

    private static String name(int pitch) {
        return NAMES[pitch % 12] + (pitch / 12 - 1);
    }
}
