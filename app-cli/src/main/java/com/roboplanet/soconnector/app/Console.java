package com.roboplanet.soconnector.app;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Where commands talk to the user: results on {@code out} (so they can be piped), progress, summaries
 * and errors on {@code err}. Injected so that tests capture both.
 */
public record Console(PrintWriter out, PrintWriter err) {
    public Console {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
