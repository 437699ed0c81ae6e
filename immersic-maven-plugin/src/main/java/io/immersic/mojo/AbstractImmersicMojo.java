package io.immersic.mojo;

import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.model.NativeLibraries;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystemSession;

/**
 * What every goal reads. The parameters are scoped per goal, each on the lowest class of the chain whose goal reads
 * it ({@link AbstractPreprocessMojo} ← {@link AbstractTrainMojo} ← {@link AbstractGenerateMojo}), because a goal's
 * help lists every parameter it inherits. Each has the user property {@code immersic.<name>}
 * ({@link ImmersicProperties}). A goal reads them into one immutable request and hands it to the engine.
 */
public abstract class AbstractImmersicMojo extends AbstractMojo {

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.SKIP, defaultValue = "false")
    protected boolean skip;

    /**
     * Where corpus.json, notes.json, analysis.json, model/ and tracks/ are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/immersic")
    protected File outputDirectory;

    /**
     * The project's folder: relative paths in String parameters (a drum loop) are resolved against it.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    /** What Maven leaves of a default that names the project's folder when there is no project. */
    private static final String UNRESOLVED_BASEDIR = "${project.basedir}";

    /**
     * The project's folder; without a project ({@code mvn immersic:generate} in an empty folder, where Maven's
     * stand-alone project has no folder) the folder Maven was started in.
     */
    protected File projectFolder() {
        return basedir != null ? basedir : new File(session.getExecutionRootDirectory());
    }

    /**
     * A path parameter whose default starts in the project's folder ({@code ${project.basedir}/...}): without a
     * project Maven leaves that expression in it, so it is read from {@link #projectFolder()} instead.
     */
    protected File inProjectFolder(File path) {
        String text = path.getPath();
        int at = text.indexOf(UNRESOLVED_BASEDIR);
        return at < 0 ? path : new File(projectFolder(), text.substring(at + UNRESOLVED_BASEDIR.length()));
    }

    /**
     * Maven's repository session: Immersic keeps its per-user folder inside the local repository.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    protected RepositorySystemSession repositorySession;

    /**
     * The build: its user properties ({@code -D}) and the project's, checked for misspelled {@code immersic.*} names.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Immersic (" + ImmersicProperties.SKIP + "=true)");
            return;
        }
        outputDirectory = inProjectFolder(outputDirectory);
        BuildLog log = new MavenBuildLog(getLog());
        warnAboutUnknownProperties(log);
        Path home = immersicHome();
        String nativeFolder = NativeLibraries.useFolder(home.resolve("native")).orElse(null);
        ImmersicHome.line(build(), home, modelCache(), nativeFolder).ifPresent(log::info);
        try {
            checkSettings();
            run(log);
        } catch (ImmersicException e) {
            // Thrown, never also logged: Maven prints the message, once (MavenFailure keeps the cause out of it).
            MavenFailure.raise(e);
        } catch (LinkageError e) {
            throw new MojoExecutionException("A native library failed to load: " + e, e);
        }
    }

    /**
     * Checks every setting this goal reads before its first stage runs, so a bad setting fails before minutes of
     * preprocessing and training. A goal can only check the parameters it declares: Maven gives a mojo no others.
     * So in {@code mvn package} a bad generate setting fails in the generate goal, after preprocess and train ran but
     * before anything is generated; {@code immersic:generate} alone still checks the whole chain first.
     */
    protected abstract void checkSettings() throws ImmersicException;

    /** Does the goal's work through the engine. */
    protected abstract void run(BuildLog log) throws ImmersicException;

    /** A misspelled {@code -Dimmersic.trakcs=3} (or POM property) is named, with the parameter meant, once a build. */
    private void warnAboutUnknownProperties(BuildLog log) {
        if (session == null) {
            return; // a goal run outside a Maven build (tests)
        }
        java.util.Properties properties = new java.util.Properties();
        if (session.getCurrentProject() != null) {
            properties.putAll(session.getCurrentProject().getProperties());
        }
        properties.putAll(session.getUserProperties());
        UnknownProperties.warnings(properties, build()).forEach(log::warn);
    }

    /** This build, by its start time: what is said once a build is keyed by it (a goal run outside a build: "none"). */
    private String build() {
        return session == null || session.getRequest() == null || session.getRequest().getStartTime() == null ? "none"
                : String.valueOf(session.getRequest().getStartTime().getTime());
    }

    /**
     * Immersic's per-user folder, which holds the model cache ({@code models/}) and nd4j's native libraries
     * ({@code native/}): {@code .immersic} inside the local repository (usually {@code ~/.m2/repository/.immersic}).
     * Inside, not beside it: {@code -Dmaven.repo.local=<dir>/m2} must not make {@code <dir>/immersic}, a folder that
     * may be the user's own; artifacts live under groupId paths, so a dot folder meets none, and Maven ignores it.
     */
    protected Path immersicHome() {
        return ImmersicHome.of(repositorySession.getLocalRepository().getBasedir().toPath());
    }

    /** The model cache this goal uses: the per-user folder unless {@code cacheDirectory} says otherwise. */
    protected Path modelCache() {
        return immersicHome();
    }
}
