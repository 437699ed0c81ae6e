package io.immersic.mojo;

/**
 * The user property of every parameter, in one place: {@code -Dimmersic.<name>} (or a POM {@code <properties>} entry
 * {@code immersic.<name>}) sets the parameter {@code <name>}. Constants, so {@code @Parameter(property = ...)} can use
 * them. The engine, which runs without Maven, spells the same names in its messages.
 */
final class ImmersicProperties {

    static final String PREFIX = "immersic.";

    // common
    static final String SKIP = PREFIX + "skip";
    static final String OUTPUT_DIRECTORY = PREFIX + "outputDirectory";

    // preprocess
    static final String MIDI_DIRECTORY = PREFIX + "midiDirectory";
    static final String INCLUDES = PREFIX + "includes";
    static final String EXCLUDES = PREFIX + "excludes";
    static final String NOTES_FILE = PREFIX + "notesFile";

    // train
    static final String MODEL = PREFIX + "model";
    static final String CACHE_DIRECTORY = PREFIX + "cacheDirectory";
    static final String CACHE_LOCK_TIMEOUT = PREFIX + "cacheLockTimeout";
    static final String MODEL_SHA256 = PREFIX + "modelSha256";
    static final String EPOCHS = PREFIX + "epochs";
    static final String LAYERS = PREFIX + "layers";
    static final String HIDDEN_SIZE = PREFIX + "hiddenSize";
    static final String EMBEDDING_SIZE = PREFIX + "embeddingSize";
    static final String DROPOUT = PREFIX + "dropout";
    static final String SEQUENCE_LENGTH = PREFIX + "sequenceLength";
    static final String BATCH_SIZE = PREFIX + "batchSize";
    static final String LEARNING_RATE = PREFIX + "learningRate";
    static final String VALIDATION_FRACTION = PREFIX + "validationFraction";
    static final String PATIENCE = PREFIX + "patience";
    static final String TRAINING_SEED = PREFIX + "trainingSeed";
    static final String THREADS = PREFIX + "threads";
    static final String TRANSPOSE = PREFIX + "transpose";

    // generate
    static final String TRACKS = PREFIX + "tracks";
    static final String LENGTH = PREFIX + "length";
    static final String KEY = PREFIX + "key";
    static final String PROGRESSION = PREFIX + "progression";
    static final String FORM = PREFIX + "form";
    static final String TEMPERATURE = PREFIX + "temperature";
    static final String TOP_K = PREFIX + "topK";
    static final String TOP_P = PREFIX + "topP";
    static final String SEED = PREFIX + "seed";
    static final String PRIMER = PREFIX + "primer";
    static final String TEMPO = PREFIX + "tempo";
    static final String PROGRAM = PREFIX + "program";
    static final String PRESET = PREFIX + "preset";

    // audio (generate)
    static final String INSTRUMENT = PREFIX + "instrument";
    static final String DRUMS = PREFIX + "drums";
    static final String DRUM_LEVEL = PREFIX + "drumLevel";
    static final String LOFI = PREFIX + "lofi";
    static final String FORMATS = PREFIX + "formats";
    static final String STEMS = PREFIX + "stems";
    static final String PARTS = PREFIX + "parts";
    static final String ADAPTIVE = PREFIX + "adaptive";
    static final String INTENSITY_LEVELS = PREFIX + "intensityLevels";
    static final String LOOP = PREFIX + "loop";
    static final String SOUND_FONT = PREFIX + "soundFont";

    // evaluation (generate and evaluate)
    static final String EVALUATE = PREFIX + "evaluate";
    static final String MIN_OVERLAP = PREFIX + "minOverlap";
    static final String MAX_COPIED_BARS = PREFIX + "maxCopiedBars";
    static final String MIN_DISTINCT4 = PREFIX + "minDistinct4";

    private ImmersicProperties() {}
}
