package io.immersic.common;

/** Where the engine reports progress; the Maven goals pass the build's log, tests collect the lines. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A text with {@link Mentions} marks in the front end's words (plain names unless it has its own). */
    default String words(String template) {
        return Mentions.plain(template);
    }

    /** The command that runs the generate stage with the settings {@code settingsTemplate} marks, as typed. */
    default String generateCommand(String settingsTemplate) {
        return "generate " + words(settingsTemplate);
    }

    /** A log that prints nothing, for callers that only want the result. */
    BuildLog SILENT = new BuildLog() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void debug(String message) {}
    };
}
