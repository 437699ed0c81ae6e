package io.immersic.mojo;

import io.immersic.common.Mentions;
import java.util.stream.Collectors;

/**
 * The engine's messages in Maven's words: a setting marked {@code {tracks}} becomes {@code <tracks>
 * (-Dimmersic.tracks)}, as a user writes it in the pom or on the command line (the marks are described in
 * {@link Mentions}).
 */
final class MavenWording {

    private static final String PROPERTY = "-Dimmersic.";

    private MavenWording() {}

    static String of(String template) {
        return Mentions.render(template, MavenWording::words);
    }

    private static String words(Mentions.Mention m) {
        if (m.value() != null) {
            String name = m.names().get(0);
            return m.again() ? "<" + name + ">" + m.value() + "</" + name + ">" : PROPERTY + name + "=" + m.value();
        }
        String tags = m.names().stream().map(n -> "<" + n + ">").collect(Collectors.joining("/"));
        if (m.again()) {
            return tags;
        }
        return tags + " (" + m.names().stream().map(n -> PROPERTY + n).collect(Collectors.joining(", ")) + ")";
    }
}
