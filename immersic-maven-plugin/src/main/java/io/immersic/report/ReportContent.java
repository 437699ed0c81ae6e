package io.immersic.report;

import io.immersic.band.Part;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import io.immersic.analysis.CorpusAnalysis;
import io.immersic.evaluation.Evaluation;
import io.immersic.midi.Note;
import io.immersic.model.TrainingMetrics;
import java.util.List;

/**
 * Everything {@code report.html} shows, gathered by the engine after a build composed its tracks. Plain data: the
 * report is a function of it, so the same build gives the same bytes.
 *
 * @param corpus the corpus analysis ({@code analysis.json}); null when the tracks came from a model without a corpus
 * @param training how the model was made and came to this build
 * @param tracks the tracks, in order
 * @param evaluation the evaluation of this build; null when it did not evaluate
 * @param gate the quality gate's verdict
 * @param settings the settings that made these tracks, by name
 * @param command the command line that makes them again, in the front end's words
 */
public record ReportContent(CorpusAnalysis corpus, Training training, List<Track> tracks, Evaluation evaluation,
                            Gate gate, List<Setting> settings, String command) {

    public ReportContent {
        tracks = List.copyOf(tracks);
        settings = List.copyOf(settings);
    }

    /**
     * @param method the composition method, described
     * @param provenance how this build came by the model (trained now, reused from the cache, resolved, built in)
     * @param backend the nd4j backend that trained it
     * @param network the network's shape and training parameters, described
     * @param history each epoch's losses; empty when the model does not record them
     * @param keptEpoch the epoch whose weights were kept, 0 when unknown
     * @param tokensPerSecond training speed when trained in this build, otherwise NaN
     */
    public record Training(String method, String provenance, String backend, String network,
                           List<TrainingMetrics.EpochLoss> history, int keptEpoch, double tokensPerSecond) {

        public Training {
            history = history == null ? List.of() : List.copyOf(history);
        }

        public Training withMethod(String description) {
            return new Training(description, provenance, backend, network, history, keptEpoch, tokensPerSecond);
        }
    }

    /**
     * @param name the track's name ({@code track-1})
     * @param midiFile its MIDI file, relative to the report
     * @param audioFile its audio (WAV, else FLAC), relative to the report; null when no audio was written
     * @param key its key's name, null when the method plans none
     * @param barChords each bar's chord symbol (empty string: no chord), empty when the method plans none
     * @param form the form it followed, e.g. {@code AABA}; null when none
     * @param loopBars the length of its chord loop in bars, 0 when none
     * @param loop whether it is a seamless loop (its loop runs from the first beat to the last bar line)
     * @param parts the notes of each part that plays, in {@link Part} order
     * @param stems each stem's name ({@code keys}, {@code texture}, ...) and its audio file relative to the report
     * @param loudness the mix's measured loudness ("-14.0 LUFS, true peak -1.3 dBTP"), null without audio
     */
    public record Track(String name, String midiFile, String audioFile, String key, double tempoBpm, int bars,
                        double beatsPerBar, Map<Part, List<Note>> parts, List<String> barChords, String form,
                        int loopBars, boolean loop, Map<String, String> stems, String loudness) {

        public Track {
            EnumMap<Part, List<Note>> copy = new EnumMap<>(Part.class);
            parts.forEach((part, notes) -> copy.put(part, List.copyOf(notes)));
            parts = Collections.unmodifiableMap(copy);
            barChords = List.copyOf(barChords);
            stems = Collections.unmodifiableMap(new LinkedHashMap<>(stems));
        }

        /** A track of keys alone, without stems or a loudness reading. */
        public Track(String name, String midiFile, String audioFile, String key, double tempoBpm, int bars,
                     double beatsPerBar, List<Note> notes, List<String> barChords, String form, int loopBars,
                     boolean loop) {
            this(name, midiFile, audioFile, key, tempoBpm, bars, beatsPerBar, Map.of(Part.KEYS, notes), barChords,
                    form, loopBars, loop, Map.of(), null);
        }

        /** Every part's notes. */
        public int noteCount() {
            return parts.values().stream().mapToInt(List::size).sum();
        }
    }

    /**
     * @param set whether the build set any limit
     * @param limits the limits set, described ({@code minDistinct4 0.5})
     * @param failures what failed; empty when the gate passed or none was set
     */
    public record Gate(boolean set, List<String> limits, List<String> failures) {

        public static final Gate NONE = new Gate(false, List.of(), List.of());

        public Gate {
            limits = List.copyOf(limits);
            failures = List.copyOf(failures);
        }

        public String verdict() {
            return !set ? "no quality gate set" : failures.isEmpty() ? "passed" : "failed";
        }
    }

    /** One setting of the build, by its name, and its value as text. */
    public record Setting(String name, String value) {}
}
