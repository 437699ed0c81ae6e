package io.immersic.audio;

import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * The forked renderer: {@code GervillMain <sf2> <midi> <out.pcm> <frames>} plays the MIDI file through Gervill with
 * only the SoundFont's instruments and writes {@code frames} frames of 16-bit little-endian stereo PCM at 44.1 kHz.
 * It needs {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}; reflection keeps the plugin itself
 * compiling against public API only.
 */
public final class GervillMain {

    private GervillMain() {}

    public static void main(String[] args) throws Exception {
        Path soundFont = Path.of(args[0]);
        Sequence sequence = MidiSystem.getSequence(Path.of(args[1]).toFile());
        Path out = Path.of(args[2]);
        long frames = Long.parseLong(args[3]);

        Synthesizer synthesizer = MidiSystem.getSynthesizer();
        Method openStream = Class.forName("com.sun.media.sound.AudioSynthesizer")
                .getMethod("openStream", AudioFormat.class, Map.class);
        Map<String, Object> settings = new HashMap<>();
        settings.put("load default soundbank", false); // it is randomly generated at each start
        settings.put("jitter correction", false);
        settings.put("interpolation", "linear");
        AudioFormat format = new AudioFormat(StereoBuffer.SAMPLE_RATE, 16, 2, true, false);
        AudioInputStream stream = (AudioInputStream) openStream.invoke(synthesizer, format, settings);
        Soundbank bank = MidiSystem.getSoundbank(soundFont.toFile());
        if (!synthesizer.loadAllInstruments(bank)) {
            throw new IllegalStateException("Gervill could not load the instruments of " + soundFont);
        }
        send(sequence, synthesizer.getReceiver());
        try (OutputStream pcm = Files.newOutputStream(out)) {
            byte[] buffer = new byte[4096 * 4];
            long remaining = frames * 4;
            while (remaining > 0) {
                int read = stream.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read <= 0) {
                    break;
                }
                pcm.write(buffer, 0, read);
                remaining -= read;
            }
        }
        synthesizer.close();
    }

    /** Sends every channel message with its time stamp (µs), from the file's single tempo. */
    private static void send(Sequence sequence, Receiver receiver) {
        double microsPerTick = 500_000.0 / sequence.getResolution();
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof MetaMessage meta && meta.getType() == 0x51) {
                    byte[] d = meta.getData();
                    int micros = ((d[0] & 0xFF) << 16) | ((d[1] & 0xFF) << 8) | (d[2] & 0xFF);
                    microsPerTick = (double) micros / sequence.getResolution();
                }
            }
        }
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof ShortMessage message) {
                    receiver.send(message, Math.round(event.getTick() * microsPerTick));
                }
            }
        }
    }
}
