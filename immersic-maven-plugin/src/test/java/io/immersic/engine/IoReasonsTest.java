package io.immersic.engine;

import io.immersic.common.BuildLog;
import io.immersic.common.ImmersicException;
import io.immersic.common.IoReasons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.immersic.fixtures.LofiCorpusWriter;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoReasonsTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFileIsNoSuchFileNotItsPath() {
        Path missing = temp.resolve("nowhere/notes.json");
        IOException e = assertThrows(NoSuchFileException.class, () -> Files.readAllBytes(missing));
        assertEquals(missing.toString(), e.getMessage(), "the JDK's message is only the path");
        assertEquals("no such file or folder", IoReasons.describe(e));
    }

    @Test
    void anUnreadableFileIsPermissionDenied() throws Exception {
        Path locked = Files.writeString(temp.resolve("locked.json"), "[]");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root, which reads any file whatever its permissions");
        IOException e = assertThrows(AccessDeniedException.class, () -> Files.readAllBytes(locked));
        assertEquals("permission denied", IoReasons.describe(e));
    }

    @Test
    void javaIoGivesItsReasonInParentheses() {
        IOException e = assertThrows(IOException.class, () -> new FileInputStream(temp.resolve("none").toFile()));
        assertEquals("no such file or directory", IoReasons.describe(e));
    }

    @Test
    void writingUnderAFileSaysWhyNotWhere() throws Exception {
        // The output folder's parent is a file: the stage's message gives the operating system's reason.
        Path midi = Files.createDirectories(temp.resolve("midi"));
        LofiCorpusWriter.writeCorpus(midi, 2, 1);
        Path blocker = Files.writeString(temp.resolve("target"), "a file");
        OutputLayout out = new OutputLayout(blocker.resolve("immersic"));
        ImmersicException e = assertThrows(ImmersicException.class, () -> new PreprocessStep(BuildLog.SILENT).run(
                new PreprocessRequest(midi, List.of("**/*.mid"), List.of(), null, out)));
        assertEquals("Cannot write to " + out.root() + ": not a directory", e.getMessage());
    }

    @Test
    void fileAndFolderProblems() throws Exception {
        Path file = Files.writeString(temp.resolve("a.txt"), "x");
        assertNull(IoReasons.fileProblem(file));
        assertEquals("is a folder", IoReasons.fileProblem(temp));
        assertEquals("does not exist", IoReasons.fileProblem(temp.resolve("b.txt")));
        assertNull(IoReasons.folderProblem(temp.resolve("new/folder")), "a folder that can be made");
        assertEquals("is a file, not a folder", IoReasons.folderProblem(file));
        assertEquals("is inside " + file + ", which is a file", IoReasons.folderProblem(file.resolve("out")));
    }
}
