package com.roboplanet.soconnector.adapters.html;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page written beside its target and moved over it only when complete, as the report files are (adapters do not
 * share code, so this is the same rule as {@code adapters-csv}'s {@code AtomicFile}, kept to what a page needs): a
 * reader never sees half a page and a failed run leaves an older page untouched. The temporary file is in the
 * target's own directory because a move is atomic only within one file system. It is created when the report starts
 * (so that a folder the page cannot be written to stops the run before the sales are read) and removed by a shutdown
 * hook when the JVM goes down before the page is complete (Ctrl+C, SIGTERM), where no {@code finally} block runs.
 */
final class PageFile implements AutoCloseable {
    /** The temporary files of pages in progress, for the shutdown hook. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> PENDING.forEach(PageFile::deleteQuietly), "so-connector temporary pages"));
    }

    private final Path target;
    private final Path temp;
    private boolean committed;

    private PageFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** @throws FileSystemException with a reason a person can act on: the directory is missing, the target a directory */
    static PageFile begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new FileSystemException(target.toString(), null, "directory " + directory + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        // Not createTempFile: its owner-only permissions would survive the move; the user's umask decides.
        Path temp = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        PENDING.add(temp);
        try {
            Files.createFile(temp);
        } catch (IOException e) {
            PENDING.remove(temp);
            throw e;
        }
        return new PageFile(absolute, temp);
    }

    /** Writes the whole page to the temporary file, UTF-8; unencodable text fails instead of becoming '?'. */
    void write(CharSequence page) throws IOException {
        var encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(temp), encoder)) {
            out.append(page);
        }
    }

    /** Moves the finished temporary file over the target. */
    void commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (SMB shares, some container mounts) refuse atomic moves; a plain replace still never
            // shows a partial file under the target's name.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        PENDING.remove(temp);
    }

    /** Whether the shutdown hook would remove {@code temp}; for tests. */
    static boolean isPending(Path temp) {
        return PENDING.contains(temp);
    }

    /** The temporary file, for tests. */
    Path temp() {
        return temp;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The JVM is going down; a stray dot-file is all that is left, and its name says what it is.
        }
    }

    /** The part of an I/O failure a person can act on, without repeating the path the caller already names. */
    static String reason(Throwable e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            // The run already failed for a better reason; a stray dot-file beside an untouched target is harmless.
            deleteQuietly(temp);
            PENDING.remove(temp);
        }
    }
}
