package io.immersic.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.immersic.cache.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one JSON mapper of the engine: pretty and written atomically. Maps keep the order they were built in (the
 * analysis orders pitches musically, C4 before C#4), so the same data always gives the same bytes.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    public static void write(Path file, Object value) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(value));
    }
}
