package io.immersic.common;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the engine names a build setting inside a message without knowing how the build tool spells it. The engine
 * writes a mark in braces; {@link #plain} turns it into the bare name, and a front end (the Maven goals) writes it in
 * its own words with {@link #render}:
 * <ul>
 * <li>{@code {tracks}}: the setting, introduced (Maven: {@code <tracks> (-Dimmersic.tracks)}; plain:
 *     {@code tracks});</li>
 * <li>{@code {~tracks}}: the setting named again, or in passing (Maven: {@code <tracks>}; plain: {@code tracks});</li>
 * <li>{@code {midiDirectory/includes}}: settings that work together (Maven:
 *     {@code <midiDirectory>/<includes> (-Dimmersic.midiDirectory, -Dimmersic.includes)});</li>
 * <li>{@code {formats=none}}: a setting with the value to give it (Maven: {@code <formats>none</formats>}; plain:
 *     {@code formats=none}).</li>
 * </ul>
 * A mark is a brace, an optional {@code ~}, names of letters and digits starting with a lower-case letter, an optional
 * {@code =value} and a closing brace; other braces are left as they are.
 */
public final class Mentions {

    private static final Pattern MARK =
            Pattern.compile("\\{(~?)([a-z][A-Za-z0-9]*(?:/[a-z][A-Za-z0-9]*)*)(?:=([^{}]*))?}");

    private Mentions() {}

    /** One mark: the settings it names, whether they were named before, and the value it gives (or null). */
    public record Mention(List<String> names, boolean again, String value) {}

    /** The message with every mark written by {@code words}. */
    public static String render(String template, Function<Mention, String> words) {
        Matcher m = MARK.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Mention mention = new Mention(List.of(m.group(2).split("/")), !m.group(1).isEmpty(), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(words.apply(mention)));
        }
        return m.appendTail(out).toString();
    }

    /** The message with each setting by its bare name: "tracks is 0; it must be 1 to 1000." */
    public static String plain(String template) {
        return render(template, m -> String.join("/", m.names()) + (m.value() == null ? "" : "=" + m.value()));
    }

    /** The marked message of a problem: its template when it keeps one, else its message as it is. */
    public static String templateOf(Throwable problem) {
        if (problem instanceof ImmersicException e) {
            return e.template();
        } else if (problem instanceof SettingException e) {
            return e.template();
        }
        return problem.getMessage();
    }
}
