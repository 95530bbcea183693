package com.roboplanet.soconnector.adapters.csv;

import java.io.BufferedWriter;
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

/**
 * A file written beside its target and moved over it only when complete, so that a reader (or Excel)
 * never sees half a file and a failed run leaves an older file untouched. The temporary file is in the
 * target's own directory because a move is atomic only within one file system.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private AtomicFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * @throws FileSystemException with a reason a person can act on when the directory is missing or the
     *     target is a directory
     */
    static AtomicFile begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new FileSystemException(target.toString(), null, "directory " + directory + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        // Not createTempFile: its owner-only permissions would survive the move, and a report is meant to be
        // as readable as any file the user creates (their umask decides).
        Path temp = directory.resolve("." + absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        Files.createFile(temp);
        return new AtomicFile(absolute, temp);
    }

    /** A buffered UTF-8 writer on the temporary file; unencodable text (lone surrogates) fails instead of becoming '?'. */
    Writer newWriter() throws IOException {
        var encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), encoder), 1 << 16);
    }

    Path temp() {
        return temp;
    }

    /** Moves the finished temporary file over the target; call only after its writer is closed. */
    void commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (SMB shares, some container mounts) refuse atomic moves; a plain replace
            // still never exposes a partial file under the target's name.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Nothing sensible is left to do: the run already failed for a better reason, and a stray
                // dot-file is harmless next to an untouched target.
            }
        }
    }
}
