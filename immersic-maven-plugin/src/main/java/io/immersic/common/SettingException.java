package io.immersic.common;

/**
 * A setting's value that cannot be used, thrown by the value checks of the lower packages (which need not declare
 * it). It names the setting, and its message marks it as {@link Mentions} describes: {@code "{tracks} is 0; it must
 * be 1 to 1000."}, which reads "tracks is 0; it must be 1 to 1000." in {@link #getMessage}.
 */
public class SettingException extends IllegalArgumentException {

    private final String parameter;
    private final String template;

    /** @param template the whole message, naming {@code parameter} with a mark */
    public SettingException(String parameter, String template) {
        super(Mentions.plain(template));
        this.parameter = parameter;
        this.template = template;
    }

    /** "{name} is value; it must be expected." */
    public static SettingException outOfRange(String parameter, Object value, String expected) {
        return new SettingException(parameter, "{" + parameter + "} is " + value + "; it must be " + expected + ".");
    }

    public String parameter() {
        return parameter;
    }

    /** The message with its {@link Mentions} marks. */
    public String template() {
        return template;
    }
}
