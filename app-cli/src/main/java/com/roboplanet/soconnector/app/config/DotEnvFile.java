package com.roboplanet.soconnector.app.config;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file: {@code KEY=value} lines, optional {@code export }, {@code #} comments, single or
 * double quotes. Hand-written rather than a library because every malformed line must be reported with its
 * line number and without echoing the value (it may be a secret).
 */
final class DotEnvFile {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private DotEnvFile() {}

    static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ConfigurationException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new ConfigurationException(
                    file + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            parseLine(file, i + 1, line.strip(), values);
        }
        return values;
    }

    private static void parseLine(Path file, int lineNo, String line, Map<String, String> values) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (line.startsWith("export ")) {
            line = line.substring("export ".length()).strip();
        }
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw new ConfigurationException(file + ":" + lineNo + ": expected KEY=value");
        }
        String key = line.substring(0, eq).strip();
        if (!KEY.matcher(key).matches()) {
            throw new ConfigurationException(file + ":" + lineNo + ": '" + key + "' is not a valid key name");
        }
        values.put(key, value(file, lineNo, key, line.substring(eq + 1).strip()));
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

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
