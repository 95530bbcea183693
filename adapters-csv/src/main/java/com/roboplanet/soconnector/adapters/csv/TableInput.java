package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.CsvLayout;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * The rows of a table a person gave us, one at a time, whatever the file is: delimited text in any of Excel's
 * dialects and encodings ({@link TextTableInput}) or an Excel workbook ({@link WorkbookTableInput}). The kind is
 * decided by content: a zip signature ({@code PK 03 04}) is a workbook whatever the file is called.
 *
 * <p>Errors are {@link CsvFileException}s: one line naming the file, the line or row, and the fix.
 */
interface TableInput extends AutoCloseable {

    /** One row: its values by column index. */
    interface Row {
        /** The physical line (text) or row number (workbook) it starts on, 1 for the first. */
        long line();

        int size();

        /**
         * The value at {@code index}: a {@link String} (all text cells; never null for a present text cell), a
         * {@link java.math.BigDecimal} (a workbook number), a {@link java.time.LocalDateTime} (a workbook number
         * formatted as a date), a {@link Boolean}, or null for an empty or missing cell.
         */
        Object value(int index);

        /** Whether every cell is empty or blank text, as Excel leaves {@code ;;;;} lines and formatted empty rows. */
        default boolean blank() {
            for (int i = 0; i < size(); i++) {
                Object v = value(i);
                if (v != null && !(v instanceof String s && s.isBlank())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The first row with a non-blank cell, as text, or null for an empty table; read once, before {@link #next}. */
    Row header();

    /** The one-line message for a table without a header row: the file, or the sheet, and what to do. */
    String noHeader();

    /** The next row after the header (blank ones included), or null at the end. */
    Row next();

    /** How it was read, for the summary: {@code UTF-8 with BOM, delimiter ';'} or {@code sheet 'Verkäufe'}. */
    String format();

    /** Guesses made while reading (an encoding assumed); complete once the last row was read. */
    List<String> notes();

    /**
     * How a file written back beside this one (a batch's results) should be laid out to open the same way: a text
     * file's delimiter and line ends, with a UTF-8 byte-order mark when it had a mark or was not UTF-8 (so that Excel,
     * which wrote it, reads the umlauts of the UTF-8 answer right); a workbook's as Excel writes CSV.
     */
    CsvLayout layout();

    /** {@code sales.csv:7} or {@code sales.xlsx, sheet 'Verkäufe', row 7}: a place for messages. */
    String at(long line);

    /** {@code sales.csv, line 7} or {@code sales.xlsx, sheet 'Verkäufe', row 7}: where a record shown to a person is. */
    default String place(long line) {
        return at(line);
    }

    /** Whether serial numbers count days from 1904 (a workbook setting of older Mac Excel); false for text. */
    default boolean date1904() {
        return false;
    }

    /** Whether rows may carry cells beyond the header that mean nothing (a workbook's notes to the right). */
    boolean extraCellsAreHarmless();

    @Override
    void close();

    /**
     * Opens the file as a workbook or as text, by its first bytes.
     *
     * @throws CsvFileException for a missing or unreadable file, an Excel 97-2003 or password-protected workbook,
     *     or text in no encoding we can read
     */
    static TableInput open(ExportFile export) {
        byte[] head;
        try (InputStream in = Files.newInputStream(export.path())) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new CsvFileException(FileProblem.describe(export.path(), e), e);
        }
        if (isZip(head)) {
            return WorkbookTableInput.open(export);
        }
        if (isOle2(head)) {
            throw new CsvFileException(export.path() + ": an Excel 97-2003 workbook (.xls) or a password-protected"
                    + " workbook; save it as .xlsx without a password, or as \"CSV UTF-8\"");
        }
        return TextTableInput.open(export);
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isOle2(byte[] head) {
        int[] ole2 = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (head.length < ole2.length) {
            return false;
        }
        for (int i = 0; i < ole2.length; i++) {
            if ((head[i] & 0xFF) != ole2[i]) {
                return false;
            }
        }
        return true;
    }
}
