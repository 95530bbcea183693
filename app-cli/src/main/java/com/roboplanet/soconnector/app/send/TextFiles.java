package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.UserInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the text files a mail is made of: UTF-8 strictly (a wrong encoding would garble every umlaut), BOM dropped. */
final class TextFiles {
    private TextFiles() {}

    /**
     * @param option the option that named the file, for the message
     * @throws UserInputException naming the option and file when it is missing, unreadable, not UTF-8 or blank
     */
    static String read(Path file, String option) {
        String text = decode(file, option);
        if (text.isBlank()) {
            throw new UserInputException(option + " " + file + ": the file is empty");
        }
        return text;
    }

    private static String decode(Path file, String option) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new UserInputException(option + " " + file + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new UserInputException(option + " " + file + ": cannot read the file (access denied)", e);
        } catch (CharacterCodingException e) {
            throw new UserInputException(option + " " + file + ": not valid UTF-8 text (save it as UTF-8)", e);
        } catch (IOException e) {
            throw new UserInputException(option + " " + file + ": cannot read the file: " + e.getMessage(), e);
        }
    }
}
