package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import com.roboplanet.soconnector.domain.port.out.BatchResults;
import com.roboplanet.soconnector.domain.port.out.BatchResultsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;

/**
 * The batch result file as CSV: UTF-8, comma, LF, header {@link #HEADER}. Each row is appended and forced to disk
 * ({@code FileChannel.force}) before {@link Log#append} returns; cells a spreadsheet would run as a formula are
 * neutralised, because names and addresses come from the CSV and the CRM and the file is opened in spreadsheets.
 */
public final class CsvBatchResults implements BatchResults {
    static final List<String> HEADER =
            List.of("row", "to", "status", "strategy", "message_id", "document_id", "task_id", "detail");
    private static final CSVFormat FORMAT =
            CSVFormat.Builder.create(CSVFormat.DEFAULT).setRecordSeparator("\n").get();

    @Override
    public Log create(Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new BatchResultsException(file + ": cannot write the file: " + e.getMessage(), e);
        }
        FileLog log = new FileLog(file, channel);
        try {
            log.append(HEADER.stream());
        } catch (BatchResultsException e) {
            closeQuietly(channel);
            throw new BatchResultsException(
                    file + ": cannot write the file: " + e.getCause().getMessage(), e);
        }
        return log;
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

        FileLog(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
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
            byte[] line = (FORMAT.format(cells) + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            } catch (IOException e) {
                throw new BatchResultsException(
                        "--results " + file + ": cannot write the row (" + e.getMessage() + "); every mail sent is in"
                                + " the journal, so running the batch again once the file can be written sends none"
                                + " twice",
                        e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new BatchResultsException(
                        "--results " + file + ": cannot close the file (" + e.getMessage() + ")", e);
            }
        }
    }
}
