package io.immersic.analysis;

import io.immersic.harmony.Chord;
import io.immersic.harmony.ChordQuality;
import io.immersic.harmony.Key;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A chord as a key hears it: in a major or a minor key, its root so many semitones above the tonic, its quality. The
 * corpus's pieces are not confined to their key's diatonic chords: the lofi-progressions play the dominant seventh
 * (and 7b9) on the fifth of minor keys, borrowed chords and secondary dominants, so 3–6 % of their notes are outside
 * the key and a 4-bar window sounds 7.4 pitch classes. Generated loops confined to the diatonic chords sounded 6.8 and
 * never left the key, and a classifier told them from human windows first by their pitch-class entropy. So a loop may
 * also take the chords the corpus's pieces play in their keys, each heard in {@value #MIN_BARS} bars or more (one
 * bar is one piece's colour, not the style's).
 *
 * @param minor  the key's mode
 * @param degree the root's distance above the tonic, in semitones (0–11)
 * @param quality the chord's quality
 */
public record KeyChord(boolean minor, int degree, ChordQuality quality) {

    /** Bars of the corpus a chord needs in some key to be one its style plays there. */
    public static final int MIN_BARS = 2;

    public KeyChord {
        if (degree < 0 || degree > 11 || quality == null) {
            throw new IllegalArgumentException("a key chord has a degree 0-11 and a quality: " + degree + " " + quality);
        }
    }

    /** The chord as {@code key} hears it. */
    public static KeyChord of(Key key, Chord chord) {
        return new KeyChord(key.minor(), Math.floorMod(chord.root() - key.tonic(), 12), chord.quality());
    }

    /**
     * The chords the pieces play in their keys in at least {@value #MIN_BARS} bars, sorted (so that a model's
     * description is the same bytes for the same corpus).
     *
     * @param chordsOfPiece each piece's bar chords (nulls: bars without one)
     * @param keyOfPiece each piece's key (null: none estimated; its chords are left out)
     */
    static List<KeyChord> played(List<List<Chord>> chordsOfPiece, List<Key> keyOfPiece) {
        Map<KeyChord, Integer> bars = new TreeMap<>(java.util.Comparator.comparing(KeyChord::minor)
                .thenComparingInt(KeyChord::degree).thenComparing(KeyChord::quality));
        for (int piece = 0; piece < chordsOfPiece.size(); piece++) {
            Key key = keyOfPiece.get(piece);
            if (key == null) {
                continue;
            }
            for (Chord chord : chordsOfPiece.get(piece)) {
                if (chord != null) {
                    bars.merge(of(key, chord), 1, Integer::sum);
                }
            }
        }
        return bars.entrySet().stream().filter(entry -> entry.getValue() >= MIN_BARS).map(Map.Entry::getKey).toList();
    }
}
