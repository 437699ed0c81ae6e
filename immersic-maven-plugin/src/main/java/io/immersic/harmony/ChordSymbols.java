package io.immersic.harmony;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses lead-sheet chord symbols such as "Dm9", "G13" or "Cmaj7/E" so that users can give a progression in the
 * plugin configuration. The bass after a slash is accepted and ignored: {@link Chord} holds only the harmony.
 * Suffixes are case-sensitive ("M7" is major seventh, "m7" minor seventh); the root letter is not.
 */
public final class ChordSymbols {

    private static final String SYNTAX = "it must start with a root A–G (optionally # or b) followed by a quality"
            + " such as m7, maj9, 13, 7b9, m7b5, dim7, sus4, optionally with a bass after '/'"
            + " (e.g. Dm9, G13, Cmaj9, A7b9, Cmaj7/E)";

    private static final Map<String, ChordQuality> SUFFIXES = suffixes();

    /** Spellings that name a quality's whole suffix; prefix spellings ("min7", "-9", "Maj13") are rewritten. */
    private static Map<String, ChordQuality> suffixes() {
        Map<String, ChordQuality> map = new HashMap<>();
        for (ChordQuality quality : ChordQuality.values()) {
            map.put(quality.suffix(), quality);
        }
        map.put("maj", ChordQuality.MAJOR);
        map.put("Maj", ChordQuality.MAJOR);
        map.put("M", ChordQuality.MAJOR);
        map.put("Δ", ChordQuality.MAJOR_SEVEN);
        map.put("ø", ChordQuality.HALF_DIMINISHED);
        map.put("ø7", ChordQuality.HALF_DIMINISHED);
        map.put("m7-5", ChordQuality.HALF_DIMINISHED);
        map.put("°", ChordQuality.DIMINISHED);
        map.put("o", ChordQuality.DIMINISHED);
        map.put("°7", ChordQuality.DIMINISHED_SEVEN);
        map.put("o7", ChordQuality.DIMINISHED_SEVEN);
        map.put("+", ChordQuality.AUGMENTED);
        map.put("sus", ChordQuality.SUS4);
        map.put("7+5", ChordQuality.SEVEN_SHARP_FIVE);
        map.put("7-9", ChordQuality.SEVEN_FLAT_NINE);
        map.put("alt", ChordQuality.SEVEN_ALT);
        map.put("69", ChordQuality.SIX_NINE);
        map.put("m(maj7)", ChordQuality.MINOR_MAJOR_SEVEN);
        map.put("mM7", ChordQuality.MINOR_MAJOR_SEVEN);
        map.put("mmaj7", ChordQuality.MINOR_MAJOR_SEVEN);
        return Map.copyOf(map);
    }

    private ChordSymbols() {}

    /**
     * The chord a symbol names.
     *
     * @throws IllegalArgumentException naming the symbol, the part that is wrong and the accepted syntax
     */
    public static Chord parse(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("'" + symbol + "' is not a chord symbol: it is empty; " + SYNTAX);
        }
        String text = symbol.trim();
        Spelling.Root root = Spelling.read(text, false);
        if (root == null) {
            throw new IllegalArgumentException("'" + symbol + "' is not a chord symbol: " + SYNTAX);
        }
        String suffix = text.substring(root.length());
        ChordQuality quality = quality(suffix);
        int slash = suffix.lastIndexOf('/');
        if (quality == null && slash >= 0) {
            String bass = suffix.substring(slash + 1);
            Spelling.Root bassRoot = Spelling.read(bass, false);
            if (bassRoot == null || bassRoot.length() != bass.length()) {
                throw new IllegalArgumentException("'" + symbol + "' is not a chord symbol: the bass '" + bass
                        + "' after '/' is not a note A–G (optionally # or b); " + SYNTAX);
            }
            suffix = suffix.substring(0, slash);
            quality = quality(suffix);
        }
        if (quality == null) {
            throw new IllegalArgumentException("'" + symbol + "' is not a chord symbol: '" + suffix
                    + "' is not a known chord quality; " + SYNTAX);
        }
        return new Chord(root.pitchClass(), quality);
    }

    /**
     * The chords of a progression such as "Dm9 G13 | Cmaj9, A7b9": symbols separated by whitespace, commas or
     * '|' (bar lines carry no timing here; each symbol is one chord).
     *
     * @throws IllegalArgumentException when a symbol is bad or there is none
     */
    public static List<Chord> parseProgression(String text) {
        List<Chord> chords = new ArrayList<>();
        if (text != null) {
            for (String symbol : text.split("[\\s,|]+")) {
                if (!symbol.isEmpty()) {
                    chords.add(parse(symbol));
                }
            }
        }
        if (chords.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' holds no chord symbols: give symbols separated by"
                    + " spaces, commas or '|', e.g. \"Dm9 G13 | Cmaj9 A7b9\"");
        }
        return List.copyOf(chords);
    }

    /** The quality a suffix spells, trying the prefix synonyms (min/mi/- for m; Maj/ma/M/Δ for maj); else null. */
    private static ChordQuality quality(String suffix) {
        ChordQuality quality = SUFFIXES.get(suffix);
        if (quality != null) {
            return quality;
        }
        for (String minor : new String[] {"min", "mi", "-"}) {
            if (suffix.startsWith(minor)) {
                return SUFFIXES.get("m" + suffix.substring(minor.length()));
            }
        }
        for (String major : new String[] {"Maj", "ma", "M", "Δ"}) {
            if (suffix.startsWith(major) && suffix.length() > major.length()) {
                return SUFFIXES.get("maj" + suffix.substring(major.length()));
            }
        }
        if (suffix.indexOf('(') >= 0) {
            return SUFFIXES.get(suffix.replace("(", "").replace(")", ""));
        }
        return null;
    }
}
