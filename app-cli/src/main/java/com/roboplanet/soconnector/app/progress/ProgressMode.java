package com.roboplanet.soconnector.app.progress;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a long run shows its progress on stderr (ADR 0017).
 *
 * <p>Whether stderr is a terminal is decided without a native library: on Linux {@code /proc/self/fd/2} names the
 * terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}) or the file or pipe it goes to; elsewhere Java 17 offers only
 * {@link System#console()}, which is non-null when stdin and stdout are terminals and says nothing of stderr, so there a
 * console counts as a terminal stderr (a {@code 2> file} beside a terminal stdout then gets the live line's carriage
 * returns). An IDE's console and a pipe have no console: plain lines.
 */
public enum ProgressMode {
    /** {@code --quiet}: nothing. */
    OFF,
    /** Not a terminal (cron, a pipe, a file): a plain line at least every 10 s and one at the end. */
    LINES,
    /** A terminal: one line updated in place at least once a second. */
    LIVE;

    /** LIVE when stderr is a terminal, else LINES. */
    public static ProgressMode detect() {
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.exists(stderr)) {
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") ? LIVE : LINES;
            } catch (Exception e) {
                return LINES;
            }
        }
        return System.console() != null ? LIVE : LINES;
    }
}
