package com.roboplanet.soconnector.adapters.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of writes in progress, removed when the JVM shuts down before they are finished: on Ctrl+C
 * (SIGINT, after which the JVM exits with 130), SIGTERM or {@code System.exit}, where no {@code finally} block runs.
 * Without this, every interrupted report left a {@code .product_report.csv.<uuid>.tmp} beside the target. A kill
 * with SIGKILL or a power cut still leaves one; its name says what it is.
 */
final class PendingFiles {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PendingFiles::deleteAll, "so-connector temporary files"));
    }

    private PendingFiles() {}

    static void add(Path temp) {
        PENDING.add(temp);
    }

    /** The file was moved into place or deleted: nothing left to remove. */
    static void remove(Path temp) {
        PENDING.remove(temp);
    }

    /** Whether {@code temp} would be removed at shutdown; for tests. */
    static boolean isPending(Path temp) {
        return PENDING.contains(temp);
    }

    /** What the shutdown hook runs. */
    static void deleteAll() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // The JVM is going down; a stray dot-file is all that is left, and its name says what it is.
            }
            PENDING.remove(temp);
        }
    }
}
