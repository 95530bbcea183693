package com.roboplanet.soconnector.adapters.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a text export as it streams, counting lines and bytes so that the first byte that does not fit the
 * encoding is named by line and byte offset ({@link MalformedTextException}) instead of turning into a replacement
 * character.
 *
 * <p>When {@link TextEncoding} could not decide (the prefix was plain ASCII), decoding starts as UTF-8 and decides
 * at the first byte above 127: valid UTF-8 settles it; an invalid byte switches to Windows-1252 from there on, which
 * loses nothing because everything before was ASCII, and is announced by {@link #note()}. After that, a byte that
 * does not fit is an error: the file mixes encodings, and no guess would be right for all of it.
 */
final class DecodingReader extends Reader {
    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private CharsetDecoder decoder;
    private boolean undecided;
    private long bytesBefore;
    private long line = 1;
    private boolean afterCr;
    private boolean eof;
    private boolean flushed;
    private String note;

    /** A byte that the encoding cannot decode, at a known place. */
    static final class MalformedTextException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        MalformedTextException(String message, long line) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    /**
     * @param in positioned after the byte-order mark
     * @param skipped how many bytes precede {@code in} (the mark), so offsets count from the file's start
     */
    DecodingReader(InputStream in, TextEncoding encoding, long skipped) {
        this.in = in;
        this.decoder = strict(encoding.charset());
        this.undecided = encoding.undecided();
        this.bytesBefore = skipped;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Why the encoding changed while reading, or null. */
    String note() {
        return note;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            int bytesAt = bytes.position();
            int charsAt = out.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            countLines(buffer, charsAt, out.position());
            if (undecided && bytes.position() - bytesAt != out.position() - charsAt) {
                undecided = false; // a multi-byte character decoded: the file is UTF-8
            }
            if (result.isError()) {
                malformed(result);
                continue;
            }
            int produced = out.position() - offset;
            if (produced > 0 && (result.isOverflow() || !eof || produced == length)) {
                return produced;
            }
            if (eof) {
                if (!flushed) {
                    flushed = true;
                    CoderResult flush = decoder.flush(out);
                    if (flush.isError()) {
                        malformed(flush);
                    }
                    produced = out.position() - offset;
                }
                return produced > 0 ? produced : -1;
            }
            fill();
        }
    }

    private void malformed(CoderResult result) throws MalformedTextException {
        long offset = bytesBefore + bytes.position();
        if (undecided) {
            undecided = false;
            decoder = strict(TextEncoding.WINDOWS_1252);
            note = "read as Windows-1252: not valid UTF-8 (line " + line + ", byte offset " + offset + ")";
            return;
        }
        String charset = decoder.charset().name();
        throw new MalformedTextException(
                "not valid " + charset + " at line " + line + ", byte offset " + offset + " (" + result.length()
                        + " byte" + (result.length() == 1 ? "" : "s") + " that " + charset + " cannot read)",
                line);
    }

    private void fill() throws IOException {
        bytesBefore += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts CRLF, LF and a lone CR (old Mac files) as one line break each. */
    private void countLines(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (c == '\n') {
                line += afterCr ? 0 : 1;
                afterCr = false;
            } else {
                afterCr = c == '\r';
                line += afterCr ? 1 : 0;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
