package io.immersic.method;

import io.immersic.common.ImmersicException;
import io.immersic.tokens.Corpus;

/**
 * A way of making music from the corpus: it trains its model (or reuses a stored one) and hands back a {@link Composer}
 * that writes tracks with it and measures them. The engine runs every method the same way: preprocess, this, compose,
 * write and render, evaluate.
 */
public interface CompositionMethod {

    /** One line for the build log: what the method is. */
    String describe();

    /** The method's model for this corpus, trained now or reused when the method caches it. */
    Composer trainOrReuse(Corpus corpus, ModelSupply supply) throws ImmersicException;
}
