package com.roboplanet.soconnector.domain.port.out;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes results in the formats scripts read, for commands whose output is meant to be piped ({@code products
 * --format csv|json}, {@code probe --format json}). The command decides what goes in; this port only knows the
 * formats.
 */
public interface ScriptOutput {

    /**
     * A table as CSV: the header, then one record per row; fields quoted where RFC 4180 needs it, records ended by LF.
     * Leaves {@code out} open.
     */
    void csv(List<String> header, List<List<String>> rows, PrintWriter out);

    /**
     * A document of maps (in their iteration order), lists, strings, numbers, booleans and records (their components
     * in declaration order) as indented JSON, then a line break. Leaves {@code out} open.
     */
    void json(Object document, PrintWriter out);
}
