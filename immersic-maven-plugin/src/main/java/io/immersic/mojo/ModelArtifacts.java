package io.immersic.mojo;

import io.immersic.common.ImmersicException;
import io.immersic.engine.Immersic;
import io.immersic.engine.PrebuiltModel;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Resolves the {@code model} parameter's coordinates through Maven's own repository system, so a model artifact is
 * found like any dependency: in the local repository (also offline), then in the project's repositories, through
 * mirrors and with the credentials of {@code settings.xml}.
 */
final class ModelArtifacts {

    private ModelArtifacts() {}

    /** The resolved model, or null when {@code coordinates} is unset. */
    static PrebuiltModel resolve(String coordinates, RepositorySystem system, RepositorySystemSession session,
                                 List<RemoteRepository> repositories) throws ImmersicException {
        if (coordinates == null || coordinates.isBlank()) {
            return null;
        }
        List<String> parts = PrebuiltModel.coordinates(coordinates);
        DefaultArtifact artifact = new DefaultArtifact(parts.get(0), parts.get(1), Immersic.MODEL_CLASSIFIER,
                Immersic.MODEL_TYPE, parts.get(2));
        try {
            ArtifactResult result = system.resolveArtifact(session,
                    new ArtifactRequest(artifact, repositories == null ? List.of() : repositories, null));
            return new PrebuiltModel(coordinates.trim(), result.getArtifact().getFile().toPath());
        } catch (ArtifactResolutionException e) {
            throw new ImmersicException("Cannot resolve the model " + artifact + " given as <model>"
                    + " (-D" + ImmersicProperties.MODEL + "): " + e.getMessage() + ". Build and install (or deploy)"
                    + " the project that trains it first: every build that trains attaches its model with classifier "
                    + Immersic.MODEL_CLASSIFIER + ".");
        }
    }
}
