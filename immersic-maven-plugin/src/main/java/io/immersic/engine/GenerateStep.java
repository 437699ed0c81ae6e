package io.immersic.engine;

import io.immersic.audio.AudioParameters;
import io.immersic.band.Part;
import io.immersic.band.PerformedTrack;
import io.immersic.band.Performer;
import io.immersic.band.Plan;
import io.immersic.audio.StereoBuffer;
import io.immersic.audio.TrackRenderer;
import io.immersic.audio.WavWriter;
import io.immersic.cache.OutputManifest;
import io.immersic.common.BuildLog;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.TokenGenerator;
import io.immersic.method.Composer;
import io.immersic.midi.MidiPiece;
import io.immersic.midi.MidiReadException;
import io.immersic.midi.MidiReader;
import io.immersic.midi.MidiWriter;
import io.immersic.tokens.RemiEncoder;
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
    private final AudioOutput audio;

    /** Checks the generation and audio parameters (and the SoundFont) up front, before any stage does work. */
    public GenerateStep(BuildLog log, GenerateRequest request) throws ImmersicException {
        this.log = log;
        this.request = request;
        this.audio = new AudioOutput(log, request);
        try {
            request.generation().validate();
            request.audio().validate(); // a SoundFont or drum loop that cannot be read fails here, before any work
            request.adaptive().validate();
        } catch (IllegalArgumentException e) {
            throw ImmersicException.of(e);
        }
    }

    /**
     * The generation parameters with {@code length} cut, with a warning, to what the audio files can hold: a WAV at
     * most {@link WavWriter#MAX_FRAMES} frames (its sizes are 32-bit: 3 h 22 min), a FLAC alone {@value #MAX_FRAMES}
     * (13.5 h: the renderer counts frames in ints). Memory is no limit: audio is rendered, mastered and written a
     * block at a time ({@link TrackRenderer}), so the heap holds the same few megabytes at any length, and the
     * render's scratch tapes take disk instead (8 bytes a frame for the mix and for each stem kept). MIDI alone has
     * no limit.
     */
    public GenerationParameters lengthThatFits(Composer composer) {
        GenerationParameters p = request.generation();
        AudioParameters audio = request.audio();
        if (!audio.anyAudio()) {
            return p;
        }
        double bpm = p.tempoBpm() > 0 ? p.tempoBpm() : composer.tempoBpm();
        double secondsPerBar = composer.beatsPerBar() * 60 / bpm;
        int maxFrames = audio.wav() ? WavWriter.MAX_FRAMES : MAX_FRAMES;
        double maxSeconds = (double) maxFrames / StereoBuffer.SAMPLE_RATE;
        // Less the release tail, and two bars for notes ringing past the last bar line and a primer's.
        long barsThatFit = (long) ((maxSeconds - TrackRenderer.TAIL_SECONDS) / secondsPerBar) - 2;
        if (p.lengthBars() <= barsThatFit) {
            return p;
        }
        log.warn(String.format("{length} %d bars at %.0f BPM is %.0f minutes of audio, and a %s holds at most %.0f"
                        + " minutes. Writing %d bars instead; for the full length, %s.", p.lengthBars(), bpm,
                p.lengthBars() * secondsPerBar / 60, audio.wav() ? "WAV" : "FLAC", maxSeconds / 60, barsThatFit,
                audio.wav() ? "write FLAC alone ({~formats=flac}, up to 13.5 hours) or MIDI alone ({~formats=none})"
                        : "write MIDI alone ({~formats=none})"));
        return p.withLengthBars((int) barsThatFit);
    }

    /** The most frames the renderer makes: it counts them in ints. */
    static final int MAX_FRAMES = Integer.MAX_VALUE;

    /** The primer's REMI tokens that the composer can take (empty without a primer), warning about the rest. */
    public List<String> primer(Composer composer) throws ImmersicException {
        Path primer = request.generation().primer();
        return primer == null ? List.of() : primerTokens(primer, composer);
    }

    /**
     * Each track as the band plays it ({@link Performer}): these notes are written, rendered, evaluated and shown.
     */
    public List<PerformedTrack> perform(List<TokenGenerator.Track> tracks, Composer composer) {
        Performer band = new Performer(bpm(composer), composer.beatsPerBar(), composer.roll(), request.audio().loop(),
                request.playedParts());
        List<PerformedTrack> performed = new ArrayList<>(tracks.size());
        for (int i = 0; i < tracks.size(); i++) {
            performed.add(band.perform(tracks.get(i), i + 1, request.generation().seed() * 1_000_003L + i));
        }
        return performed;
    }

    /** The tempo the tracks are written at: the asked one, else the model's (its corpus's). */
    double bpm(Composer composer) {
        double asked = request.generation().tempoBpm();
        return asked > 0 ? asked : composer.tempoBpm();
    }

    /** Writes each track's MIDI file and (when asked) its audio; returns the files. */
    public List<TrackFile> write(List<PerformedTrack> tracks, Composer composer) throws ImmersicException {
        Path folder = request.train().preprocess().output().tracksDirectory();
        OutputManifest manifest = new OutputManifest(folder);
        TrackFolder out = prepare(manifest, fileNames(tracks.size()));
        List<TrackFile> written = new ArrayList<>();
        for (PerformedTrack track : tracks) {
            Plan plan = track.plan();
            log.info(String.format("Track %d: %s, form %s over %d-bar loops, chords %s; %s", track.number(),
                    plan.key() == null ? "key n/a" : plan.key().name(), form(plan), plan.loopBars(),
                    String.join(" ", plan.chords().stream().map(c -> c == null ? "N.C." : c.symbol()).toList()),
                    String.join(", ", track.parts().keySet().stream().map(Part::id).toList())));
            written.addAll(writeTrack(track, out));
        }
        try {
            manifest.finish(written.stream().map(TrackFile::path).toList());
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + manifest.file() + ": " + IoReasons.describe(e), e);
        }
        return written;
    }

    /** Each part as a track of the MIDI file, in {@link Part} order: named, on its channel, with its program. */
    static List<MidiWriter.Part> midiParts(java.util.Map<Part, List<io.immersic.midi.Note>> parts, int keysProgram) {
        List<MidiWriter.Part> tracks = new ArrayList<>();
        parts.forEach((part, notes) -> tracks.add(new MidiWriter.Part(part.trackName(), part.channel(),
                part == Part.KEYS ? keysProgram : part.program(), notes)));
        return tracks;
    }

    /** The form as its sections' letters, e.g. {@code AABA}. */
    static String form(Plan plan) {
        StringBuilder letters = new StringBuilder();
        plan.sections().stream().filter(section -> section.letter() != ' ')
                .forEach(section -> letters.append(section.letter()));
        return letters.toString();
    }

    /** The loudness of each track {@link #write} rendered, by track name ({@code track-1}). */
    public java.util.Map<String, String> loudness() {
        return audio.loudness();
    }

    /** The names of the files {@link #write} writes for {@code tracks} tracks, named as writeTrack names them. */
    List<String> fileNames(int tracks) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= tracks; i++) {
            names.add("track-" + i + ".mid");
            names.addAll(audio.fileNames("track-" + i));
        }
        return names;
    }

    /**
     * Before the first file is written: removes the temporary files of killed builds, and the files an earlier build
     * listed in the manifest that this one does not write again (never another file), and marks the manifest
     * incomplete until {@link #write} has written every file.
     */
    private TrackFolder prepare(OutputManifest manifest, List<String> names) throws ImmersicException {
        Path folder = manifest.file().getParent();
        OutputLayout.removeTemporaryFiles(folder, log);
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
        if (!cleanup.foreign().isEmpty()) {
            log.warn("Kept " + String.join(", ", cleanup.foreign()) + " in " + folder + ": not written by Immersic"
                    + " (or changed since), so this build does not overwrite them and does not write those files;"
                    + " move them away to have them written");
        }
        return new TrackFolder(folder, manifest, cleanup.foreign());
    }

    /** Writes the track as MIDI (a track per part, markers at section starts) and, when asked, audio. */
    private List<TrackFile> writeTrack(PerformedTrack track, TrackFolder out) throws ImmersicException {
        Plan plan = track.plan();
        AudioParameters audio = request.audio();
        Path folder = out.path();
        String name = track.name(); // file names as fileNames() lists them
        List<MidiWriter.Part> parts = midiParts(track.parts(), request.generation().program());
        List<MidiWriter.Marker> markers = plan.sections().stream().filter(section -> section.letter() != ' ')
                .map(section -> new MidiWriter.Marker(plan.barStart(section.startBar()),
                        String.valueOf(section.letter()))).toList();
        byte[] midi = new MidiWriter().write(parts, markers, plan.bpm(), plan.beatsPerBar(), "Immersic " + name,
                plan.bars() * plan.beatsPerBar(), audio.loop());
        List<TrackFile> written = new ArrayList<>();
        out.write(name, "mid", midi).ifPresent(written::add);
        int notes = track.parts().values().stream().mapToInt(List::size).sum();
        log.info(String.format("Wrote %s: %d notes in %d part(s), %d bars at %.0f BPM%s",
                folder.resolve(name + ".mid"), notes, parts.size(), plan.bars(), plan.bpm(),
                audio.loop() ? ", loop marker (CC 111) at the start" : ""));
        if (audio.anyAudio()) {
            written.addAll(this.audio.write(track, out));
        }
        return written;
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
