package io.immersic.generation;

import io.immersic.common.SettingException;
import io.immersic.harmony.Chord;
import io.immersic.harmony.ChordSymbols;
import io.immersic.harmony.Key;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user asks of the music itself. Each is optional: without it, generation takes it from the corpus.
 *
 * @param key the key of every track, or null to draw one per track from the keys of the corpus's pieces (or, with a
 *            progression, to take the key its chords imply)
 * @param progression one chord per bar, repeated to fill the track, or null to let the model write the progression
 * @param form the sections of a track by letter, e.g. {@code AABA}: a repeated letter repeats that section's chords
 *             with new voicing and rhythm, a new letter is a contrasting progression in the same key; null = AABA
 */
public record MusicControls(Key key, List<Chord> progression, String form) {

    public static final MusicControls NONE = new MusicControls(null, null, null);
    public static final String DEFAULT_FORM = "AABA";
    private static final int MAX_SECTIONS = 64;

    public MusicControls {
        progression = progression == null ? null : List.copyOf(progression);
    }

    /**
     * Parses the three settings as users write them (blank = not set); the message of a bad one names the setting,
     * what is wrong and the accepted syntax.
     */
    public static MusicControls parse(String key, String progression, String form) {
        Key parsedKey = null;
        List<Chord> chords = null;
        if (!isBlank(key)) {
            try {
                parsedKey = Key.parse(key.trim());
            } catch (IllegalArgumentException e) {
                throw new SettingException("key", "{key}: " + e.getMessage());
            }
        }
        if (!isBlank(progression)) {
            try {
                chords = ChordSymbols.parseProgression(progression);
            } catch (IllegalArgumentException e) {
                throw new SettingException("progression", "{progression}: " + e.getMessage());
            }
        }
        return new MusicControls(parsedKey, chords, isBlank(form) ? null : parseForm(form));
    }

    /**
     * The section letters of a form such as {@code AABA} or {@code A A' B A'} (primes and spaces are ignored). Any
     * other mark is refused rather than dropped: {@code A-B} silently played as AB would hide a typo or a form
     * notation (A–B as a range?) that Immersic does not read.
     */
    static String parseForm(String text) {
        StringBuilder letters = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                letters.append(Character.toUpperCase(c));
            } else if (c != '\'' && c != '’' && c != ' ') {
                throw new SettingException("form", "{form} is '" + text + "': '" + c + "' is not a"
                        + " section letter; write sections as letters A–Z, a repeated letter repeating that"
                        + " section's chords, e.g. AABA or A A' B A'.");
            }
        }
        if (letters.isEmpty() || letters.length() > MAX_SECTIONS) {
            throw new SettingException("form", "{form} is '" + text + "'; it must name 1 to "
                    + MAX_SECTIONS + " sections as letters, e.g. AABA.");
        }
        return letters.toString();
    }

    /** The form to use: the user's, or AABA. */
    String formOrDefault() {
        return form == null ? DEFAULT_FORM : form;
    }

    /**
     * The key a progression implies: the key whose scale holds the most of its chord tones (so the chords are as
     * diatonic as they can be); between a major key and its relative minor, which share a scale, the one whose tonic
     * chord the progression plays, then the one it starts on.
     */
    static Key keyOf(List<Chord> chords) {
        Key best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int tonic = 0; tonic < 12; tonic++) {
            for (boolean minor : new boolean[] {false, true}) {
                Key key = new Key(tonic, minor);
                double score = 0;
                for (Chord chord : chords) {
                    boolean[] tones = chord.pitchClasses();
                    for (int pc = 0; pc < 12; pc++) {
                        score += tones[pc] && key.contains(pc) ? 1 : 0;
                    }
                }
                for (Chord chord : chords) {
                    score += chord.root() == tonic && isMinor(chord) == minor ? 0.5 : 0; // plays its tonic chord
                }
                score += chords.get(0).root() == tonic ? 0.25 : 0; // a progression usually starts at home
                if (score > bestScore) {
                    bestScore = score;
                    best = key;
                }
            }
        }
        return best;
    }

    private static boolean isMinor(Chord chord) {
        boolean[] tones = chord.pitchClasses();
        return tones[(chord.root() + 3) % 12] && !tones[(chord.root() + 4) % 12];
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** For the log: what was asked. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (key != null) {
            parts.add("key " + key.name());
        }
        if (progression != null) {
            parts.add("progression " + String.join(" ", progression.stream().map(Chord::symbol).toList()));
        }
        parts.add("form " + formOrDefault());
        return String.join(", ", parts);
    }
}
