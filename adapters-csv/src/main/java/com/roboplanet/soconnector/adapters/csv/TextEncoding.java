package com.roboplanet.soconnector.adapters.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How the bytes of a text export become characters, decided from its first bytes (a bounded prefix, never the
 * whole file):
 *
 * <ol>
 *   <li>a forced encoding wins (its own byte-order mark, if the file has one, is skipped);
 *   <li>a byte-order mark: UTF-8 ({@code EF BB BF}), UTF-16LE ({@code FF FE}, Excel's "Unicode Text"), UTF-16BE
 *       ({@code FE FF});
 *   <li>no mark but every other byte zero: UTF-16 without a mark, announced;
 *   <li>UTF-8 when the prefix is valid UTF-8;
 *   <li>else Windows-1252 (what German Excel saves as "CSV (Trennzeichen-getrennt)"), announced with the first
 *       byte that is not UTF-8; a prefix that is neither is refused naming that byte's line and offset.
 * </ol>
 *
 * <p>A prefix of plain ASCII proves nothing either way; {@link DecodingReader} then decides at the first byte
 * above 127, which costs nothing because ASCII reads the same in both.
 *
 * @param charset what to decode with
 * @param bomLength bytes of byte-order mark to skip
 * @param undecided true when the prefix was plain ASCII and UTF-8 is only assumed
 * @param description for the summary: {@code UTF-8 with BOM}, {@code Windows-1252}, ...
 * @param note why a guess was made, or null: {@code read as Windows-1252: not valid UTF-8 (line 2, byte offset 87)}
 */
record TextEncoding(Charset charset, int bomLength, boolean undecided, String description, String note) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How many bytes the decision looks at: about 500 rows of a sales export. */
    static final int PREFIX_BYTES = 64 * 1024;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    /**
     * @param prefix the file's first bytes
     * @param wholeFile whether the prefix is the whole file (so a multi-byte character cut at its end is an error)
     * @param forced the encoding the user named, or null
     * @throws CsvFileException for a prefix that is neither UTF-8 nor Windows-1252
     */
    static TextEncoding detect(String file, byte[] prefix, boolean wholeFile, Charset forced) {
        if (forced != null) {
            return new TextEncoding(forced, bomLengthFor(forced, prefix), false, forced.name() + " (as given)", null);
        }
        if (startsWith(prefix, UTF8_BOM)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, false, "UTF-8 with BOM", null);
        }
        if (startsWith(prefix, UTF16LE_BOM)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, false, "UTF-16LE with BOM", null);
        }
        if (startsWith(prefix, UTF16BE_BOM)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, false, "UTF-16BE with BOM", null);
        }
        Charset utf16 = utf16WithoutBom(prefix);
        if (utf16 != null) {
            return new TextEncoding(
                    utf16,
                    0,
                    false,
                    utf16.name(),
                    "read as " + utf16.name() + ": no byte-order mark, but every other byte is zero");
        }
        int bad = firstInvalidUtf8(prefix, wholeFile);
        if (bad < 0) {
            boolean ascii = isAscii(prefix);
            return new TextEncoding(StandardCharsets.UTF_8, 0, ascii, "UTF-8", null);
        }
        String where = "line " + lineOf(prefix, bad) + ", byte offset " + bad;
        int undefined = firstUndefinedIn1252(prefix);
        if (undefined >= 0) {
            throw new CsvFileException(file + ": neither UTF-8 (first bad byte at " + where + ") nor Windows-1252 "
                    + String.format(
                            "(byte 0x%02X at line %d, byte offset %d)",
                            prefix[undefined], lineOf(prefix, undefined), undefined)
                    + "; save the export as \"CSV UTF-8\", or name its encoding");
        }
        return new TextEncoding(
                WINDOWS_1252, 0, false, "Windows-1252", "read as Windows-1252: not valid UTF-8 (" + where + ")");
    }

    private static int bomLengthFor(Charset forced, byte[] prefix) {
        if (forced.equals(StandardCharsets.UTF_8) && startsWith(prefix, UTF8_BOM)) {
            return 3;
        }
        boolean utf16 = forced.equals(StandardCharsets.UTF_16LE)
                || forced.equals(StandardCharsets.UTF_16BE)
                || forced.equals(StandardCharsets.UTF_16);
        if (utf16 && (startsWith(prefix, UTF16LE_BOM) || startsWith(prefix, UTF16BE_BOM))) {
            return forced.equals(StandardCharsets.UTF_16) ? 0 : 2;
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, byte[] head) {
        if (bytes.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if (bytes[i] != head[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16LE when most odd bytes are zero and even ones are not (BE the other way), else null. */
    private static Charset utf16WithoutBom(byte[] prefix) {
        int pairs = prefix.length / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < prefix.length; i += 2) {
            zeroEven += prefix[i] == 0 ? 1 : 0;
            zeroOdd += prefix[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven * 10 >= pairs * 7 && zeroOdd * 10 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The offset of the first byte that is not valid UTF-8, or -1; a sequence cut by the prefix's end is fine. */
    static int firstInvalidUtf8(byte[] prefix, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(prefix);
        CharBuffer out = CharBuffer.allocate(1024);
        while (true) {
            var result = decoder.decode(in, out, wholeFile);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                if (wholeFile) {
                    result = decoder.flush(out);
                    if (result.isError()) {
                        return in.position();
                    }
                }
                return -1;
            }
            out.clear();
        }
    }

    private static boolean isAscii(byte[] prefix) {
        for (byte b : prefix) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Bytes that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): their offset, or -1. */
    private static int firstUndefinedIn1252(byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            int b = prefix[i] & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return i;
            }
        }
        return -1;
    }

    static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    /** The prefix as text, for finding the dialect; a character cut at the end is dropped. */
    String decodeSample(byte[] prefix) {
        try {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return decoder.decode(ByteBuffer.wrap(prefix, bomLength, prefix.length - bomLength))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder never fails", e);
        }
    }
}
