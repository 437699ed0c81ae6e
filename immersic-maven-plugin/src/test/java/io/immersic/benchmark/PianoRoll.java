package io.immersic.benchmark;

import io.immersic.harmony.Chord;
import io.immersic.midi.Note;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Draws a piano roll PNG (time across, pitch up, velocity as shade, bar lines, chord names) to look at a track. */
final class PianoRoll {

    private static final int PIXELS_PER_BEAT = 24;
    private static final int PIXELS_PER_PITCH = 5;
    private static final int HEADER = 18;

    private PianoRoll() {}

    static void write(List<Note> notes, List<Chord> chords, double beatsPerBar, Path png) throws IOException {
        int low = notes.stream().mapToInt(Note::pitch).min().orElse(48) - 2;
        int high = notes.stream().mapToInt(Note::pitch).max().orElse(84) + 2;
        double beats = Math.max(notes.stream().mapToDouble(Note::endBeat).max().orElse(4),
                chords.size() * beatsPerBar);
        int width = (int) Math.ceil(beats * PIXELS_PER_BEAT) + 1;
        int height = HEADER + (high - low + 1) * PIXELS_PER_PITCH;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        for (int pitch = low; pitch <= high; pitch++) {
            if (pitch % 12 == 0) {
                g.setColor(new Color(225, 225, 235));
                g.drawLine(0, y(pitch, high), width, y(pitch, high));
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int bar = 0; bar * beatsPerBar <= beats; bar++) {
            int x = (int) (bar * beatsPerBar * PIXELS_PER_BEAT);
            g.setColor(bar % 4 == 0 ? Color.GRAY : Color.LIGHT_GRAY);
            g.drawLine(x, 0, x, height);
            if (bar < chords.size() && chords.get(bar) != null) {
                g.setColor(Color.BLACK);
                g.drawString(chords.get(bar).symbol(), x + 3, 13);
            }
        }
        for (Note note : notes) {
            int shade = 200 - (int) (note.velocity() * 1.5);
            g.setColor(new Color(Math.max(0, shade), Math.max(0, shade), 230));
            g.fillRect((int) (note.startBeat() * PIXELS_PER_BEAT), y(note.pitch(), high) - PIXELS_PER_PITCH + 1,
                    Math.max(2, (int) (note.durationBeats() * PIXELS_PER_BEAT) - 1), PIXELS_PER_PITCH - 1);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static int y(int pitch, int high) {
        return HEADER + (high - pitch + 1) * PIXELS_PER_PITCH;
    }
}
