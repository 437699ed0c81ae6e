package io.immersic.method;

import io.immersic.common.BuildLog;
import io.immersic.common.SettingException;
import java.util.Locale;

/** The methods a build can choose with {@code <preset>} ({@code -Dimmersic.preset}). */
public enum Method {

    /** Immersic's own: an LSTM on REMI events composing a planned chord loop ({@link LstmMethod}). */
    DEFAULT,
    /** The original notebooks' method, as a baseline ({@link NotebookMethod}). */
    NOTEBOOK;

    /** The name of {@link #DEFAULT}, the plugin's default {@code <preset>}. */
    public static final String DEFAULT_NAME = "default";

    public CompositionMethod create(BuildLog log) {
        return switch (this) {
            case DEFAULT -> new LstmMethod(log);
            case NOTEBOOK -> new NotebookMethod(log);
        };
    }

    /** The method named {@code default} or {@code notebook} (any case; unset is the default). */
    public static Method parse(String name) {
        String value = name == null ? DEFAULT_NAME : name.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case DEFAULT_NAME -> DEFAULT;
            case "notebook" -> NOTEBOOK;
            default -> throw new SettingException("preset", "{preset} is '" + name + "'; it must be default or"
                    + " notebook.");
        };
    }
}
