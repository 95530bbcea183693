package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --explain} shows a sale's text with its line breaks and tabs written out, never raw: a heading with a line
 * break stays on its line in the record (step 1) and the heading (step 5). Every control character an export's cell
 * may hold (the others are refused when the file is read), in the heading and the customer's name. The rows at the end
 * are the report's own, in its format.
 */
class ExplainControlCharactersTest {
    @TempDir
    Path dir;

    static Stream<Arguments> controlCharacters() {
        return Stream.of(Arguments.of("\n", "\\n"), Arguments.of("\t", "\\t"), Arguments.of("\r\n", "\\r\\n"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("controlCharacters")
    void explain_headingAndNameWithAControlCharacter_showsItWrittenOut(String control, String shown)
            throws IOException {
        Files.writeString(
                dir.resolve("sales.csv"),
                "SaleId,Heading,CustomerId,CustomerName\n1,\"2x" + control + "Omnie\",501,\"Acme" + control
                        + "GmbH\"\n");

        CliRun run = CliRun.unattended(dir, "report", "--from", "sales.csv", "--explain", "1");

        assertThat(run.exitCode).as(run.toString()).isZero();
        // the steps; the rows after them are the report's own CSV, where a quoted cell keeps its line break
        String steps = run.out.substring(0, run.out.indexOf("SaleId,SaleDate"));
        assertThat(steps)
                .doesNotContain("\t")
                .doesNotContain("\r")
                .contains("   Heading: 2x" + shown + "Omnie\n")
                .contains("   CustomerName: Acme" + shown + "GmbH\n")
                .contains("2. Customer: Acme" + shown + "GmbH (501)")
                .contains("\"2x" + shown + "Omnie\"");
        // the only raw line breaks are the printer's own: no line of the output starts inside the sale's text
        assertThat(steps.lines()).noneMatch(line -> line.startsWith("Omnie") || line.startsWith("GmbH"));
    }
}
