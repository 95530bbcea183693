package com.roboplanet.soconnector.adapters.csv;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A file written aside and made visible only when complete, so that a reader (or Excel) never sees half a file and a
 * failed or interrupted run leaves an older file untouched. Where the finished file goes depends on the target:
 *
 * <ul>
 *   <li>a regular file, or none yet: the temporary file is in the target's own directory (a move is atomic only
 *       within one file system) and is moved over it, keeping the old file's permissions;
 *   <li>a symbolic link (also one whose target does not exist yet, also a chain of links): written through to the
 *       file the link points to, as a shell's {@code >} would; the link stays a link;
 *   <li>a character device ({@code /dev/null}, a terminal) or a named pipe: the finished file is copied into it; it is
 *       never replaced (a rename over {@code /dev/null}, as root, would destroy the device: curl/curl#6882);
 *   <li>a stream the caller owns (standard output): the finished file is copied into it;
 *   <li>a directory, a block device or a socket: refused with one line.
 * </ul>
 *
 * <p>The temporary file is deleted by {@link #close} unless committed, and by a shutdown hook ({@link PendingFiles})
 * if the JVM stops first (Ctrl+C).
 */
final class AtomicFile implements AutoCloseable {
    /** Linux allows 40 links in one path; a longer chain is a loop. */
    private static final int MAX_LINKS = 40;

    /** Makes the finished temporary file visible at the destination. */
    @FunctionalInterface
    private interface Publication {
        void publish(Path temp) throws IOException;
    }

    private final Path temp;
    private final Publication publication;
    private boolean committed;

    private AtomicFile(Path temp, Publication publication) {
        this.temp = temp;
        this.publication = publication;
        PendingFiles.add(temp);
    }

    /**
     * @throws FileSystemException with a reason a person can act on when the directory is missing, the target is a
     *     directory or a device that cannot be written, or its links loop
     */
    static AtomicFile begin(Path target) throws IOException {
        Path resolved = followLinks(target.toAbsolutePath());
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            return beside(target, resolved);
        }
        BasicFileAttributes attributes =
                Files.readAttributes(resolved, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        if (attributes.isRegularFile()) {
            AtomicFile file = beside(target, resolved);
            keepPermissions(resolved, file.temp);
            return file;
        }
        SpecialFile kind = SpecialFile.of(resolved);
        if (!kind.writable()) {
            throw new FileSystemException(
                    target.toString(),
                    null,
                    "is a " + kind.description() + ", not a file to write a report to (give a file, a named pipe,"
                            + " a device such as /dev/null, or - for standard output)");
        }
        return spooled(temp -> {
            try (OutputStream out = Files.newOutputStream(resolved, StandardOpenOption.WRITE)) {
                Files.copy(temp, out);
            }
        });
    }

    /**
     * A file copied into {@code out} when complete, which stays open: standard output, which gets the whole report or
     * nothing (a pipe's reader never sees a report that failed half-way).
     */
    static AtomicFile into(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        return spooled(temp -> {
            try (Reader in = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            out.flush();
        });
    }

    private static AtomicFile beside(Path target, Path resolved) throws IOException {
        Path directory = resolved.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new FileSystemException(target.toString(), null, "directory " + directory + " does not exist");
        }
        // Not createTempFile: its owner-only permissions would survive the move, and a report is meant to be
        // as readable as any file the user creates (their umask decides).
        Path temp = directory.resolve("." + resolved.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        Files.createFile(temp);
        return new AtomicFile(temp, finished -> move(finished, resolved));
    }

    /** The finished file waits in the system's temporary directory, readable by its owner only. */
    private static AtomicFile spooled(Publication publication) throws IOException {
        Path temp = Files.createTempFile("so-connector-", ".tmp");
        return new AtomicFile(temp, finished -> {
            publication.publish(finished);
            Files.delete(finished);
        });
    }

    /** The path a chain of symbolic links ends in, which need not exist yet (a link to a report not written yet). */
    static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int links = 0; Files.isSymbolicLink(current); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links (a loop?)");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current));
        }
        return current;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (SMB shares, some container mounts) refuse atomic moves; a plain replace
            // still never exposes a partial file under the target's name.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A report replacing a file the user made group-readable (or private) stays so. */
    private static void keepPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows), or not ours to change: the umask's permissions stay.
        }
    }

    /** A buffered UTF-8 writer on the temporary file; unencodable text (lone surrogates) fails instead of becoming '?'. */
    Writer newWriter() throws IOException {
        var encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), encoder), 1 << 16);
    }

    /** A buffered stream on the temporary file, for formats that encode themselves (a zip). */
    OutputStream newOutputStream() throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    Path temp() {
        return temp;
    }

    /** Makes the finished temporary file visible at the destination; call only after its writer is closed. */
    void commit() throws IOException {
        publication.publish(temp);
        committed = true;
        PendingFiles.remove(temp);
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
            PendingFiles.remove(temp);
        }
    }

    /** What a path that is neither a file nor a directory is, by its POSIX file type where the platform says it. */
    private enum SpecialFile {
        CHARACTER_DEVICE("character device", true),
        NAMED_PIPE("named pipe", true),
        BLOCK_DEVICE("block device", false),
        SOCKET("socket", false),
        /** The platform does not say (no {@code unix:mode}, e.g. Windows): tried as a device. */
        UNKNOWN("special file", true);

        /** {@code S_IFMT} and the types of {@code stat(2)}'s {@code st_mode}. */
        private static final int TYPE_MASK = 0170000;

        private static final int CHARACTER = 0020000;
        private static final int PIPE = 0010000;
        private static final int BLOCK = 0060000;
        private static final int SOCKET_TYPE = 0140000;

        private final String description;
        private final boolean writable;

        SpecialFile(String description, boolean writable) {
            this.description = description;
            this.writable = writable;
        }

        String description() {
            return description;
        }

        boolean writable() {
            return writable;
        }

        static SpecialFile of(Path path) {
            int mode;
            try {
                mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
                return UNKNOWN;
            }
            return switch (mode & TYPE_MASK) {
                case CHARACTER -> CHARACTER_DEVICE;
                case PIPE -> NAMED_PIPE;
                case BLOCK -> BLOCK_DEVICE;
                case SOCKET_TYPE -> SOCKET;
                default -> UNKNOWN;
            };
        }
    }
}
