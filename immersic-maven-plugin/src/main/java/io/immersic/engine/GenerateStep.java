package io.immersic.engine;

import io.immersic.cache.AtomicFiles;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.TokenGenerator;
import io.immersic.midi.MidiPiece;
import io.immersic.midi.MidiReadException;
import io.immersic.midi.MidiReader;
import io.immersic.midi.MidiWriter;
import io.immersic.midi.Note;
import io.immersic.model.ModelStore;
import io.immersic.tokens.RemiDecoder;
import io.immersic.tokens.RemiEncoder;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Stage 3: model → new tokens → notes → MIDI files in {@code tracks/}. */
public final class GenerateStep {

    private final BuildLog log;

    public GenerateStep(BuildLog log) {
        this.log = log;
    }

    public List<Path> run(GenerateRequest request, ModelStore.StoredModel model) throws ImmersicException {
        GenerationParameters p = request.generation();
        try {
            p.validate();
        } catch (IllegalArgumentException e) {
            throw new ImmersicException(e.getMessage());
        }
        Vocabulary vocabulary = model.vocabulary();
        List<String> primer = p.primer() == null ? List.of() : primerTokens(p.primer(), vocabulary);
        double beatsPerBar = model.info().beatsPerBar();
        double bpm = p.tempoBpm() > 0 ? p.tempoBpm() : model.info().tempoBpm();

        long started = System.nanoTime();
        List<List<String>> tracks = new TokenGenerator(model.network(), vocabulary).generate(primer, p);
        double seconds = (System.nanoTime() - started) / 1e9;
        long generatedTokens = tracks.stream().mapToLong(t -> t.size() - Math.max(1, primer.size())).sum();

        Path folder = request.train().preprocess().output().tracksDirectory();
        List<Path> written = new ArrayList<>();
        RemiDecoder decoder = new RemiDecoder();
        MidiWriter writer = new MidiWriter();
        for (int i = 0; i < tracks.size(); i++) {
            List<Note> notes = decoder.decode(tracks.get(i), beatsPerBar);
            String name = "track-" + (i + 1);
            Path file = folder.resolve(name + ".mid");
            try {
                AtomicFiles.write(file, writer.write(notes, bpm, beatsPerBar, p.program(), "Immersic " + name));
            } catch (IOException e) {
                throw new ImmersicException("Cannot write " + file + ": " + e.getMessage(), e);
            }
            log.info(String.format("Wrote %s: %d notes, %d bars at %.0f BPM", file, notes.size(),
                    countBars(tracks.get(i)), bpm));
            written.add(file);
        }
        log.info(String.format("Generated %d token(s) for %d track(s) in %.2f s (%,.0f tokens/s, seed %d)",
                generatedTokens, tracks.size(), seconds, generatedTokens / Math.max(seconds, 1e-9), p.seed()));
        return written;
    }

    private List<String> primerTokens(Path primer, Vocabulary vocabulary) throws ImmersicException {
        MidiPiece piece;
        try {
            piece = new MidiReader().read(primer.getFileName().toString(), Files.readAllBytes(primer));
        } catch (IOException e) {
            throw new ImmersicException("Cannot read the primer " + primer + " given as <primer> (-Dimmersic.primer): "
                    + e.getMessage());
        } catch (MidiReadException e) {
            throw new ImmersicException("The primer " + primer + " given as <primer> (-Dimmersic.primer) "
                    + e.getMessage() + ".");
        }
        List<String> tokens = new ArrayList<>(new RemiEncoder().encode(piece));
        tokens.remove(tokens.size() - 1); // END: the piece goes on
        List<String> known = tokens.stream().filter(vocabulary::contains).toList();
        if (known.size() < tokens.size()) {
            log.warn("The primer " + primer + " has " + (tokens.size() - known.size()) + " token(s) the model never saw"
                    + " (pitches, positions or durations outside its corpus); they are left out.");
        }
        if (piece.notes().isEmpty()) {
            log.warn("The primer " + primer + " has no pitched notes; starting from a bar line.");
        }
        return known;
    }

    private static long countBars(List<String> tokens) {
        return tokens.stream().filter(RemiTokens.BAR::equals).count();
    }
}
