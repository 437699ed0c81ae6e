package io.immersic.engine;

import io.immersic.common.BuildLog;
import io.immersic.common.Mentions;
import java.util.ArrayList;
import java.util.List;

/**
 * A build log that keeps its lines as Maven prints them ({@code [INFO] …}, {@code [WARNING] …}), for assertions; settings
 * are named plainly ({@link Mentions#plain}), as the engine words them.
 */
final class RecordingLog implements BuildLog {

    final List<String> lines = new ArrayList<>();

    @Override
    public void info(String message) {
        lines.add("[INFO] " + Mentions.plain(message));
    }

    @Override
    public void warn(String message) {
        lines.add("[WARNING] " + Mentions.plain(message));
    }

    @Override
    public void debug(String message) {}

    /** The warnings, without the "[WARNING] " prefix. */
    List<String> warnings() {
        return lines.stream().filter(l -> l.startsWith("[WARNING] ")).map(l -> l.substring(10)).toList();
    }
}
