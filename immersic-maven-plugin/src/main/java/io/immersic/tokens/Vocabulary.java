package io.immersic.tokens;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The tokens a model knows, each with a fixed index. The order is canonical, so the same corpus gives the same ids. */
public final class Vocabulary {

    /** BAR and END first, then POS, VEL, PITCH and DUR tokens by their number, then CHORD tokens. */
    static final Comparator<String> CANONICAL_ORDER = Comparator.comparingInt(Vocabulary::family)
            .thenComparingInt(Vocabulary::number)
            .thenComparing(Comparator.naturalOrder());

    private final List<String> tokens;
    private final Map<String, Integer> indexByToken = new HashMap<>();

    public Vocabulary(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        for (int i = 0; i < this.tokens.size(); i++) {
            if (indexByToken.put(this.tokens.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate token in vocabulary: " + this.tokens.get(i));
            }
        }
    }

    /** The vocabulary of every token that occurs in the given sequences, in canonical order. */
    public static Vocabulary of(Collection<? extends Collection<String>> sequences) {
        TreeSet<String> distinct = new TreeSet<>(CANONICAL_ORDER);
        sequences.forEach(distinct::addAll);
        distinct.add(RemiTokens.BAR);
        distinct.add(RemiTokens.END);
        return new Vocabulary(List.copyOf(distinct));
    }

    public int size() {
        return tokens.size();
    }

    public List<String> tokens() {
        return tokens;
    }

    public String token(int index) {
        return tokens.get(index);
    }

    public boolean contains(String token) {
        return indexByToken.containsKey(token);
    }

    /** The index of a token, or -1 when the vocabulary does not have it. */
    public int indexOf(String token) {
        return indexByToken.getOrDefault(token, -1);
    }

    private static int family(String token) {
        if (token.equals(RemiTokens.BAR)) {
            return 0;
        }
        if (token.equals(RemiTokens.END)) {
            return 1;
        }
        String[] prefixes = {RemiTokens.POSITION, RemiTokens.VELOCITY, RemiTokens.PITCH, RemiTokens.DURATION,
                RemiTokens.CHORD};
        for (int i = 0; i < prefixes.length; i++) {
            if (token.startsWith(prefixes[i])) {
                return 2 + i;
            }
        }
        return 9;
    }

    private static int number(String token) {
        int underscore = token.lastIndexOf('_');
        if (underscore < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(token.substring(underscore + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
