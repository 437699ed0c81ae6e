package io.immersic.midi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MidiFolderTest {

    @TempDir
    Path folder;

    @Test
    void filesComeInTheNotebooksOrderIgnoringCase() throws IOException {
        for (String name : List.of("b.mid", "A.mid", "c.MID", "sub/D.midi", "notes.txt")) {
            Files.createDirectories(folder.resolve(name).getParent());
            Files.write(folder.resolve(name), new byte[] {1});
        }

        MidiFolder.Scan scan = MidiFolder.scan(folder, List.of("**/*.mid", "**/*.midi"), List.of());

        assertEquals(List.of("A.mid", "b.mid", "c.MID", "sub/D.midi"), scan.files());
        assertEquals(List.of(), scan.warnings());
    }

    @Test
    void excludesAreApplied() throws IOException {
        Files.createDirectories(folder.resolve("drafts"));
        Files.write(folder.resolve("drafts/x.mid"), new byte[] {1});
        Files.write(folder.resolve("y.mid"), new byte[] {1});

        MidiFolder.Scan scan = MidiFolder.scan(folder, List.of("**/*.mid"), List.of("drafts/"));

        assertEquals(List.of("y.mid"), scan.files());
    }

    @Test
    void linksBackToTheFolderAreNotFollowedAndDanglingLinksAreNamed() throws IOException {
        Files.write(folder.resolve("song.mid"), new byte[] {1});
        Files.createDirectories(folder.resolve("more"));
        Files.write(folder.resolve("more/other.mid"), new byte[] {1});
        Files.createSymbolicLink(folder.resolve("loop-one"), folder);
        Files.createSymbolicLink(folder.resolve("more/loop-two"), folder);
        Files.createSymbolicLink(folder.resolve("gone.mid"), folder.resolve("deleted.mid"));

        // Two links back to the folder made the old walk exponential: it must end at once.
        MidiFolder.Scan scan = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> MidiFolder.scan(folder, List.of("**/*.mid"), List.of()));

        assertEquals(List.of("more/other.mid", "song.mid"), scan.files());
        assertEquals(3, scan.warnings().size(), scan.warnings().toString());
        assertTrue(scan.warnings().stream().anyMatch(w -> w.contains("gone.mid") && w.contains("does not exist")),
                scan.warnings().toString());
        assertTrue(scan.warnings().stream().anyMatch(w -> w.contains("loop-one") && w.contains("a loop")),
                scan.warnings().toString());
        assertTrue(scan.warnings().stream().anyMatch(w -> w.contains("loop-two") && w.contains("a loop")),
                scan.warnings().toString());
    }

    @Test
    void anUnreadableFolderIsNamedAndSkippedAndTheWalkCarriesOn() throws IOException {
        Files.write(folder.resolve("song.mid"), new byte[] {1});
        Files.createDirectories(folder.resolve("more"));
        Files.write(folder.resolve("more/other.mid"), new byte[] {1});
        Path locked = unreadableFolder(folder.resolve("locked"));

        MidiFolder.Scan scan = MidiFolder.scan(folder, List.of("**/*.mid"), List.of());

        assertEquals(List.of("more/other.mid", "song.mid"), scan.files());
        assertEquals(List.of("Skipping " + locked + ": cannot be read (permission denied)"), scan.warnings());
    }

    @Test
    void manyUnreadableFoldersAreOneLineThatNamesTheFirst() throws IOException {
        Files.write(folder.resolve("song.mid"), new byte[] {1});
        for (int i = 0; i < MidiFolder.NAMED_EACH + 3; i++) {
            unreadableFolder(folder.resolve("locked-" + i));
        }

        MidiFolder.Scan scan = MidiFolder.scan(folder, List.of("**/*.mid"), List.of());

        assertEquals(List.of("song.mid"), scan.files());
        assertEquals(1, scan.warnings().size(), scan.warnings().toString());
        String line = scan.warnings().get(0);
        assertTrue(line.startsWith("Skipping 8 folders or files that cannot be read, e.g. "), line);
        assertTrue(line.contains("locked-") && line.contains(" (permission denied)"), line);
        assertTrue(line.endsWith(", and 3 more"), line);
    }

    private final UnreadableFolders unreadable = new UnreadableFolders();

    private Path unreadableFolder(Path path) throws IOException {
        return unreadable.make(path);
    }

    @AfterEach
    void unlock() throws IOException {
        unreadable.unlock();
    }
}
