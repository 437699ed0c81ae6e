package io.immersic.common;

/**
 * A problem that stops the build, with a message that says what is wrong and how to fix it. This class itself is the
 * user's to fix (a bad setting, unusable input, no usable MIDI, a failed quality gate); {@link EnvironmentException}
 * is the machine's. The message may name settings with {@link Mentions} marks: {@link #getMessage} gives the plain
 * text, {@link #template} the marked one for a front end to word.
 */
public class ImmersicException extends Exception {

    private final String template;

    public ImmersicException(String template) {
        this(template, null);
    }

    public ImmersicException(String template, Throwable cause) {
        super(Mentions.plain(template), cause);
        this.template = template;
    }

    /** A value check's failure ({@link SettingException} or another), its settings' marks kept. */
    public static ImmersicException of(RuntimeException problem) {
        return new ImmersicException(Mentions.templateOf(problem), problem);
    }

    /** The message with its {@link Mentions} marks. */
    public String template() {
        return template;
    }
}
