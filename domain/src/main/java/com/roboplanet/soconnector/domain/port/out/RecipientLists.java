package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.RecipientList;
import java.nio.file.Path;

/** Recipient lists people keep in a spreadsheet: a header line, then one recipient per row. */
@FunctionalInterface
public interface RecipientLists {

    /**
     * @param reading the encoding and sheet the user named, if any
     * @throws IllegalArgumentException naming the file and line when the list cannot be read
     */
    RecipientList read(Path file, TableReading reading);
}
