package io.immersic.midi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader dropped from an otherwise good file, counted by kind with the first value seen, so the build can
 * say "tempo changes outside 20–400 BPM: 2 dropped (first: 3.58 BPM)" instead of failing on one bad byte.
 */
public final class Repairs {

    private record Tally(int count, String firstExample) {}

    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    /** Counts one dropped event of this kind; {@code example} is its value as a user would read it. */
    void dropped(String kind, String example) {
        tallies.merge(kind, new Tally(1, example), (a, b) -> new Tally(a.count() + 1, a.firstExample()));
    }

    public boolean isEmpty() {
        return tallies.isEmpty();
    }

    public int total() {
        return tallies.values().stream().mapToInt(Tally::count).sum();
    }

    /** One line per kind, e.g. {@code note events with a key or velocity above 127: 3 dropped (first: velocity 200)}. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        tallies.forEach((kind, tally) -> lines.add(kind + ": " + tally.count() + " dropped (first: "
                + tally.firstExample() + ")"));
        return lines;
    }

    @Override
    public String toString() {
        return String.join("; ", describe());
    }
}
