package com.roboplanet.soconnector.domain.port.out;

import java.nio.file.Path;

/** The text files a mail is made of (a body, an HTML body, a template), as the user named them. */
@FunctionalInterface
public interface TextFiles {

    /**
     * @param label how the user named the file, for messages ({@code --body-file})
     * @return the text without a byte-order mark
     * @throws IllegalArgumentException naming the label and file when it is missing, unreadable, not in the expected
     *     encoding or blank
     */
    String read(Path file, String label);
}
