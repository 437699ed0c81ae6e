package io.immersic.engine;

import io.immersic.evaluation.Evaluation;
import io.immersic.evaluation.Evaluator;
import io.immersic.midi.Note;
import io.immersic.model.Backend;
import io.immersic.model.FileSplit;
import io.immersic.model.TrainingParameters;
import io.immersic.notebook.NotebookBaseline;
import io.immersic.tokens.Corpus;
import io.immersic.tokens.CorpusEntry;
import io.immersic.tokens.NotebookNotes;
import io.immersic.tokens.RemiDecoder;
import io.immersic.tokens.RemiEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code notebook} preset: trains the notebooks' model on the corpus (as pitch/chord elements, same file split)
 * and writes its greedy tracks through the same MIDI, audio and evaluation path, for comparison with the default.
 * It is a baseline, so it is retrained every time rather than cached.
 */
final class NotebookStep {

    private final BuildLog log;

    NotebookStep(BuildLog log) {
        this.log = log;
    }

    GenerationResult run(GenerateRequest request, GenerateStep writer, Corpus corpus) throws ImmersicException {
        TrainingParameters p = request.train().training();
        Backend.useThreads(p.threads());
        double beatsPerBar = 4;
        RemiDecoder decoder = new RemiDecoder();
        List<List<String>> files = corpus.files().stream().map(CorpusEntry::tokens).toList();
        List<List<String>> elements = files.stream().map(f -> NotebookNotes.export(decoder.decode(f, beatsPerBar)))
                .toList();
        FileSplit split = FileSplit.byPiece(files, p.validationFraction(), p.seed());
        List<List<String>> training = split.training().stream().map(elements::get).toList();
        List<List<String>> validation = split.validation().stream().map(elements::get).toList();
        log.info("Notebook preset: training the notebooks' model (32-token windows, argmax) for " + p.epochs()
                + " epoch(s) on " + training.size() + " file(s)");
        NotebookBaseline baseline = new NotebookBaseline(log);
        NotebookBaseline.Model model = baseline.train(training, validation, p.epochs(), p.seed());
        double bpm = request.generation().tempoBpm() > 0 ? request.generation().tempoBpm() : corpus.medianTempoBpm();
        List<TrackFile> written = new ArrayList<>();
        List<List<String>> remiTracks = new ArrayList<>();
        for (int i = 0; i < request.generation().tracks(); i++) {
            List<Note> notes = NotebookNotes.toNotes(
                    baseline.generate(model, training, request.generation().seed() * 1_000_003L + i));
            int bars = (int) Math.ceil(NotebookBaseline.GENERATED_TOKENS * NotebookNotes.STEP_BEATS / beatsPerBar);
            written.addAll(writer.writeTrack(i, notes, bars, bpm, beatsPerBar));
            List<String> remi = new ArrayList<>(new RemiEncoder().encode(notes, beatsPerBar));
            remi.remove(remi.size() - 1); // END: generated tracks carry none
            remiTracks.add(remi);
        }
        if (request.evaluation().enabled()) {
            long started = System.nanoTime();
            Evaluation evaluation = new Evaluator().evaluateNotebook(files, elements, split, model.heldOutNll(),
                    remiTracks, beatsPerBar);
            new EvaluateStep(log).publish(evaluation, request.evaluation(),
                    request.train().preprocess().output().evaluationFile(), started);
        }
        return new GenerationResult(written, remiTracks.stream()
                .map(t -> new io.immersic.generation.TokenGenerator.Track(t, null, List.of(), "", 0)).toList());
    }
}
