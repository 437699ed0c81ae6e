package io.immersic.method;

import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.evaluation.Evaluation;
import io.immersic.evaluation.Evaluator;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.generation.TokenGenerator;
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
 * The {@code notebook} preset: the notebooks' model ({@link NotebookBaseline}) trained on the corpus as pitch/chord
 * elements with the default method's file split, its greedy tracks handed on as REMI tokens (no key, no chord plan)
 * to the same MIDI, audio and evaluation path, for comparison with the default. It is a baseline, so it is retrained
 * every time rather than cached; it uses the build's epochs, split fraction, seed and threads.
 */
public final class NotebookMethod implements CompositionMethod {

    /** The notebooks played one element every half beat in 4/4. */
    static final double BEATS_PER_BAR = 4;

    private final BuildLog log;

    public NotebookMethod(BuildLog log) {
        this.log = log;
    }

    @Override
    public String describe() {
        return "notebook (the notebooks' LSTM on pitch/chord elements, greedy, as a baseline)";
    }

    @Override
    public Composer trainOrReuse(Corpus corpus, ModelSupply supply) throws ImmersicException {
        TrainingParameters p = supply.setUpTraining();
        RemiDecoder decoder = new RemiDecoder();
        List<List<String>> files = corpus.files().stream().map(CorpusEntry::tokens).toList();
        List<List<String>> elements = files.stream()
                .map(f -> NotebookNotes.export(decoder.decode(f, BEATS_PER_BAR))).toList();
        FileSplit split = FileSplit.byPiece(files, p.validationFraction(), p.seed());
        List<List<String>> training = split.training().stream().map(elements::get).toList();
        List<List<String>> validation = split.validation().stream().map(elements::get).toList();
        log.info("Notebook preset: training the notebooks' model (32-token windows, argmax) for " + p.epochs()
                + " epoch(s) on " + training.size() + " file(s)");
        NotebookBaseline baseline = new NotebookBaseline(log);
        NotebookBaseline.Model model = baseline.train(training, validation, p.epochs(), p.seed());
        return new NotebookComposer(log, baseline, model, files, elements, split, training, corpus.tempo().bpm());
    }

    /** The trained notebook model composing greedy tracks. */
    static final class NotebookComposer implements Composer {

        private final BuildLog log;
        private final NotebookBaseline baseline;
        private final NotebookBaseline.Model model;
        private final List<List<String>> files;
        private final List<List<String>> elements;
        private final FileSplit split;
        private final List<List<String>> training;
        private final double tempoBpm;

        NotebookComposer(BuildLog log, NotebookBaseline baseline, NotebookBaseline.Model model,
                         List<List<String>> files, List<List<String>> elements, FileSplit split,
                         List<List<String>> training, double tempoBpm) {
            this.log = log;
            this.baseline = baseline;
            this.model = model;
            this.files = files;
            this.elements = elements;
            this.split = split;
            this.training = training;
            this.tempoBpm = tempoBpm;
        }

        /**
         * {@value NotebookBaseline#GENERATED_TOKENS} greedy elements per track from a window of the training data
         * (chosen by the seed and the track's index), one every half beat. The primer and the music controls are
         * not used: the notebooks had neither.
         */
        @Override
        public List<TokenGenerator.Track> compose(List<String> primer, GenerationParameters p, MusicControls controls,
                                                  boolean loop) {
            if (!primer.isEmpty() || !MusicControls.NONE.equals(controls)) {
                log.warn("Notebook preset: the primer, key, progression and form are not used (the notebooks started"
                        + " from a window of their training data).");
            }
            long started = System.nanoTime();
            List<TokenGenerator.Track> tracks = new ArrayList<>();
            for (int i = 0; i < p.tracks(); i++) {
                List<String> generated = baseline.generate(model, training, p.seed() * 1_000_003L + i);
                List<String> remi = new ArrayList<>(new RemiEncoder().encode(NotebookNotes.toNotes(generated),
                        BEATS_PER_BAR));
                remi.remove(remi.size() - 1); // END: generated tracks carry none
                tracks.add(new TokenGenerator.Track(remi, null, List.of(), "", 0));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long count = (long) p.tracks() * NotebookBaseline.GENERATED_TOKENS;
            log.info(String.format("Generated %d element(s) for %d track(s) in %.2f s (%,.0f elements/s, seed %d)",
                    count, tracks.size(), seconds, count / Math.max(seconds, 1e-9), p.seed()));
            return tracks;
        }

        @Override
        public Evaluation evaluate(Corpus corpus, List<io.immersic.band.PerformedTrack> tracks, double tempoBpm) {
            return new Evaluator().evaluateNotebook(files, elements, split, model.heldOutNll(),
                    tracks.stream().map(io.immersic.band.PerformedTrack::tokens).toList(), BEATS_PER_BAR);
        }

        /** Every token: the primer is not used, so none is reported as unknown. */
        @Override
        public boolean knows(String token) {
            return true;
        }

        @Override
        public double beatsPerBar() {
            return BEATS_PER_BAR;
        }

        @Override
        public double tempoBpm() {
            return tempoBpm;
        }
    }
}
