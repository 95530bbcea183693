package com.roboplanet.soconnector.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemTest {
    @TempDir
    Path dir;

    @Test
    void reason_folderMissingOnTheWay_namesTheFirstMissingFolder() {
        Path target = dir.resolve("reports/2026/products.csv");

        assertThat(FileProblem.reason(target, new NoSuchFileException(target.toString())))
                .isEqualTo("no such directory " + dir.resolve("reports"));
    }

    @Test
    void reason_fileWhereAFolderShouldBe_saysSo() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "x");
        Path target = dir.resolve("notes.txt/products.csv");

        assertThat(FileProblem.reason(target, new NoSuchFileException(target.toString())))
                .isEqualTo(dir.resolve("notes.txt") + " is a file, not a directory");
    }

    @Test
    void reason_directoryAskedForWhereAFileIs_existsAndIsNotADirectory() throws IOException {
        Path journal = Files.writeString(dir.resolve("outbox"), "x");

        IOException e = assertThrows(() -> Files.createDirectories(journal));

        assertThat(FileProblem.reason(journal, e)).isEqualTo("exists and is not a directory");
        assertThat(e.getMessage()).isEqualTo(journal.toString()); // what the message used to repeat
    }

    @Test
    void reason_missingFileInAFolderThatExists_fileNotFound() {
        Path file = dir.resolve("sales.csv");

        assertThat(FileProblem.describe(file, new NoSuchFileException(file.toString())))
                .isEqualTo(file + ": file not found");
    }

    @Test
    void reason_theOperatingSystemsOwnWords_areKept() {
        Path file = dir.resolve("r.csv");

        assertThat(FileProblem.reason(file, new FileSystemException(file.toString(), null, "No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(FileProblem.reason(file, new AccessDeniedException(file.toString())))
                .isEqualTo("permission denied");
        assertThat(FileProblem.reason(file, new java.io.UncheckedIOException(new IOException("Disk quota exceeded"))))
                .isEqualTo("Disk quota exceeded");
    }

    private static IOException assertThrows(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("no IOException");
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
