package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.adapters.csv.FormulaGuard;
import com.roboplanet.soconnector.app.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The per-row result file of a batch. Each row is appended and forced to disk before the next mail is sent, so a run
 * that dies leaves a file that is correct up to the last mail it handled; the journal, not this file, is what keeps
 * the next run from sending twice.
 */
final class BatchResults implements AutoCloseable {
    static final List<String> HEADER =
            List.of("row", "to", "status", "strategy", "message_id", "document_id", "task_id", "detail");
    private static final CSVFormat FORMAT =
            CSVFormat.Builder.create(CSVFormat.DEFAULT).setRecordSeparator("\n").get();

    private final Path file;
    private final FileChannel channel;

    private BatchResults(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Replaces the file with one holding the header. */
    static BatchResults create(Path file) {
        try {
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            BatchResults results = new BatchResults(file, channel);
            results.append(HEADER);
            return results;
        } catch (IOException e) {
            throw new UserInputException("--results " + file + ": cannot write the file: " + e.getMessage(), e);
        }
    }

    /** One row in {@link #HEADER}'s order; on disk when this returns. */
    void append(List<String> values) {
        // Names and addresses come from the CSV and the CRM; the file is opened in spreadsheets.
        Object[] cells = values.stream().map(FormulaGuard::neutralise).toArray();
        byte[] line = (FORMAT.format(cells) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the results file " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the results file " + file, e);
        }
    }
}
