package com.roboplanet.soconnector.adapters.journal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
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
 * One JSON file per idempotency key ({@code <key>.json}), the sent MIME bytes beside it
 * ({@code <key>.eml}), and a lock file per key ({@code <key>.lock}) held with an OS file lock, which
 * the OS releases when a process dies, so that a crash never leaves a stale lock. See ADR 0005.
 */
public final class FileSendJournal implements SendJournal {
    private final Path directory;
    private final ObjectMapper json;

    /**
     * @param directory created if missing, readable only by the user where the platform allows: the
     *     files hold mail texts and addresses
     * @throws SendJournalException when the directory cannot be created
     */
    public FileSendJournal(Path directory) {
        this.directory = directory.toAbsolutePath();
        this.json = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .enable(SerializationFeature.INDENT_OUTPUT);
        createDirectory();
    }

    /** The directory this journal writes to. */
    public Path directory() {
        return directory;
    }

    @Override
    public Lease lease(IdempotencyKey key) {
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
        throw new SendJournalException("mail " + key + " is being sent by another so-connector run (lock " + lockFile
                + "); wait for it to finish");
    }

    @Override
    public Optional<JournalEntry> find(IdempotencyKey key) {
        Path file = jsonFile(key);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SendJournalException("cannot read journal file " + file + ": " + FileProblem.reason(file, e), e);
        }
        JournalEntry entry = parse(file, content);
        if (!entry.key().equals(key)) {
            throw corrupt(file, "it holds key " + entry.key(), null);
        }
        return Optional.of(entry);
    }

    @Override
    public void record(JournalEntry entry) {
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
            DurableFiles.write(file, json.writeValueAsBytes(EntryJson.from(entry, emlName, emlHash)));
        } catch (IOException e) {
            throw new SendJournalException("cannot write journal file " + file + ": " + FileProblem.reason(file, e), e);
        }
    }

    @Override
    public List<JournalEntry> unfinished() {
        List<JournalEntry> open = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(FileSendJournal::isEntryFile).sorted().toList()) {
                JournalEntry entry = parse(file, Files.readAllBytes(file));
                if (!entry.state().finished()) {
                    open.add(entry);
                }
            }
        } catch (IOException e) {
            throw new SendJournalException(
                    "cannot read journal directory " + directory + ": " + FileProblem.reason(directory, e), e);
        }
        open.sort(Comparator.comparing(JournalEntry::updatedAt));
        return open;
    }

    private static boolean isEntryFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.startsWith(".");
    }

    private JournalEntry parse(Path file, byte[] content) {
        EntryJson stored;
        try {
            stored = json.readValue(content, EntryJson.class);
        } catch (IOException e) {
            throw corrupt(file, firstLine(e.getMessage()), e);
        }
        if (stored == null) {
            throw corrupt(file, "it is empty", null);
        }
        byte[] mime = stored.emlFile() == null ? null : readEml(file, stored);
        try {
            return stored.toEntry(mime);
        } catch (RuntimeException e) {
            throw corrupt(file, firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private byte[] readEml(Path jsonFile, EntryJson stored) {
        Path eml = directory.resolve(stored.emlFile()).normalize();
        if (!eml.getParent().equals(directory)) {
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

    private static SendJournalException corrupt(Path file, String why, Throwable cause) {
        return new SendJournalException(
                "journal file " + file + " is corrupt: " + why
                        + "; nothing was changed: check it, then fix it or move it out of the journal",
                cause);
    }

    private Path jsonFile(IdempotencyKey key) {
        return directory.resolve(key.value() + ".json");
    }

    private Path emlFile(IdempotencyKey key) {
        return directory.resolve(key.value() + ".eml");
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
