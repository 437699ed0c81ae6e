package io.immersic.generation;

import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.Arrays;

/**
 * Which tokens may follow which, so that sampling never wastes steps on sequences that cannot be played:
 * a bar's chord comes right after its BAR, a note is always POS → VEL → PITCH → DUR, positions never move back within
 * a bar (the same POS again is another note of the same strike), and END is never sampled (the piece ends when it
 * reaches its length). A bar that grows past {@link #MAX_TOKENS_PER_BAR} must close.
 */
final class RemiGrammar {

    static final int MAX_TOKENS_PER_BAR = 320;

    private enum Family { BAR, END, CHORD, POSITION, VELOCITY, PITCH, DURATION, OTHER }

    private final Family[] family;
    private final int[] position;
    private final boolean[][] allowedAfter;

    RemiGrammar(Vocabulary vocabulary) {
        int size = vocabulary.size();
        family = new Family[size];
        position = new int[size];
        for (int i = 0; i < size; i++) {
            String token = vocabulary.token(i);
            family[i] = familyOf(token);
            position[i] = RemiTokens.valueOf(token, RemiTokens.POSITION);
        }
        allowedAfter = new boolean[Family.values().length][];
        for (Family previous : Family.values()) {
            boolean[] allowed = new boolean[size];
            for (int i = 0; i < size; i++) {
                allowed[i] = follows(previous, family[i]);
            }
            allowedAfter[previous.ordinal()] = allowed;
        }
    }

    /** The mutable per-piece state the grammar needs: the last token, the position in the bar, tokens in the bar. */
    static final class State {
        private int lastToken = -1;
        private int positionInBar = -1;
        private int tokensInBar;
        private int bars;

        int bars() {
            return bars;
        }

        State copy() {
            State copy = new State();
            copy.lastToken = lastToken;
            copy.positionInBar = positionInBar;
            copy.tokensInBar = tokensInBar;
            copy.bars = bars;
            return copy;
        }
    }

    void advance(State state, int token) {
        state.lastToken = token;
        state.tokensInBar++;
        if (family[token] == Family.BAR) {
            state.bars++;
            state.positionInBar = -1;
            state.tokensInBar = 0;
        } else if (family[token] == Family.POSITION) {
            state.positionInBar = position[token];
        }
    }

    boolean isBar(int token) {
        return family[token] == Family.BAR;
    }

    boolean isChord(int token) {
        return family[token] == Family.CHORD;
    }

    boolean isVelocity(int token) {
        return family[token] == Family.VELOCITY;
    }

    boolean isDuration(int token) {
        return family[token] == Family.DURATION;
    }

    boolean isPosition(int token) {
        return family[token] == Family.POSITION;
    }

    /** The position a POS token moves to, -1 for other tokens. */
    int position(int token) {
        return position[token];
    }

    /** Fills {@code allowed} with the tokens that may come next. */
    void allowedNext(State state, boolean[] allowed) {
        Family previous = state.lastToken < 0 ? Family.BAR : family[state.lastToken];
        if (state.tokensInBar >= MAX_TOKENS_PER_BAR && previous == Family.DURATION) {
            Arrays.fill(allowed, false);
            for (int i = 0; i < allowed.length; i++) {
                allowed[i] = family[i] == Family.BAR;
            }
            return;
        }
        System.arraycopy(allowedAfter[previous.ordinal()], 0, allowed, 0, allowed.length);
        for (int i = 0; i < allowed.length; i++) {
            if (allowed[i] && family[i] == Family.POSITION && position[i] < state.positionInBar) {
                allowed[i] = false;
            }
        }
    }

    private static boolean follows(Family previous, Family next) {
        return switch (previous) {
            case BAR -> next == Family.BAR || next == Family.CHORD || next == Family.POSITION;
            case CHORD -> next == Family.BAR || next == Family.POSITION;
            case POSITION -> next == Family.VELOCITY;
            case VELOCITY -> next == Family.PITCH;
            case PITCH -> next == Family.DURATION;
            case DURATION -> next == Family.POSITION || next == Family.BAR;
            case END, OTHER -> next == Family.BAR;
        };
    }

    private static Family familyOf(String token) {
        if (token.equals(RemiTokens.BAR)) {
            return Family.BAR;
        } else if (token.equals(RemiTokens.END)) {
            return Family.END;
        } else if (token.startsWith(RemiTokens.CHORD)) {
            return Family.CHORD;
        } else if (token.startsWith(RemiTokens.POSITION)) {
            return Family.POSITION;
        } else if (token.startsWith(RemiTokens.VELOCITY)) {
            return Family.VELOCITY;
        } else if (token.startsWith(RemiTokens.PITCH)) {
            return Family.PITCH;
        } else if (token.startsWith(RemiTokens.DURATION)) {
            return Family.DURATION;
        }
        return Family.OTHER;
    }
}
