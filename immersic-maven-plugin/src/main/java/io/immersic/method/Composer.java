package io.immersic.method;

import io.immersic.evaluation.Evaluation;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.generation.TokenGenerator;
import io.immersic.tokens.Corpus;
import io.immersic.report.ReportContent;
import java.nio.file.Path;
import java.util.List;

/** A trained method: composes tracks as REMI tokens and measures them. It knows nothing of files or audio. */
public interface Composer {

    /**
     * @param primer REMI tokens to continue (only ones {@link #knows} accepts; the first should be BAR), or empty
     * @param loop end on a bar that leads back into the first
     * @return one track per {@link GenerationParameters#tracks()}: REMI tokens from the first BAR, no END, and the plan
     *         it followed (a method without a plan leaves the key null and the chords empty)
     */
    List<TokenGenerator.Track> compose(List<String> primer, GenerationParameters p, MusicControls controls,
                                       boolean loop);

    /**
     * The model's held-out loss and the tracks' figures against the corpus.
     *
     * @param tracks each track as it was written (velocities humanized, loops cut at the bar line); the model's part
     *               is the keys
     * @param tempoBpm the tempo the tracks were written at
     */
    Evaluation evaluate(Corpus corpus, List<io.immersic.band.PerformedTrack> tracks, double tempoBpm);

    /** Whether a primer token can be fed to the model; the others are left out of the primer. */
    boolean knows(String token);

    double beatsPerBar();

    /** The tempo the tracks are written at unless the build asks for one. */
    double tempoBpm();

    /** How the tracks' chords are rolled when played: the corpus's players' way (none when the method cannot say). */
    default io.immersic.analysis.CorpusStyle.Roll roll() {
        return io.immersic.analysis.CorpusStyle.Roll.NONE;
    }

    /**
     * What identifies the model's weights and description (a hash), so a build can keep tracks it wrote with the same
     * model; null when the method cannot say, and then tracks are always written again.
     */
    default String modelIdentity() {
        return null;
    }

    /**
     * The model zip this build made from (or reused for) its own corpus, which the build attaches as an artifact;
     * null when the method keeps no model or the model came from elsewhere.
     */
    default Path ownModelArchive() {
        return null;
    }

    /** How the model was made and how this build came by it, for the report (the method is filled in by the caller). */
    default ReportContent.Training training() {
        return new ReportContent.Training(null, "made in this build", null, null, List.of(), 0, Double.NaN);
    }
}
