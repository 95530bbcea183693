package com.roboplanet.soconnector.app.config;

import com.roboplanet.soconnector.domain.port.out.FileProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file: {@code KEY=value} lines, optional {@code export }, {@code #} comments, single or double
 * quotes, UTF-8 with or without BOM. Hand-written rather than a library because a malformed line must be reported by
 * its number and what was expected, never by its text: a line that does not parse may be a pasted secret (a token
 * ending in {@code =}), and so may any value. No message here, and no message of an exception it wraps, carries text
 * from the file.
 */
final class DotEnvFile {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** One {@code KEY=value} line. */
    record Entry(String key, String value, int line) {}

    private DotEnvFile() {}

    /** @throws ConfigurationException naming the file and line, and what was expected there */
    static List<Entry> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException(FileProblem.describe(file, e), e);
        }
        String text = decode(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parseLine(file, i + 1, lines[i], entries);
        }
        return entries;
    }

    /**
     * Strict UTF-8, so that a file saved as Windows-1252 is named with the line of its first foreign byte; a file with
     * a UTF-16 byte-order mark (Notepad's "Unicode") is read as UTF-16, and one without it but with NUL bytes is named
     * as UTF-16.
     */
    private static String decode(Path file, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        // UTF-16 text has a NUL in every other byte for the ASCII of KEY=value; one stray NUL is a control character,
        // named with its line below.
        int pairs = Math.min(bytes.length, 64) / 2;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (pairs >= 2 && Math.max(evenNuls, oddNuls) * 10 >= pairs * 8) {
            throw new ConfigurationException(
                    file + ": UTF-16 text without a byte-order mark (NUL in every other byte); save the file as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ConfigurationException(
                    file + ":" + line + ": not UTF-8 text (byte offset " + in.position() + "); save the file as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static void parseLine(Path file, int lineNo, String raw, List<Entry> entries) {
        int control = firstControlCharacter(raw);
        if (control >= 0) {
            throw new ConfigurationException(String.format(
                    "%s:%d: a control character (U+%04X) in the line; expected KEY=value text", file, lineNo, control));
        }
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (line.startsWith("export ")) {
            line = line.substring("export ".length()).strip();
        }
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw new ConfigurationException(file + ":" + lineNo + ": expected KEY=value, found no '=' (the line is"
                    + " not shown: it may hold a secret)");
        }
        String key = line.substring(0, eq).strip();
        if (!KEY.matcher(key).matches()) {
            throw new ConfigurationException(file + ":" + lineNo + ": expected KEY=value with a KEY of letters, digits"
                    + " and '_' before the first '=' (the line is not shown: it may hold a secret)");
        }
        entries.add(
                new Entry(key, value(file, lineNo, key, line.substring(eq + 1).strip()), lineNo));
    }

    /** The first C0 control character other than TAB, or DEL, or a C1 control; -1 for none. */
    static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                return c;
            }
        }
        return -1;
    }

    private static String value(Path file, int lineNo, String key, String raw) {
        if (raw.startsWith("\"") || raw.startsWith("'")) {
            char quote = raw.charAt(0);
            int end = raw.indexOf(quote, 1);
            if (end < 0) {
                throw new ConfigurationException(
                        file + ":" + lineNo + ": the value of " + key + " has no closing " + quote);
            }
            String rest = raw.substring(end + 1).strip();
            if (!rest.isEmpty() && !rest.startsWith("#")) {
                throw new ConfigurationException(
                        file + ":" + lineNo + ": unexpected text after the quoted value of " + key);
            }
            String inner = raw.substring(1, end);
            return quote == '"' ? inner.replace("\\n", "\n") : inner;
        }
        int comment = raw.indexOf(" #");
        return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
    }
}
