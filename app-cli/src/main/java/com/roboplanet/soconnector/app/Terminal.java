package com.roboplanet.soconnector.app;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether a person is at a terminal, decided without a native library: Java 17's {@link System#console()} is non-null
 * exactly when both standard input and standard output are terminals (POSIX {@code isatty} on file descriptors 0 and
 * 1; on Windows, both handles are character devices). cron, systemd timers, Task Scheduler, CI runners and a pipe into
 * or out of the command all give null, so they count as unattended. A person who redirects the output of an
 * interactive run ({@code so-connector inspect sales | less}) counts as unattended too; without settings such a run
 * needs {@code --sandbox}, which the message says.
 *
 * <p>From Java 22, {@code System.console()} also answers when the streams are redirected, and {@code
 * Console.isTerminal()} (new in 22) tells the two apart; it is asked for reflectively so that the rule stays the same
 * on the Java 17 this tool is built for and on newer runtimes.
 */
final class Terminal {
    private Terminal() {}

    /** True when standard input and output are both a terminal. */
    static boolean attached() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 17-21: a console exists only for a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
