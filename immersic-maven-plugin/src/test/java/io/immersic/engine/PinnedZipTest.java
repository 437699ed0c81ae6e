package io.immersic.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.cache.Fingerprint;
import io.immersic.common.ImmersicException;
import io.immersic.model.BuiltInModel;
import io.immersic.model.InvalidModelException;
import io.immersic.model.ModelArchive;
import io.immersic.model.ModelZip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelSha256}: the model zip used must be exactly the pinned bytes, checked before anything is loaded. */
class PinnedZipTest {

    @TempDir
    Path temp;

    private static final String NAMED = "The model com.example:music:1.0 given as {model}";

    private Path modelZip() throws Exception {
        byte[] zip = ModelZip.write(BuiltInModel.archive(), ModelZip.DEFAULT_TIMESTAMP);
        return Files.write(temp.resolve("music-1.0-immersic-model.zip"), zip);
    }

    @Test
    void theModelOfThePinnedSha256IsReadAndSoIsAnyModelWithoutAPin() throws Exception {
        Path file = modelZip();
        String sha256 = Fingerprint.sha256Hex(Files.readAllBytes(file));
        ModelArchive pinned = PinnedZip.read(file, sha256, NAMED);
        ModelArchive unpinned = PinnedZip.read(file, null, NAMED);
        assertArrayEquals(BuiltInModel.archive().coefficients(), pinned.coefficients());
        assertArrayEquals(pinned.manifest(), unpinned.manifest());
    }

    @Test
    void aModelOfOtherBytesFailsNamingBothHashesEvenAValidOne() throws Exception {
        Path file = modelZip();
        String actual = Fingerprint.sha256Hex(Files.readAllBytes(file));
        String pin = "0".repeat(64);
        ImmersicException e = assertThrows(ImmersicException.class, () -> PinnedZip.read(file, pin, NAMED));
        assertTrue(e.getMessage().startsWith("The model com.example:music:1.0 given as model is not the model"
                + " modelSha256 pins: " + file + " has SHA-256 " + actual + ", modelSha256 is " + pin + "."),
                e.getMessage());
    }

    @Test
    void aDamagedZipWithAPinFailsOnThePinFirstAndWithoutOneOnItsDamage() throws Exception {
        Path file = modelZip();
        byte[] bytes = Files.readAllBytes(file);
        String pin = Fingerprint.sha256Hex(bytes);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        ImmersicException e = assertThrows(ImmersicException.class, () -> PinnedZip.read(file, pin, NAMED));
        assertTrue(e.getMessage().contains("is not the model modelSha256 pins"), e.getMessage());
        assertThrows(InvalidModelException.class, () -> PinnedZip.read(file, null, NAMED));
    }
}
