package com.roboplanet.soconnector.adapters.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One JSON file per idempotency key ({@code <key>.json}), the MIME bytes beside it ({@code <key>.eml}, written before
 * the strategy is called), and a lock file per key ({@code <key>.lock}) held with an OS file lock, which the OS
 * releases when a process dies, so that a crash never leaves a stale lock. The folder an earlier version wrote to
 * (flat, without tenants) is only read, until a person assigns its entries. See ADR 0005.
 *
 * <p>Every failure is a {@link SendJournalException} naming the file and the system's own reason ({@code No space left
 * on device}, {@code Permission denied}), never a bare {@link IOException}.
 */
public final class FileSendJournal implements SendJournal {
    private final Path directory;
    private final Path legacyDirectory;
    private final boolean writable;
    private final ObjectMapper json;

    /**
     * @param location the tenant's folder, created if missing (readable only by the user where the platform allows: the
     *     files hold mail texts and addresses), and the folder of earlier versions, if any
     * @param create false for a dry run: a missing folder reads as empty, and nothing may be written
     * @throws SendJournalException when the folder cannot be created or is not a writable folder
     */
    public FileSendJournal(JournalLocation location, boolean create) {
        this.directory = location.directory().toAbsolutePath();
        this.legacyDirectory =
                location.legacyDirectoryIfAny().map(Path::toAbsolutePath).orElse(null);
        this.json = new ObjectMapper(JsonFactory.builder()
                        // The journal reads only what it wrote: a mail body is one string, and Jackson's default cap
                        // (20,000,000 characters) would make a sent mail's entry unreadable, and the mail unknown.
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxStringLength(Integer.MAX_VALUE)
                                .build())
                        .build())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .enable(SerializationFeature.INDENT_OUTPUT);
        if (create) {
            createDirectory();
        }
        this.writable = create;
    }

    /** A journal in {@code directory} alone, created if missing. */
    public FileSendJournal(Path directory) {
        this(JournalLocation.of(directory), true);
    }

    /** The folder this journal writes to. */
    public Path directory() {
        return directory;
    }

    @Override
    public Lease lease(IdempotencyKey key) {
        requireWritable();
        Path lockFile = directory.resolve(key.value() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                FileChannel held = channel;
                return () -> release(lock, held);
            }
        } catch (OverlappingFileLockException e) {
            // Another lease in this JVM holds it: refused below like one from another process.
        } catch (IOException e) {
            closeQuietly(channel);
            throw new SendJournalException("cannot lock " + lockFile + ": " + FileProblem.reason(lockFile, e), e);
        }
        closeQuietly(channel);
        throw new SendJournalException(
                SendJournalException.Kind.IN_USE,
                "mail " + key + " is being sent by another so-connector run (lock " + lockFile
                        + "); wait for it to finish",
                null);
    }

    @Override
    public Optional<JournalEntry> find(IdempotencyKey key) {
        return read(directory, key);
    }

    @Override
    public Optional<JournalEntry> findUnassigned(IdempotencyKey key) {
        return legacyDirectory == null
                ? Optional.empty()
                : read(legacyDirectory, key).filter(JournalEntry::unassigned);
    }

    private Optional<JournalEntry> read(Path folder, IdempotencyKey key) {
        Path file = folder.resolve(key.value() + ".json");
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SendJournalException("cannot read journal file " + file + ": " + FileProblem.reason(file, e), e);
        }
        JournalEntry entry = parse(folder, file, content);
        if (!entry.key().equals(key)) {
            throw corrupt(file, "it holds key " + entry.key(), null);
        }
        return Optional.of(entry);
    }

    @Override
    public void record(JournalEntry entry) {
        requireWritable();
        Path file = jsonFile(entry.key());
        try {
            String emlName = null;
            String emlHash = null;
            byte[] mime = entry.mime();
            if (mime != null) {
                Path eml = emlFile(entry.key());
                emlName = eml.getFileName().toString();
                emlHash = sha256(mime);
                if (!Files.exists(eml) || !sha256(Files.readAllBytes(eml)).equals(emlHash)) {
                    DurableFiles.write(eml, mime);
                }
            }
            byte[] content = json.writeValueAsBytes(EntryJson.from(entry, emlName, emlHash));
            readsBack(file, content);
            DurableFiles.write(file, content);
        } catch (IOException e) {
            throw new SendJournalException("cannot write journal file " + file + ": " + FileProblem.reason(file, e), e);
        }
    }

    @Override
    public List<JournalEntry> entries() {
        return list(directory);
    }

    @Override
    public List<JournalEntry> unassigned() {
        if (legacyDirectory == null) {
            return List.of();
        }
        return list(legacyDirectory).stream().filter(JournalEntry::unassigned).toList();
    }

    @Override
    public void assign(JournalEntry assigned) {
        if (assigned.unassigned()) {
            throw new IllegalArgumentException("an assigned entry names its tenant: " + assigned.key());
        }
        record(assigned);
        if (legacyDirectory != null && findUnassigned(assigned.key()).isPresent()) {
            Path json = legacyDirectory.resolve(assigned.key().value() + ".json");
            Path eml = legacyDirectory.resolve(assigned.key().value() + ".eml");
            try {
                Files.delete(json);
                Files.deleteIfExists(eml);
            } catch (IOException e) {
                throw new SendJournalException(
                        "assigned " + assigned.key() + " to " + assigned.tenant() + " in " + directory
                                + ", but cannot remove the earlier version's " + json + ": " + reason(e)
                                + "; remove it by hand",
                        e);
            }
            DurableFiles.syncDirectory(legacyDirectory);
        }
    }

    /** Every entry file of a folder, oldest first; a missing folder holds none. */
    private List<JournalEntry> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<JournalEntry> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(FileSendJournal::isEntryFile).sorted().toList()) {
                all.add(parse(folder, file, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new SendJournalException(
                    "cannot read journal directory " + folder + ": " + FileProblem.reason(folder, e), e);
        }
        all.sort(Comparator.comparing(JournalEntry::updatedAt));
        return all;
    }

    private static boolean isEntryFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.startsWith(".") && Files.isRegularFile(file);
    }

    private JournalEntry parse(Path folder, Path file, byte[] content) {
        EntryJson stored;
        try {
            stored = json.readValue(content, EntryJson.class);
        } catch (IOException e) {
            throw corrupt(file, firstLine(e.getMessage()), e);
        }
        if (stored == null) {
            throw corrupt(file, "it is empty", null);
        }
        byte[] mime = stored.emlFile() == null ? null : readEml(folder, file, stored);
        try {
            return stored.toEntry(mime);
        } catch (RuntimeException e) {
            throw corrupt(file, firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private byte[] readEml(Path folder, Path jsonFile, EntryJson stored) {
        Path eml = folder.resolve(stored.emlFile()).normalize();
        if (!folder.equals(eml.getParent())) {
            throw corrupt(jsonFile, "its eml file " + stored.emlFile() + " lies outside the journal", null);
        }
        try {
            byte[] mime = Files.readAllBytes(eml);
            if (!sha256(mime).equals(stored.emlSha256())) {
                throw corrupt(jsonFile, "the sent mail " + eml + " does not match its recorded SHA-256", null);
            }
            return mime;
        } catch (IOException e) {
            throw corrupt(jsonFile, "the sent mail " + eml + " cannot be read (" + FileProblem.reason(eml, e) + ")", e);
        }
    }

    /**
     * An entry is written only once it parses back: the first record of a mail comes before it is sent, so an entry the
     * journal could not read again stops the send before the mail leaves, never after.
     */
    private void readsBack(Path file, byte[] content) {
        try {
            json.readValue(content, EntryJson.class);
        } catch (IOException e) {
            throw new SendJournalException(
                    "cannot record " + file + ": the entry would not read back (" + firstLine(e.getMessage())
                            + "); nothing was written",
                    e);
        }
    }

    /**
     * Never advises removing the file: an entry is what keeps its mail from being sent twice, whatever state it is in.
     */
    private static SendJournalException corrupt(Path file, String why, Throwable cause) {
        return new SendJournalException(
                "journal file " + file + " is corrupt: " + why
                        + "; nothing was changed. Do not delete it (it is what keeps its mail from being sent twice):"
                        + " restore it from a backup, or repair it by hand (it is JSON)",
                cause);
    }

    private Path jsonFile(IdempotencyKey key) {
        return directory.resolve(key.value() + ".json");
    }

    private Path emlFile(IdempotencyKey key) {
        return directory.resolve(key.value() + ".eml");
    }

    private void requireWritable() {
        if (!writable) {
            throw new IllegalStateException("a dry run writes nothing and takes no lease: " + directory);
        }
    }

    private void createDirectory() {
        try {
            if (Files.getFileStore(existingAncestor(directory)).supportsFileAttributeView("posix")) {
                Files.createDirectories(
                        directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new SendJournalException(
                    "cannot create journal directory " + directory + ": " + FileProblem.reason(directory, e), e);
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new SendJournalException("journal directory " + directory + " is not a writable directory");
        }
    }

    /**
     * The system's reason, as people read it: {@code No space left on device}, {@code Permission denied}, {@code exists
     * and is not a directory}. Java puts it in the message of most I/O exceptions, after the file name.
     */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "exists and is not a directory";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return String.valueOf(e.getMessage());
    }

    private static Path existingAncestor(Path path) {
        Path p = path;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? path.getRoot() : p;
    }

    private static void release(FileLock lock, FileChannel channel) {
        try (channel) {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases the lock anyway; nothing is lost if release itself failed.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // The channel held no lock; failing to close it changes nothing the caller can act on.
            }
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
