package io.immersic.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A model as one zip file, the form it is attached to a build in (type {@code zip}, classifier
 * {@code immersic-model}) and shipped as the built-in model.
 *
 * <p>Writing is reproducible: fixed entry order, one timestamp for every entry, no extra fields, and entries stored
 * rather than deflated (deflate's bytes differ between zlib builds; 32-bit weights barely compress anyway: 7 %), so
 * the same model and timestamp give the same bytes on every machine. Reading is defensive, because a model may come from a repository or a CI cache: the
 * entries must be exactly Immersic's three, in its order, with plain names; each may inflate only to a bound the zip
 * cannot raise: a small fixed one for the JSON files, and for the weights 4 bytes per weight of the network
 * {@code model.json} describes. A zip bomb is refused the moment an entry passes its bound, whatever its manifest says.
 */
public final class ModelZip {

    /** The timestamp of every entry when the build sets none: the zip format's own epoch. */
    public static final Instant DEFAULT_TIMESTAMP = Instant.parse("1980-01-01T00:00:00Z");

    private ModelZip() {}

    public static byte[] write(ModelArchive archive, Instant timestamp) {
        // DOS time has no zone: writing the UTC clock reading makes the bytes the same in every time zone.
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(archive.coefficients().length + 64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : archive.files().entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(time);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(file.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(file.getValue());
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Reads a model zip; nothing is deserialized, and nothing but the three files is accepted. */
    public static ModelArchive read(InputStream in) throws InvalidModelException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            byte[][] files = new byte[ModelArchive.FILES.size()][];
            ZipEntry entry;
            int index = 0;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (!ModelArchive.FILES.contains(name)) {
                    throw new InvalidModelException("it holds the entry '" + name + "', which Immersic never writes"
                            + " (a model has only " + String.join(", ", ModelArchive.FILES) + ")");
                }
                if (index >= files.length || !ModelArchive.FILES.get(index).equals(name)) {
                    throw new InvalidModelException("its entries are not Immersic's (" + name + " is out of place or"
                            + " repeated; expected " + String.join(", ", ModelArchive.FILES) + " in that order)");
                }
                boolean weights = name.equals(ModelArchive.COEFFICIENTS);
                files[index] = readAtMost(zip, weights ? ModelArchive.coefficientsLimit(files[1])
                        : ModelArchive.limit(name), name, weights ? ModelArchive.INFO + "'s network" : "a model file");
                if (index == 0) {
                    ModelArchive.parseManifest(files[0]); // a zip of another format stops here, before the rest
                }
                index++;
            }
            if (index < files.length) {
                throw new InvalidModelException(index == 0 ? "it is not a zip file, or an empty or truncated one"
                        : "it lacks " + ModelArchive.FILES.get(index) + " (truncated?)");
            }
            return new ModelArchive(files[0], files[1], files[2]);
        } catch (IOException e) {
            throw new InvalidModelException("it is not a readable zip file (" + e.getMessage() + ")");
        }
    }

    /**
     * The entry's bytes, refusing it as soon as it inflates past {@code limit}: at most {@code limit} bytes are
     * inflated and kept, then one more is asked for.
     *
     * @param whose what sets the limit, for the message
     */
    private static byte[] readAtMost(InputStream in, long limit, String name, String whose) throws IOException,
            InvalidModelException {
        byte[] bytes = in.readNBytes((int) limit); // limit ≤ 1 GiB (ModelArchive.limit)
        if (bytes.length == limit && in.read() != -1) {
            throw new InvalidModelException("its entry " + name + " inflates to more than the " + limit + " bytes "
                    + whose + " may have (a zip bomb or a damaged file)");
        }
        return bytes;
    }
}
