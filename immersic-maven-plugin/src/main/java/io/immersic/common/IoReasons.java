package io.immersic.common;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file cannot be used, in words. The JDK's file exceptions often carry only the path as their message, so
 * {@code "Cannot write to " + path + ": " + e.getMessage()} would repeat the path instead of giving the reason.
 */
public final class IoReasons {

    private IoReasons() {}

    /** The reason of a failed file operation, e.g. "permission denied"; the caller's message names the path. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        } else if (e instanceof NotDirectoryException) {
            return "is not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        } else if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return lowerFirst(fileSystem.getReason()); // the operating system's words: "Read-only file system"
        }
        String message = e.getMessage();
        if (e instanceof FileNotFoundException && message != null && message.endsWith(")")
                && message.contains(" (")) {
            // java.io writes "<path> (<reason>)"
            return lowerFirst(message.substring(message.lastIndexOf(" (") + 2, message.length() - 1));
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * Why {@code file} cannot be read as an input file, or null when it is a readable regular file. Said after the
     * file's name: "is a folder", "does not exist".
     */
    public static String fileProblem(Path file) {
        if (Files.isDirectory(file)) {
            return "is a folder";
        } else if (!Files.exists(file)) {
            return "does not exist";
        } else if (!Files.isRegularFile(file)) {
            return "is not a regular file";
        } else if (!Files.isReadable(file)) {
            return "cannot be read (permission denied)";
        }
        return null;
    }

    /**
     * Why {@code folder} cannot be an output folder, or null as far as a check can tell without writing: it (or the
     * nearest part of its path that exists) must be a folder, not a file.
     */
    public static String folderProblem(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        for (Path path = absolute; path != null; path = path.getParent()) {
            if (Files.isDirectory(path)) {
                return null;
            } else if (Files.exists(path)) {
                return path.equals(absolute) ? "is a file, not a folder" : "is inside " + path + ", which is a file";
            }
        }
        return null;
    }

    /** "Read-only file system" → "read-only file system"; an acronym ("NFS ...") is left as it is. */
    private static String lowerFirst(String text) {
        if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
