package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A quote that never closes, or text after a closing quote, is named in one line with the line it is on, in a person's
 * words rather than the parser's. Generated: each on the header and the rows of an export, before and after a line
 * break inside quotes, in both delimiters and line ends, and the same in a catalogue.
 */
class QuotingErrorsTest {
    @TempDir
    Path dir;

    private static final String NEVER_CLOSES = ": a quote that never closes: the field opened with \" on this line runs"
            + " to the end of the file; close it, or write a quote inside a field twice (\"\")";
    private static final String AFTER_QUOTE =
            ": text after a closing quote: a quoted field ends at the delimiter; write a quote inside a field twice"
                    + " (\"\")";

    /**
     * An export whose second row holds a line break inside quotes, with one field broken: a quote opened that never
     * closes (after the quoted row: to the end of the file; before it: closed by that row's quote, so the text after
     * it is what the parser sees) or text after a closing quote.
     */
    static Stream<Arguments> brokenExports() {
        List<Arguments> cases = new ArrayList<>();
        for (String end : List.of("\n", "\r\n")) {
            for (char d : List.of(',', ';')) {
                String header = "SaleId" + d + "Heading" + d + "CustomerId";
                String quoted = "1" + d + "\"Bella" + end + "Bot\"" + d + "7";
                String row = "2" + d + "Omnie" + d + "8";
                String last = "3" + d + "KettyBot" + d + "9";
                cases.add(exportOf(end, NEVER_CLOSES, 4, header, quoted, row.replace("Omnie", "\"Omnie"), last));
                cases.add(exportOf(end, NEVER_CLOSES, 5, header, quoted, row, last.replace("Ketty", "\"Ketty")));
                cases.add(exportOf(end, AFTER_QUOTE, 1, header.replace("Heading", "\"Head\"ing"), quoted, row, last));
                cases.add(exportOf(end, AFTER_QUOTE, 4, header, quoted, row.replace("Omnie", "\"Om\"nie"), last));
                cases.add(exportOf(end, AFTER_QUOTE, 5, header, quoted, row, last.replace("Ketty", "\"Ketty\" ")));
                cases.add(exportOf(
                        end,
                        AFTER_QUOTE + "; the quoted field opened on line 1, where a quote may never close",
                        2,
                        header.replace("Heading", "\"Heading"),
                        quoted,
                        row,
                        last));
            }
        }
        return cases.stream();
    }

    private static Arguments exportOf(String end, String reason, int line, String... lines) {
        return Arguments.of(String.join(end, lines) + end, line, reason);
    }

    @ParameterizedTest
    @MethodSource("brokenExports")
    void read_brokenQuoting_namesTheLineInWords(String content, int line, String reason) throws IOException {
        Path file = Files.writeString(dir.resolve("sales.csv"), content, StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(
                () -> new ExportSaleSource(ExportFile.of(file)).read(new SaleQuery(0, null, null, true), sale -> {}));

        assertThat(thrown).hasMessage(file + ":" + line + reason);
    }

    @ParameterizedTest
    @MethodSource("brokenExports")
    void readCatalogue_brokenQuoting_namesTheLineInWords(String content, int line, String reason) throws IOException {
        Path file = Files.writeString(
                dir.resolve("products.csv"),
                content.replace("SaleId", "code").replace("Heading", "name").replace("CustomerId", "aliases"),
                StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> new CsvCatalogReader().read(file));

        assertThat(thrown).hasMessage(file + ":" + line + reason);
    }
}
