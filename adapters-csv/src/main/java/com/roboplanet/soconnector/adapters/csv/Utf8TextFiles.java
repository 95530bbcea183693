package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.out.FileProblem;
import com.roboplanet.soconnector.domain.port.out.TextFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text files a mail is made of: UTF-8 strictly (a wrong encoding would garble every umlaut), BOM dropped. */
public final class Utf8TextFiles implements TextFiles {

    /**
     * @throws IllegalArgumentException {@code <label> <file>: <reason>} when the file is missing, unreadable, not
     *     UTF-8 or blank
     */
    @Override
    public String read(Path file, String label) {
        String text = decode(file, label);
        if (text.isBlank()) {
            throw new IllegalArgumentException(label + " " + file + ": the file is empty");
        }
        return text;
    }

    private static String decode(Path file, String label) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(label + " " + file + ": not valid UTF-8 text (save it as UTF-8)", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(label + " " + FileProblem.describe(file, e), e);
        }
    }
}
