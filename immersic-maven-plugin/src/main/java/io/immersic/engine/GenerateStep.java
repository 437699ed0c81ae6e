package io.immersic.engine;

import io.immersic.audio.AudioParameters;
import io.immersic.audio.FlacWriter;
import io.immersic.audio.RenderedTrack;
import io.immersic.audio.SoundFontRenderer;
import io.immersic.audio.StereoBuffer;
import io.immersic.audio.TrackRenderer;
import io.immersic.audio.WavWriter;
import io.immersic.cache.AtomicFiles;
import io.immersic.cache.OutputManifest;
import io.immersic.common.BuildLog;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.Humanizer;
import io.immersic.generation.TokenGenerator;
import io.immersic.method.Composer;
import io.immersic.midi.MidiPiece;
import io.immersic.midi.MidiReadException;
import io.immersic.midi.MidiReader;
import io.immersic.midi.MidiWriter;
import io.immersic.midi.Note;
import io.immersic.tokens.RemiDecoder;
import io.immersic.tokens.RemiEncoder;
import io.immersic.tokens.RemiTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3, shared by every method: the primer read for the method's composer, and the composed tracks → notes
 * (humanized, cut at the loop's bar line) → MIDI files, and audio rendered from them, in {@code tracks/}.
 */
public final class GenerateStep {

    private final BuildLog log;
    private final GenerateRequest request;
    private final SoundFontRenderer soundFont;

    /** Checks the generation and audio parameters (and the SoundFont) up front, before any stage does work. */
    public GenerateStep(BuildLog log, GenerateRequest request) throws ImmersicException {
        this.log = log;
        this.request = request;
        try {
            request.generation().validate();
            request.audio().validate();
            AudioParameters audio = request.audio();
            soundFont = audio.soundFont() != null && audio.anyAudio() ? new SoundFontRenderer(audio.soundFont()) : null;
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
    }

    /**
     * The generation parameters with {@code length} cut to what this JVM can render, with a warning. Audio is
     * rendered whole in memory (about {@value #BYTES_PER_FRAME} bytes a frame for the piano, drum, mix and
     * finishing buffers and the encoded file, {@value #BYTES_PER_FRAME_WITH_STEMS} with stems), so a length the range
     * allows (10,000 bars) can be hours of audio and gigabytes. MIDI alone has no such limit.
     */
    public GenerationParameters lengthThatFits(Composer composer, long maxHeapBytes) throws ImmersicException {
        GenerationParameters p = request.generation();
        AudioParameters audio = request.audio();
        if (!audio.anyAudio()) {
            return p;
        }
        double bpm = p.tempoBpm() > 0 ? p.tempoBpm() : composer.tempoBpm();
        double secondsPerBar = composer.beatsPerBar() * 60 / bpm;
        long bytesPerSecond = (long) StereoBuffer.SAMPLE_RATE
                * (audio.stems() ? BYTES_PER_FRAME_WITH_STEMS : BYTES_PER_FRAME);
        double audioBudget = maxHeapBytes * 0.6; // the rest holds nd4j, the model and Maven
        long barsThatFit = (long) (audioBudget / bytesPerSecond / secondsPerBar) - 2; // the release tail, a primer
        if (p.lengthBars() <= barsThatFit) {
            return p;
        }
        String why = String.format("{length} %d bars at %.0f BPM is %.0f minutes of audio, which"
                + " needs about %d MB to render; this JVM may use %d MB", p.lengthBars(), bpm,
                p.lengthBars() * secondsPerBar / 60, (long) (p.lengthBars() * secondsPerBar * bytesPerSecond / 0.6)
                        >> 20, maxHeapBytes >> 20);
        String fix = "give Maven more memory (-Xmx in MAVEN_OPTS or .mvn/jvm.config), or set {~formats=none}"
                + " for MIDI only";
        if (barsThatFit < 1) {
            throw new ImmersicException(why + ". Not one bar fits: " + fix + ".");
        }
        log.warn(why + ". Writing " + barsThatFit + " bars instead; for the full length, " + fix + ".");
        return p.withLengthBars((int) barsThatFit);
    }

    static final int BYTES_PER_FRAME = 40;
    static final int BYTES_PER_FRAME_WITH_STEMS = 64;

    /** The primer's REMI tokens that the composer can take (empty without a primer), warning about the rest. */
    public List<String> primer(Composer composer) throws ImmersicException {
        Path primer = request.generation().primer();
        return primer == null ? List.of() : primerTokens(primer, composer);
    }

    /**
     * Each track as it is played: its tokens decoded to notes, velocities humanized, in loop mode cut at the last bar
     * line. These are the notes written, rendered and evaluated.
     */
    public List<List<Note>> perform(List<TokenGenerator.Track> tracks, Composer composer) {
        double beatsPerBar = composer.beatsPerBar();
        RemiDecoder decoder = new RemiDecoder();
        List<List<Note>> played = new ArrayList<>(tracks.size());
        for (int i = 0; i < tracks.size(); i++) {
            List<String> tokens = tracks.get(i).tokens();
            List<Note> notes = Humanizer.apply(releaseBeforeRestrike(decoder.decode(tokens, beatsPerBar)),
                    beatsPerBar, tracks.get(i).barLevels(), composer.roll(),
                    request.generation().seed() * 1_000_003L + i);
            if (request.audio().loop()) {
                notes = endAt(notes, bars(tokens) * beatsPerBar); // a loop's MIDI ends exactly at its last bar line
            }
            played.add(notes);
        }
        return played;
    }

    static int bars(List<String> tokens) {
        return (int) tokens.stream().filter(RemiTokens.BAR::equals).count();
    }

    /** Writes each track's MIDI file and (when asked) its audio; returns the files. */
    public List<TrackFile> write(List<TokenGenerator.Track> tracks, List<List<Note>> played, Composer composer)
            throws ImmersicException {
        GenerationParameters p = request.generation();
        double beatsPerBar = composer.beatsPerBar();
        double bpm = p.tempoBpm() > 0 ? p.tempoBpm() : composer.tempoBpm();
        Path folder = request.train().preprocess().output().tracksDirectory();
        OutputManifest manifest = prepare(folder, fileNames(tracks.size()));
        List<TrackFile> written = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            TokenGenerator.Track track = tracks.get(i);
            int bars = bars(track.tokens());
            List<Note> notes = played.get(i);
            if (track.chords().isEmpty()) {
                log.info(String.format("Track %d: %d bars, no chord plan", i + 1, bars));
            } else {
                log.info(String.format("Track %d: %s, form %s over %d-bar loops, chords %s", i + 1,
                        track.key() == null ? "key n/a" : track.key().name(), track.form(), track.loopBars(),
                        String.join(" ", track.chords().stream().map(c -> c == null ? "N.C." : c.symbol())
                                .toList())));
            }
            written.addAll(writeTrack(i, notes, bars, bpm, beatsPerBar));
        }
        try {
            manifest.finish(written.stream().map(TrackFile::path).toList());
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + manifest.file() + ": " + IoReasons.describe(e), e);
        }
        return written;
    }

    /** The names of the files {@link #write} writes for {@code tracks} tracks, named as writeTrack names them. */
    List<String> fileNames(int tracks) {
        AudioParameters audio = request.audio();
        List<String> parts = !audio.anyAudio() ? List.of() : audio.stems() ? List.of("", "-piano", "-drums")
                : List.of("");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= tracks; i++) {
            names.add("track-" + i + ".mid");
            for (String part : parts) {
                if (audio.wav()) {
                    names.add("track-" + i + part + ".wav");
                }
                if (audio.flac()) {
                    names.add("track-" + i + part + ".flac");
                }
            }
        }
        return names;
    }

    /**
     * Before the first file is written: removes the temporary files of killed builds, and the files an earlier build
     * listed in the manifest that this one does not write again (never another file), and marks the manifest
     * incomplete until {@link #write} has written every file.
     */
    private OutputManifest prepare(Path folder, List<String> names) throws ImmersicException {
        OutputLayout.removeTemporaryFiles(folder, log);
        OutputManifest manifest = new OutputManifest(folder);
        OutputManifest.Cleanup cleanup;
        try {
            cleanup = manifest.begin(names);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot remove the files of an earlier build from " + folder + " or write "
                    + manifest.file() + ": " + IoReasons.describe(e), e);
        }
        if (cleanup.unreadable() != null) {
            log.warn(manifest.file() + " cannot be read (" + cleanup.unreadable() + "); files that earlier builds"
                    + " wrote to " + folder + " and this one does not write again are left there");
        }
        if (cleanup.interrupted()) {
            log.warn("The last build stopped while writing " + folder + " (killed?); all its tracks are written again");
        }
        if (!cleanup.removed().isEmpty()) {
            log.info("Removed " + cleanup.removed().size() + " file(s) of an earlier build from " + folder + " that"
                    + " this build does not write (fewer tracks, other formats, no stems): "
                    + String.join(", ", cleanup.removed()));
        }
        if (!cleanup.changed().isEmpty()) {
            log.info("Left " + String.join(", ", cleanup.changed()) + " in " + folder + ": changed since Immersic"
                    + " wrote them, so no longer Immersic's to remove");
        }
        return manifest;
    }

    /**
     * The notes with each one released where its key is struck again (a pianist must let a key up to strike it
     * again, and in MIDI a note-on over a sounding note of the same key is ambiguous). Notes are sorted by onset.
     */
    public static List<Note> releaseBeforeRestrike(List<Note> notes) {
        List<Note> out = new ArrayList<>(notes);
        java.util.Map<Integer, Integer> sounding = new java.util.HashMap<>(); // pitch → index in out
        for (int i = 0; i < out.size(); i++) {
            Note note = out.get(i);
            Integer previous = sounding.put(note.pitch(), i);
            if (previous != null && out.get(previous).endBeat() > note.startBeat() + 1e-9
                    && note.startBeat() > out.get(previous).startBeat() + 1e-9) {
                Note held = out.get(previous);
                out.set(previous, new Note(held.pitch(), held.velocity(), held.startBeat(),
                        note.startBeat() - held.startBeat(), held.channel()));
            }
        }
        return out;
    }

    /** The notes cut at {@code endBeat}: the ones starting later are dropped, the ones sounding past it shortened. */
    static List<Note> endAt(List<Note> notes, double endBeat) {
        List<Note> cut = new ArrayList<>(notes.size());
        for (Note note : notes) {
            if (note.startBeat() < endBeat - 1e-9) {
                cut.add(note.endBeat() <= endBeat ? note : new Note(note.pitch(), note.velocity(), note.startBeat(),
                        endBeat - note.startBeat(), note.channel()));
            }
        }
        return cut;
    }

    /** Writes track number {@code index} (0-based) as MIDI and, when asked, audio; returns the files. */
    private List<TrackFile> writeTrack(int index, List<Note> notes, int bars, double bpm, double beatsPerBar)
            throws ImmersicException {
        GenerationParameters p = request.generation();
        AudioParameters audio = request.audio();
        Path folder = request.train().preprocess().output().tracksDirectory();
        String name = "track-" + (index + 1); // file names as fileNames() lists them
        byte[] midi = new MidiWriter().write(notes, bpm, beatsPerBar, p.program(), "Immersic " + name,
                bars * beatsPerBar, audio.loop());
        List<TrackFile> written = new ArrayList<>();
        written.add(write(folder, name, "mid", midi));
        log.info(String.format("Wrote %s: %d notes, %d bars at %.0f BPM%s", folder.resolve(name + ".mid"),
                notes.size(), bars, bpm, audio.loop() ? ", loop marker (CC 111) at the start" : ""));
        if (audio.anyAudio()) {
            written.addAll(renderAudio(folder, name, notes, bpm, beatsPerBar, bars, audio, p.program(),
                    p.seed() * 1_000_003L + index));
        }
        return written;
    }

    private List<TrackFile> renderAudio(Path folder, String name, List<Note> notes, double bpm, double beatsPerBar,
                                        int bars, AudioParameters audio, int program, long seed)
            throws ImmersicException {
        long started = System.nanoTime();
        StereoBuffer piano = soundFont == null ? null : soundFont.render(notes, bpm, beatsPerBar, program);
        RenderedTrack rendered = new TrackRenderer(audio).render(notes, bpm, beatsPerBar, bars, piano, seed);
        double renderSeconds = (System.nanoTime() - started) / 1e9;
        double audioSeconds = (double) rendered.mix().frames() / StereoBuffer.SAMPLE_RATE;
        List<TrackFile> files = new ArrayList<>(writeAudio(folder, name, rendered.mix(), audio));
        if (rendered.piano() != null) {
            files.addAll(writeAudio(folder, name + "-piano", rendered.piano(), audio));
            files.addAll(writeAudio(folder, name + "-drums", rendered.drums(), audio));
        }
        log.info(String.format("Rendered %s: %.1f s of audio in %.2f s (%.0fx real time)%s", name, audioSeconds,
                renderSeconds, audioSeconds / Math.max(renderSeconds, 1e-9),
                audio.loop() ? ", seamless loop with smpl loop points" : ""));
        return files;
    }

    private static List<TrackFile> writeAudio(Path folder, String name, StereoBuffer buffer, AudioParameters audio)
            throws ImmersicException {
        short[] pcm = WavWriter.toPcm(buffer);
        List<TrackFile> files = new ArrayList<>();
        if (audio.wav()) {
            files.add(write(folder, name, "wav", WavWriter.write(pcm, audio.loop())));
        }
        if (audio.flac()) {
            files.add(write(folder, name, "flac", FlacWriter.write(pcm)));
        }
        return files;
    }

    private static TrackFile write(Path folder, String name, String type, byte[] bytes) throws ImmersicException {
        Path file = folder.resolve(name + "." + type);
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + file + ": " + IoReasons.describe(e), e);
        }
        return new TrackFile(file, type, name);
    }

    private List<String> primerTokens(Path primer, Composer composer) throws ImmersicException {
        MidiPiece piece;
        try {
            piece = new MidiReader().read(primer.getFileName().toString(), Files.readAllBytes(primer));
        } catch (IOException e) {
            throw new ImmersicException("Cannot read the primer " + primer + " given as {primer}: "
                    + IoReasons.describe(e));
        } catch (MidiReadException e) {
            throw new ImmersicException("The primer " + primer + " given as {primer} "
                    + e.getMessage() + ".");
        }
        List<String> tokens = new ArrayList<>(new RemiEncoder().encode(piece));
        tokens.remove(tokens.size() - 1); // END: the piece goes on
        List<String> known = tokens.stream().filter(composer::knows).toList();
        if (known.size() < tokens.size()) {
            log.warn("The primer " + primer + " has " + (tokens.size() - known.size()) + " token(s) the model never saw"
                    + " (pitches, positions or durations outside its corpus); they are left out.");
        }
        if (piece.notes().isEmpty()) {
            log.warn("The primer " + primer + " has no pitched notes; starting from a bar line.");
        }
        return known;
    }
}
