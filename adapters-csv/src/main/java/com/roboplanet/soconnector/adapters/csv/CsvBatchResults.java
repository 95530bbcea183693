package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.CsvLayout;
import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import com.roboplanet.soconnector.domain.port.out.BatchResults;
import com.roboplanet.soconnector.domain.port.out.BatchResultsException;
import com.roboplanet.soconnector.domain.port.out.FileProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;

/**
 * The batch result file as CSV in UTF-8, header {@link #HEADER}, laid out like the recipient list it answers (its
 * delimiter, byte-order mark and line ends: a list German Excel saved gets results German Excel opens), or as Excel
 * writes CSV when configured so ({@code SO_EXCEL=true}). Each row is appended and forced to disk ({@code
 * FileChannel.force}) before {@link Log#append} returns; cells a spreadsheet would run as a formula are neutralised,
 * because names and addresses come from the list and the CRM and the file is opened in spreadsheets. The file is
 * opened through symbolic links, so a linked results file stays a link.
 */
public final class CsvBatchResults implements BatchResults {
    static final List<String> HEADER =
            List.of("row", "to", "status", "strategy", "message_id", "document_id", "task_id", "detail");

    private final BooleanSupplier excel;

    /**
     * @param excel whether to write every results file as Excel writes CSV, whatever the list's layout; asked when a
     *     file is created, so that a setting is read only by a run that writes results
     */
    public CsvBatchResults(BooleanSupplier excel) {
        this.excel = excel;
    }

    @Override
    public Log create(Path file, CsvLayout listLayout) {
        CsvLayout layout = excel.getAsBoolean() ? CsvLayout.EXCEL : listLayout;
        FileChannel channel;
        try {
            // Locked before it is emptied: a second run of the same batch must not truncate or interleave the rows
            // of the first (the lock goes with the channel, at close or at the process's end).
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new BatchResultsException(file + ": cannot write the file: " + FileProblem.reason(file, e), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                closeQuietly(channel);
                throw new BatchResultsException(inUse(file), null);
            }
            channel.truncate(0);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new BatchResultsException(file + ": cannot write the file: " + FileProblem.reason(file, e), e);
        }
        FileLog log = new FileLog(file, channel, layout);
        try {
            log.append(HEADER.stream());
        } catch (BatchResultsException e) {
            closeQuietly(channel);
            throw new BatchResultsException(
                    file + ": cannot write the file: " + FileProblem.reason(file, e.getCause()), e);
        }
        return log;
    }

    private static String inUse(Path file) {
        return file + ": another so-connector run is writing these results (the same batch?); nothing was sent: wait"
                + " for it to finish, or give this run its own --results file";
    }

    /** The header could not be written: the file is given up, its channel must not stay open. */
    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written that closing could lose.
        }
    }

    private static final class FileLog implements Log {
        private final Path file;
        private final FileChannel channel;
        private final CSVFormat format;
        private final String lineSeparator;
        private boolean byteOrderMarkDue;

        FileLog(Path file, FileChannel channel, CsvLayout layout) {
            this.file = file;
            this.channel = channel;
            this.format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                    .setDelimiter(layout.delimiter())
                    .setRecordSeparator(layout.lineSeparator())
                    .get();
            this.lineSeparator = layout.lineSeparator();
            this.byteOrderMarkDue = layout.byteOrderMark();
        }

        @Override
        public void append(BatchRowResult row) {
            append(Stream.of(
                    Integer.toString(row.row()),
                    row.to(),
                    row.status(),
                    row.strategy(),
                    row.messageId(),
                    row.documentId(),
                    row.taskId(),
                    row.detail()));
        }

        private void append(Stream<String> values) {
            Object[] cells = values.map(FormulaGuard::neutralise).toArray();
            String text = (byteOrderMarkDue ? String.valueOf(CsvInput.BOM) : "") + format.format(cells) + lineSeparator;
            byte[] line = text.getBytes(StandardCharsets.UTF_8);
            byteOrderMarkDue = false;
            try {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            } catch (IOException e) {
                throw new BatchResultsException(
                        "--results " + file + ": cannot write the row (" + FileProblem.reason(file, e) + "); every mail"
                                + " sent is in the journal, so running the batch again once the file can be written"
                                + " sends none twice",
                        e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new BatchResultsException(
                        "--results " + file + ": cannot close the file (" + FileProblem.reason(file, e) + ")", e);
            }
        }
    }
}
