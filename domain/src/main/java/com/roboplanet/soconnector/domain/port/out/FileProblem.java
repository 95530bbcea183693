package com.roboplanet.soconnector.domain.port.out;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file operation failed, in the operating system's words, for the one line a person reads: every adapter that
 * reads or writes the user's files words its I/O failures through here, so that each names the reason and none
 * repeats a bare path ({@code cannot create journal directory X: X} is what {@link FileAlreadyExistsException#getMessage}
 * gives).
 *
 * <p>The reason is found in this order: a missing folder on the way to {@code path} ({@code no such directory
 * /home/anna/reports}) or a file standing where a folder should be ({@code /home/anna/out is a file, not a
 * directory}); a folder asked for where a file exists ({@code exists and is not a directory}); the operating system's
 * reason as Java reports it ({@code Permission denied}, {@code No space left on device}, {@code Read-only file
 * system}, {@code Is a directory}); else what the exception says.
 */
public final class FileProblem {
    private FileProblem() {}

    /**
     * The reason {@code e} happened while working on {@code path}, without the path itself (the caller's message names
     * it): {@code no such directory /srv/reports}, {@code exists and is not a directory}, {@code permission denied}.
     */
    public static String reason(Path path, Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String onTheWay = ancestorProblem(path);
        if (onTheWay != null) {
            return onTheWay;
        }
        if (cause instanceof FileAlreadyExistsException && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return "exists and is not a directory";
        }
        if (cause instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (cause instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (cause instanceof FileSystemException fse && fse.getReason() != null) {
            return lowerFirst(fse.getReason());
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "file not found";
        }
        if (cause instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (cause instanceof IOException
                && cause.getMessage() != null
                && !cause.getMessage().isBlank()) {
            return cause.getMessage();
        }
        return cause.getClass().getSimpleName();
    }

    /** {@code <path>: <reason>}, for a message that has nothing else to say. */
    public static String describe(Path path, Throwable e) {
        return path + ": " + reason(path, e);
    }

    /**
     * The first folder on the way to {@code path} that is missing or is a file, said as the operating system would; null
     * when every folder above {@code path} is there.
     */
    private static String ancestorProblem(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return null;
        }
        Path missing = parent;
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? "no such directory " + missing : p + " is a file, not a directory";
            }
            missing = p;
        }
        return "no such directory " + missing;
    }

    private static String lowerFirst(String text) {
        String t = text.strip();
        if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !Character.isUpperCase(t.charAt(1))) {
            return t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
        }
        return t;
    }
}
