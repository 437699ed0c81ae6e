package io.immersic.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputManifestTest {

    @TempDir
    Path temp;

    private Path folder() {
        return temp.resolve("tracks");
    }

    /** A build that writes {@code names} (each holding its own name) from start to finish. */
    private OutputManifest.Cleanup build(String... names) throws Exception {
        OutputManifest manifest = new OutputManifest(folder());
        OutputManifest.Cleanup cleanup = manifest.begin(List.of(names));
        for (String name : names) {
            AtomicFiles.write(folder().resolve(name), name.getBytes());
        }
        manifest.finish(Stream.of(names).map(folder()::resolve).toList());
        return cleanup;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onlyListedFilesStillAsWrittenAreRemoved() throws Exception {
        build("a.mid", "b.mid", "b.wav", "c.mid");
        Files.writeString(folder().resolve("mine.txt"), "the user's");
        Files.writeString(folder().resolve("c.mid"), "edited by the user");

        OutputManifest.Cleanup cleanup = build("a.mid");

        assertEquals(List.of("b.mid", "b.wav"), cleanup.removed());
        assertEquals(List.of("c.mid"), cleanup.changed(), "changed since written: left, no longer ours");
        assertEquals(List.of(".immersic-outputs.json", "a.mid", "c.mid", "mine.txt"), names());
        assertEquals(List.of("a.mid"), build().removed(), "c.mid is no longer listed, so never removed");
        assertEquals(List.of(".immersic-outputs.json", "c.mid", "mine.txt"), names());
    }

    @Test
    void aHandEditedManifestNeverLeadsOutsideTheFolder() throws Exception {
        build("a.mid");
        Files.writeString(temp.resolve("pom.xml"), "<project/>");
        Path manifest = folder().resolve(OutputManifest.NAME);
        // An unfinished build's listing (no hashes), naming a file outside the folder.
        Files.writeString(manifest, "{\"stateFormatVersion\": 2, \"complete\": false, \"files\": [{\"path\":"
                + " \"../pom.xml\"}, {\"path\": \"a.mid\"}]}");

        OutputManifest.Cleanup cleanup = build();

        assertEquals(List.of(), cleanup.removed(), "a listing without hashes proves nothing is ours");
        assertEquals(List.of("a.mid"), cleanup.changed());
        assertTrue(cleanup.interrupted());
        assertTrue(Files.exists(temp.resolve("pom.xml")));
        assertTrue(Files.exists(folder().resolve("a.mid")));
    }

    @Test
    void aKilledBuildLeavesTheHashesThatProveWhichFilesAreOurs() throws Exception {
        build("a.mid", "b.mid", "c.mid");
        OutputManifest killed = new OutputManifest(folder());
        killed.begin(List.of("a.mid", "b.mid", "c.mid"));
        AtomicFiles.write(folder().resolve("a.mid"), "a, written again".getBytes());
        killed.record(folder().resolve("a.mid")); // then killed: no finish
        Files.writeString(folder().resolve("c.mid"), "edited by the user");

        OutputManifest.Cleanup cleanup = new OutputManifest(folder()).begin(List.of("a.mid"));

        assertTrue(cleanup.interrupted());
        assertEquals(List.of("b.mid"), cleanup.removed(), "unchanged since the build before: ours, removed");
        assertEquals(List.of("c.mid"), cleanup.changed(), "edited: the user's now, kept");
        assertEquals(List.of(), cleanup.foreign(), "a.mid holds the bytes the killed build recorded: ours");
        assertEquals("edited by the user", Files.readString(folder().resolve("c.mid")));
    }

    @Test
    void aUsersFileWhereATrackGoesIsNeverOurs() throws Exception {
        build("track-1.wav");
        Files.writeString(folder().resolve("track-2.wav"), "the user's own");
        Files.writeString(folder().resolve("track-1.wav"), "edited by the user");

        OutputManifest.Cleanup cleanup = new OutputManifest(folder()).begin(List.of("track-1.wav", "track-2.wav"));

        assertEquals(List.of("track-1.wav", "track-2.wav"), cleanup.foreign());
        assertEquals(List.of(), cleanup.changed(), "named once, as kept instead of written");
        assertEquals("the user's own", Files.readString(folder().resolve("track-2.wav")));
    }

    @Test
    void anUnreadableManifestRemovesNothing() throws Exception {
        build("a.mid");
        Files.writeString(folder().resolve(OutputManifest.NAME), "{\"files\": [");

        OutputManifest.Cleanup cleanup = build();

        assertTrue(cleanup.unreadable() != null && cleanup.removed().isEmpty());
        assertEquals(List.of(".immersic-outputs.json", "a.mid"), names());
        assertNull(build().unreadable(), "rewritten, readable again");
    }

    @Test
    void onlyImmersicsTemporaryNamesAreLeftovers() throws Exception {
        Files.createDirectories(folder());
        for (String name : List.of(".track-1.wav.123.tmp", ".track-1.wav.4711-12.tmp", "track-1.wav.123.tmp",
                ".track-1.wav.tmp", ".notes.tmp", "my.tmp")) {
            Files.writeString(folder().resolve(name), name);
        }

        List<Path> removed = AtomicFiles.removeLeftovers(folder());

        assertEquals(2, removed.size());
        assertEquals(List.of(".notes.tmp", ".track-1.wav.tmp", "my.tmp", "track-1.wav.123.tmp"), names());
        assertFalse(AtomicFiles.removeLeftovers(temp.resolve("absent")).iterator().hasNext());
    }
}
