package io.immersic.engine;

import io.immersic.audio.AudioParameters;
import io.immersic.audio.FlacWriter;
import io.immersic.audio.Intensity;
import io.immersic.audio.LofiPreset;
import io.immersic.audio.RenderedTrack;
import io.immersic.audio.Signal;
import io.immersic.audio.StereoBuffer;
import io.immersic.audio.TrackRenderer;
import io.immersic.audio.WavMetadata;
import io.immersic.audio.WavWriter;
import io.immersic.band.Part;
import io.immersic.band.PerformedTrack;
import io.immersic.band.Plan;
import io.immersic.band.Transitions;
import io.immersic.common.BuildLog;
import io.immersic.common.EnvironmentException;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;
import io.immersic.midi.MidiWriter;
import io.immersic.midi.Note;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A track's audio: the mix, its stems, with an adaptive set its intensity levels and pieces (each piece also as
 * MIDI), and the {@code track-N.json} sidecar that says where everything is. Every WAV carries cue points at the bar
 * lines (labelled with the section where one starts) and its tempo in an {@code acid} chunk; a loop's also carries its
 * {@code smpl} loop.
 */
final class AudioOutput {

    private final BuildLog log;
    private final GenerateRequest request;
    /** Each rendered track's loudness as the log and the report say it, by track name. */
    private final Map<String, String> loudness = new TreeMap<>();

    AudioOutput(BuildLog log, GenerateRequest request) {
        this.log = log;
        this.request = request;
    }

    Map<String, String> loudness() {
        return Collections.unmodifiableMap(loudness);
    }

    /** The stems written with {@code stems}: each part that plays, and the lo-fi noise floor when there is one. */
    List<String> stemNames() {
        List<String> stems = new ArrayList<>(request.playedParts().stream().map(Part::id).toList());
        if (request.audio().lofi() != LofiPreset.OFF) {
            stems.add(TrackRenderer.TEXTURE);
        }
        return stems;
    }

    /** The names of the audio files {@link #write} writes for {@code track} ({@code track-N}), in the order written. */
    List<String> fileNames(String track) {
        AudioParameters audio = request.audio();
        List<String> names = new ArrayList<>();
        if (!audio.anyAudio()) {
            return names;
        }
        List<String> audioFiles = new ArrayList<>(List.of(track));
        if (audio.stems()) {
            stemNames().forEach(stem -> audioFiles.add(track + "-" + stem));
        }
        List<String> pieces = new ArrayList<>();
        if (request.adaptive().enabled()) {
            int levels = AdaptiveSet.levels(request.adaptive(), request.playedParts());
            for (int level = 1; level <= levels; level++) {
                audioFiles.add(AdaptiveSet.levelName(track, level));
            }
            AdaptiveSet.PIECES.forEach(piece -> pieces.add(track + "-" + piece));
        }
        for (String file : audioFiles) {
            names.addAll(encoded(file));
        }
        for (String piece : pieces) {
            names.add(piece + ".mid");
            names.addAll(encoded(piece));
        }
        names.add(track + ".json");
        return names;
    }

    private List<String> encoded(String file) {
        List<String> names = new ArrayList<>();
        if (request.audio().wav()) {
            names.add(file + ".wav");
        }
        if (request.audio().flac()) {
            names.add(file + ".flac");
        }
        return names;
    }

    /** Renders and writes the track's audio, its adaptive set when asked, and its sidecar; returns the files. */
    List<TrackFile> write(PerformedTrack track, TrackFolder out) throws ImmersicException {
        AudioParameters audio = request.audio();
        long started = System.nanoTime();
        try (RenderedTrack rendered = render(track.parts(), track.plan(), audio, seed(track), out)) {
            double renderSeconds = (System.nanoTime() - started) / 1e9;
            return write(track, out, rendered, renderSeconds);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot delete the scratch files of " + track.name() + " in " + out.path()
                    + ": " + IoReasons.describe(e), e);
        }
    }

    private List<TrackFile> write(PerformedTrack track, TrackFolder out, RenderedTrack rendered, double renderSeconds)
            throws ImmersicException {
        AudioParameters audio = request.audio();
        Plan plan = track.plan();
        String name = track.name();
        WavMetadata markers = AdaptiveSet.loopMarkers(plan, audio.loop());
        List<TrackFile> files = new ArrayList<>(writeAudio(out, name, rendered.mix(), markers));
        List<Sidecar.Layer> layers = new ArrayList<>();
        if (audio.stems()) {
            for (String stem : stemNames()) {
                Signal signal = rendered.stems().get(stem);
                files.addAll(writeAudio(out, name + "-" + stem,
                        signal != null ? signal : Signal.silence(rendered.mix().frames()), markers));
                layers.add(new Sidecar.Layer(stem, audioFile(name + "-" + stem)));
            }
        }
        List<Sidecar.Level> levels = new ArrayList<>();
        List<Sidecar.Piece> pieces = new ArrayList<>();
        long adaptiveStarted = System.nanoTime();
        if (request.adaptive().enabled()) {
            int count = AdaptiveSet.levels(request.adaptive(), request.playedParts());
            for (Intensity.Level level : Intensity.levels(stemNames(), count)) {
                String file = AdaptiveSet.levelName(name, level.level());
                boolean whole = level.layers().size() == rendered.stems().size(); // the top level is the mix
                files.addAll(writeAudio(out, file, whole ? rendered.mix() : Intensity.mix(level, rendered.stems()),
                        markers));
                levels.add(new Sidecar.Level(level.level(), level.layers(), audioFile(file)));
            }
            for (Transitions.Piece piece : Transitions.of(track)) {
                files.addAll(writePiece(out, track, piece));
                pieces.add(new Sidecar.Piece(piece.name(), audioFile(name + "-" + piece.name()), piece.bars()));
            }
        }
        double adaptiveSeconds = (System.nanoTime() - adaptiveStarted) / 1e9;
        loudness.put(name, String.format("%.1f LUFS, true peak %.1f dBTP", rendered.loudness().integratedLufs(),
                rendered.loudness().truePeakDbtp()));
        double audioSeconds = (double) rendered.mix().frames() / StereoBuffer.SAMPLE_RATE;
        log.info(String.format("Rendered %s: %.1f s of audio in %.2f s (%.0fx real time), %s%s%s", name,
                audioSeconds, renderSeconds, audioSeconds / Math.max(renderSeconds, 1e-9), loudness.get(name),
                audio.loop() ? ", seamless loop with smpl loop points" : "", levels.isEmpty() ? ""
                        : String.format("; adaptive set: %d layers, %d intensity levels, %s in %.2f s more",
                        layers.size(), levels.size(), String.join(", ", pieces.stream().map(Sidecar.Piece::name)
                                .toList()), adaptiveSeconds)));
        writeSidecar(out, track, rendered, layers, levels, pieces).ifPresent(files::add);
        return files;
    }

    private long seed(PerformedTrack track) {
        return request.generation().seed() * 1_000_003L + track.number() - 1;
    }

    /** The track rendered onto scratch tapes in the tracks' folder; the caller closes it. */
    private RenderedTrack render(Map<Part, List<Note>> parts, Plan plan, AudioParameters audio, long seed,
                                 TrackFolder out) throws ImmersicException {
        List<Integer> sectionStarts = plan.sections().stream().map(Plan.Section::startBar).toList();
        return new TrackRenderer(audio, request.generation().program(), out.path()).render(parts, plan.bpm(),
                plan.beatsPerBar(), plan.bars(), sectionStarts, seed);
    }

    /** A piece apart from the loop: its MIDI, and its audio rung out (a one-shot, not a loop). */
    private List<TrackFile> writePiece(TrackFolder out, PerformedTrack track, Transitions.Piece piece)
            throws ImmersicException {
        Plan plan = track.plan();
        String name = track.name() + "-" + piece.name();
        byte[] midi = new MidiWriter().write(GenerateStep.midiParts(piece.parts(), request.generation().program()), List.of(), plan.bpm(), plan.beatsPerBar(), "Immersic " + name,
                piece.bars() * plan.beatsPerBar(), false);
        List<TrackFile> files = new ArrayList<>();
        out.write(name, "mid", midi).ifPresent(files::add);
        AudioParameters oneShot = request.audio().withStemsAndLoop(false, false);
        Plan piecePlan = new Plan(plan.key(), plan.bpm(), plan.beatsPerBar(), 1,
                List.of(new Plan.Section('A', 0, piece.bars())), Collections.nCopies(piece.bars(), null), false);
        try (RenderedTrack rendered = render(piece.parts(), piecePlan, oneShot, seed(track), out)) {
            files.addAll(writeAudio(out, name, rendered.mix(),
                    AdaptiveSet.pieceMarkers(plan, piece.name(), piece.bars())));
        } catch (IOException e) {
            throw new EnvironmentException("Cannot delete the scratch files of " + name + " in " + out.path() + ": "
                    + IoReasons.describe(e), e);
        }
        return files;
    }

    private java.util.Optional<TrackFile> writeSidecar(TrackFolder out, PerformedTrack track, RenderedTrack rendered,
                                                      List<Sidecar.Layer> layers, List<Sidecar.Level> levels,
                                                      List<Sidecar.Piece> pieces) throws ImmersicException {
        Plan plan = track.plan();
        List<Long> barSamples = new ArrayList<>();
        for (int bar = 0; bar < plan.bars(); bar++) {
            barSamples.add(AdaptiveSet.barSample(plan, bar));
        }
        List<Sidecar.Section> sections = plan.sections().stream().filter(s -> s.letter() != ' ')
                .map(s -> new Sidecar.Section(String.valueOf(s.letter()), s.startBar(),
                        AdaptiveSet.barSample(plan, s.startBar()))).toList();
        long frames = rendered.mix().frames();
        Sidecar sidecar = new Sidecar(track.name(), plan.bpm(), plan.beatsPerBar(),
                plan.key() == null ? null : plan.key().name(), StereoBuffer.SAMPLE_RATE, audioFile(track.name()),
                frames, plan.bars(), barSamples,
                plan.chords().stream().map(c -> c == null ? "" : c.symbol()).toList(), request.audio().loop() ? new Sidecar.Loop(0, frames) : null,
                sections, layers, levels, pieces.stream().filter(p -> p.name().equals("transition")).toList(),
                pieces.stream().filter(p -> !p.name().equals("transition")).toList(),
                new Sidecar.Loudness(rendered.loudness().integratedLufs(), rendered.loudness().truePeakDbtp()));
        try {
            return out.write(track.name(), "json", Json.MAPPER.writeValueAsBytes(sidecar));
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write the sidecar of " + track.name() + ": "
                    + IoReasons.describe(e), e);
        }
    }

    /** The file a player reads for {@code name}: the WAV, else the FLAC. */
    private String audioFile(String name) {
        return name + (request.audio().wav() ? ".wav" : ".flac");
    }

    /** Writes {@code signal} as each format asked for, streamed: no whole track in floats, PCM or bytes. */
    private List<TrackFile> writeAudio(TrackFolder out, String name, Signal signal, WavMetadata markers)
            throws ImmersicException {
        List<TrackFile> files = new ArrayList<>();
        if (request.audio().wav()) {
            out.write(name, "wav", stream -> WavWriter.write(signal, markers, stream)).ifPresent(files::add);
        }
        if (request.audio().flac()) {
            out.write(name, "flac", stream -> FlacWriter.write(signal, stream)).ifPresent(files::add);
        }
        return files;
    }
}
