package io.immersic.mojo;

import io.immersic.common.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The engine's log, written to Maven's in its words ({@link MavenWording}), quiet under {@code -q}. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(MavenWording.of(message));
    }

    @Override
    public void warn(String message) {
        log.warn(MavenWording.of(message));
    }

    @Override
    public void debug(String message) {
        log.debug(MavenWording.of(message));
    }

    @Override
    public String words(String template) {
        return MavenWording.of(template);
    }

    @Override
    public String generateCommand(String settingsTemplate) {
        return "mvn immersic:generate " + words(settingsTemplate);
    }
}
