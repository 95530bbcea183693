package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.RecipientList;
import com.roboplanet.soconnector.domain.port.out.RecipientLists;
import java.nio.file.Path;

/** Recipient lists as {@link CsvTableReader} reads them: header, rows, either delimiter, UTF-8 with or without BOM. */
public final class CsvRecipientLists implements RecipientLists {
    private final CsvTableReader reader = new CsvTableReader();

    /** @throws CsvFileException naming the file and line when the list cannot be read */
    @Override
    public RecipientList read(Path file) {
        CsvTable table = reader.read(file);
        return new RecipientList(
                table.file(),
                table.headers(),
                table.rows().stream()
                        .map(row -> new RecipientList.Row(row.number(), row.line(), row.values()))
                        .toList());
    }
}
