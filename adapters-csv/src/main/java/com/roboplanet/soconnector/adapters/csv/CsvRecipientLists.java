package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.RecipientList;
import com.roboplanet.soconnector.domain.port.out.RecipientLists;
import com.roboplanet.soconnector.domain.port.out.TableReading;
import java.nio.file.Path;

/**
 * Recipient lists as {@link CsvTableReader} reads them: a header and rows, in any of Excel's CSV dialects and
 * encodings or an {@code .xlsx} sheet, with the encoding and sheet the user named; the list remembers its layout so
 * that the batch's results open like it.
 */
public final class CsvRecipientLists implements RecipientLists {
    private final CsvTableReader reader = new CsvTableReader();

    /**
     * @throws CsvFileException naming the file and line when the list cannot be read
     * @throws IllegalArgumentException naming the encoding when Java does not know it
     */
    @Override
    public RecipientList read(Path file, TableReading reading) {
        ExportFile export = ExportFile.of(file).withSheet(reading.sheet());
        if (reading.encoding() != null) {
            export = export.withEncoding(ExportFile.encodingNamed(reading.encoding()));
        }
        CsvTable table = reader.read(export);
        return new RecipientList(
                table.file(),
                table.headers(),
                table.rows().stream()
                        .map(row -> new RecipientList.Row(row.number(), row.line(), row.values()))
                        .toList(),
                table.layout());
    }
}
