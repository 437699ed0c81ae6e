package io.immersic.engine;

import io.immersic.common.ImmersicException;
import io.immersic.model.InvalidModelException;
import io.immersic.model.ModelArchive;
import io.immersic.model.ModelZip;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A model zip read from a file and, when {@code modelSha256} pins it, checked to be exactly those bytes. The hash is
 * taken over the very bytes the reader parses (one pass over the file), so a file replaced between a check and a read
 * cannot slip through; a mismatch is reported before any other fault of the zip, and before anything is loaded.
 */
final class PinnedZip {

    private PinnedZip() {}

    /**
     * @param pin the SHA-256 the file must have, lower-case hex, or null for any
     * @param named how the model is named in messages
     */
    static ModelArchive read(Path file, String pin, String named) throws IOException, InvalidModelException,
            ImmersicException {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            ModelArchive archive = null;
            InvalidModelException invalid = null;
            try {
                archive = ModelZip.read(new FilterInputStream(in) {
                    @Override
                    public void close() { } // the rest of the file is still to be hashed
                });
            } catch (InvalidModelException e) {
                invalid = e;
            }
            if (pin == null) {
                if (invalid != null) {
                    throw invalid;
                }
                return archive;
            }
            in.transferTo(OutputStream.nullOutputStream()); // what the zip reader skipped: the central directory
            String actual = HexFormat.of().formatHex(sha256.digest());
            if (!actual.equals(pin)) {
                throw new ImmersicException(named + " is not the model {modelSha256} pins: " + file + " has SHA-256 "
                        + actual + ", {~modelSha256} is " + pin + ". Nothing of it was loaded. If this model is the"
                        + " one you expect, set {~modelSha256} to its SHA-256; otherwise find out who published it.");
            }
            if (invalid != null) {
                throw invalid;
            }
            return archive;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e); // required by the Java SE specification
        }
    }
}
