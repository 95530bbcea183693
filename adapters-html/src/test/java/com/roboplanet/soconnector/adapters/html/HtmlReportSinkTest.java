package com.roboplanet.soconnector.adapters.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.in.ReportDiagnosis;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportSinkTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T13:05:00Z"), ZoneId.of("Europe/Berlin"));

    /** Text as anyone at the customer's end can type it into the CRM, aimed at every context of the page. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' onmouseover='alert(1)' x='",
            "</style><script>alert(2)</script>",
            "]]><script>alert(3)</script><![CDATA[",
            "<svg onload=alert(4)>",
            "</title></text></svg><iframe src=//evil.example>",
            "javascript:alert(5)",
            "Müller & Söhne &amp; &#x3C;b&#x3E;",
            "Bell\u0007Bot \u0000\u001b[31m\u0085 control",
            "lone \uD800 surrogate \uFFFF",
            "<a href=\"http://evil.example\">click</a>",
            "url(http://evil.example/x.png) @import 'http://evil.example/a.css';");

    @TempDir
    Path dir;

    @Test
    void finish_generatedRuns_pageLoadsNothingFromAnywhere() throws IOException {
        Random random = new Random(1);
        for (int run = 0; run < 5; run++) {
            Run data = Run.generated(random, 50 + random.nextInt(300), true);
            Document page = render(data);

            assertThat(page.select("script, link, iframe, frame, object, embed, img, image, use, foreignObject, base,"
                            + " form, audio, video, source, track, picture, portal, meta[http-equiv=refresh]"))
                    .isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertThat(name)
                            .as("attribute of <%s>", element.tagName())
                            .doesNotStartWith("on")
                            .isNotIn(
                                    "src",
                                    "href",
                                    "xlink:href",
                                    "action",
                                    "formaction",
                                    "srcset",
                                    "poster",
                                    "background",
                                    "ping",
                                    "data",
                                    "manifest",
                                    "codebase",
                                    "cite",
                                    "longdesc");
                }
                String style = element.attr("style").toLowerCase(Locale.ROOT);
                assertThat(style).doesNotContain("url(", "@import", "expression(");
            }
            String css = page.select("style").html().toLowerCase(Locale.ROOT);
            assertThat(css).doesNotContain("url(", "@import", "@font-face");
            assertThat(page.select("style")).hasSize(1);
            assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]")
                            .attr("content"))
                    .startsWith("default-src 'none';");
        }
    }

    @Test
    void finish_generatedRuns_everyNumberInTheChartsIsAReportTotal() throws IOException {
        Random random = new Random(2);
        for (int run = 0; run < 8; run++) {
            Run data = Run.generated(random, 20 + random.nextInt(500), false);
            Sums sums = Sums.of(data.rows);
            Document page = render(data);

            List<Element> bars = page.select("section.top-products g.bar");
            assertThat(bars).isNotEmpty();
            long previous = Long.MAX_VALUE;
            for (Element bar : bars) {
                long quantity = Long.parseLong(bar.attr("data-quantity"));
                assertThat(quantity).isEqualTo(sums.byProduct.get(bar.attr("data-product")));
                assertThat(bar.selectFirst("text.value").text()).isEqualTo(format(quantity));
                assertThat(quantity).isLessThanOrEqualTo(previous);
                previous = quantity;
            }
            Element more = page.selectFirst("section.top-products p.more");
            long shownSum = bars.stream()
                    .mapToLong(b -> Long.parseLong(b.attr("data-quantity")))
                    .sum();
            long rest = more == null ? 0 : Long.parseLong(more.attr("data-quantity"));
            assertThat(shownSum + rest).isEqualTo(sums.total);

            Map<String, Long> chartByProduct = new HashMap<>();
            long charted = 0;
            for (Element period : page.select("section.months g.period")) {
                long periodSum = 0;
                for (Element rect : period.select("rect")) {
                    long quantity = Long.parseLong(rect.attr("data-quantity"));
                    String product = rect.attr("data-product");
                    chartByProduct.merge(product, quantity, Long::sum);
                    if (!product.equals(Charts.OTHER)) {
                        assertThat(quantity)
                                .isEqualTo(sums.byPeriodProduct.get(period.attr("data-period") + "/" + product));
                    }
                    periodSum += quantity;
                }
                assertThat(Long.parseLong(period.attr("data-quantity")))
                        .isEqualTo(periodSum)
                        .isEqualTo(sums.byPeriod.getOrDefault(period.attr("data-period"), 0L));
                charted += periodSum;
            }
            long undated = sums.byPeriod.getOrDefault("", 0L);
            assertThat(charted + undated).isEqualTo(sums.total);
            Element undatedNote = page.selectFirst("section.months p[data-undated-quantity]");
            assertThat(undatedNote == null ? 0 : Long.parseLong(undatedNote.attr("data-undated-quantity")))
                    .isEqualTo(undated);
            for (Element legend : page.select("section.months ul.legend li")) {
                assertThat(Long.parseLong(legend.attr("data-quantity")))
                        .isEqualTo(chartByProduct.getOrDefault(legend.attr("data-product"), 0L));
            }

            ReportSummary s = data.summary;
            Map<String, Long> bySource = new HashMap<>();
            for (Element part : page.select("section.sources rect")) {
                bySource.put(part.attr("data-source"), Long.parseLong(part.attr("data-sales")));
            }
            assertThat(bySource.getOrDefault("quote-line", 0L)).isEqualTo(s.matchedByQuoteLine());
            assertThat(bySource.getOrDefault("udf", 0L)).isEqualTo(s.matchedByUdf());
            assertThat(bySource.getOrDefault("heading", 0L)).isEqualTo(s.matchedByHeading());
            assertThat(bySource.getOrDefault("unmatched", 0L)).isEqualTo(s.unmatched());
            assertThat(bySource.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(s.withCustomer());

            for (Element customer : page.select("section.customers tbody tr")) {
                long id = Long.parseLong(customer.attr("data-customer-id"));
                assertThat(Long.parseLong(customer.attr("data-quantity"))).isEqualTo(sums.byCustomer.get(id));
                assertThat(Long.parseLong(customer.attr("data-sales")))
                        .isEqualTo(sums.salesByCustomer.get(id).size());
            }
            assertThat(figure(page, "quantity")).isEqualTo(sums.total);
            assertThat(figure(page, "salesRead")).isEqualTo(s.salesRead());
            assertThat(figure(page, "matched")).isEqualTo(s.matched());
            assertThat(figure(page, "products")).isEqualTo(sums.byProduct.size());
            assertThat(figure(page, "customers")).isEqualTo(sums.byCustomer.size());
        }
    }

    @Test
    void finish_hostileCrmText_staysTextInEveryContext() throws IOException {
        Random random = new Random(3);
        Run data = Run.generated(random, 200, true);
        Path target = dir.resolve("hostile.html");
        write(target, data);
        String html = Files.readString(target, StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, iframe, img, a")).isEmpty();
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<iframe", "<img", "<![cdata[");
        assertThat(html.split("</style>", -1)).hasSize(2);
        assertThat(html).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

        Set<String> customersShown = new HashSet<>();
        for (Element row : page.select("section.customers tbody tr")) {
            customersShown.add(row.child(1).wholeText());
        }
        Set<String> expected = new HashSet<>();
        data.rows.forEach(r -> expected.add(Html.escape(r.customerName()).isEmpty() ? "" : visible(r.customerName())));
        assertThat(expected).containsAll(customersShown);
        assertThat(customersShown)
                .anyMatch(name ->
                        HOSTILE.stream().map(HtmlReportSinkTest::visible).anyMatch(name::equals));

        Set<String> products = new HashSet<>();
        page.select("section.top-products g.bar").forEach(bar -> products.add(bar.attr("data-product")));
        for (String product : products) {
            assertThat(data.rows.stream().map(r -> visible(r.productCode()))).contains(product);
        }
        for (Element example : page.select("section.words .example q")) {
            assertThat(data.rows.stream().map(r -> visible(r.saleHeading()))).contains(example.wholeText());
        }
        assertThat(page.selectFirst("header .query").wholeText())
                .isEqualTo(visible(data.summary.source().query()));
        assertThat(page.select("section.diagnosis li").eachText()).contains(visible(HOSTILE.get(3)));
    }

    @Test
    void finish_quantitiesToCheckAndReadAsOne_areListedWithTheirSalesAsTheCommandLineDoes() throws IOException {
        Document page = render(new Run(List.of(), summary(List.of(), 0, 0, "q")));

        assertThat(page.select("section.checks li[data-sale-id]").eachText())
                .containsExactly(
                        "Sale 7: P1 \u00d7 4,711 from " + visible(HOSTILE.get(1)) + " (no count marker)",
                        "Sale 9: P1 \u00d7 2,025 from P1 x 2025 (count marker)",
                        "Sale 8: P2 10000 x (outside 1..9999) in " + visible(HOSTILE.get(6)));
        assertThat(page.select("section.checks li:not([data-sale-id])").eachText())
                .containsExactly("\u2026 and 1 more");
        assertThat(page.select("section.notes li").eachText())
                .anyMatch(note -> note.contains(HOSTILE.get(7) + " (3 sales)"));
    }

    @Test
    void finish_anyRun_printsOnA4() throws IOException {
        Document page = render(Run.generated(new Random(4), 30, false));

        String css = page.select("style").html();
        assertThat(css).contains("@page { size: A4", "@media print");
        assertThat(page.select("svg.plot"))
                .allSatisfy(svg -> assertThat(svg.attr("viewBox")).startsWith("0 0 1000 "));
    }

    @Test
    void finish_beforePublish_leavesNothingVisibleAndCloseDiscardsIt() throws IOException {
        Path target = dir.resolve("page.html");
        Files.writeString(target, "previous");
        Run data = Run.generated(new Random(5), 10, false);

        try (ReportWriter writer = new HtmlReportSink(target, "1", CLOCK).open()) {
            data.rows.forEach(writer::write);
            writer.finish(data.summary, data.totals());
            assertThat(Files.readString(target)).isEqualTo("previous");
        }

        assertThat(Files.readString(target)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void open_missingDirectory_failsNamingThePage() {
        Path target = dir.resolve("nowhere/page.html");

        assertThatThrownBy(() -> new HtmlReportSink(target, "1", CLOCK).open())
                .isInstanceOf(ReportSinkException.class)
                .hasMessage("cannot write HTML page " + target + ": directory " + dir.resolve("nowhere")
                        + " does not exist");
    }

    @Test
    void finish_emptyRun_saysSoInsteadOfDrawing() throws IOException {
        Run data = new Run(List.of(), summary(List.of(), 3, 3, "q"));

        Document page = render(data);

        assertThat(page.select("p.empty")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.select("g.bar, g.period")).isEmpty();
    }

    private Document render(Run data) throws IOException {
        Path target = dir.resolve("page.html");
        write(target, data);
        return Jsoup.parse(target.toFile(), "UTF-8");
    }

    private static void write(Path target, Run data) {
        try (ReportWriter writer = new HtmlReportSink(target, "1.2.3", CLOCK).open()) {
            data.rows.forEach(writer::write);
            writer.complete(data.summary, data.totals());
        }
    }

    private static long figure(Document page, String key) {
        return Long.parseLong(
                page.selectFirst(".figure[data-figure=" + key + "]").attr("data-value"));
    }

    private static String format(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** The text as the page shows it: what {@link Html#escape} keeps, read back. */
    private static String visible(String text) {
        return Jsoup.parse("<p>" + Html.escape(text) + "</p>").selectFirst("p").wholeText();
    }

    /** One run: its rows and a summary that agrees with them. */
    private record Run(List<ReportRow> rows, ReportSummary summary) {
        ReportTotals totals() {
            List<ReportTotals.UnmatchedWord> words = new ArrayList<>();
            for (ReportRow row : rows) {
                if (!row.matched() && words.size() < 5) {
                    words.add(new ReportTotals.UnmatchedWord(
                            "word" + words.size(),
                            3,
                            List.of(new ReportTotals.SaleExample(
                                    row.saleId(), row.customerName(), row.saleHeading()))));
                }
            }
            return ReportTotals.of(rows, words);
        }

        static Run generated(Random random, int sales, boolean hostile) {
            List<ReportRow> rows = new ArrayList<>();
            MatchSource[] sources = MatchSource.values();
            for (int sale = 1; sale <= sales; sale++) {
                long customer = 1 + random.nextInt(30);
                String name = hostile && customer % 3 == 0
                        ? HOSTILE.get((int) (customer / 3) % HOSTILE.size())
                        : "Customer " + customer;
                String heading = hostile && random.nextInt(3) == 0
                        ? HOSTILE.get(random.nextInt(HOSTILE.size()))
                        : "Heading " + sale;
                LocalDate date = random.nextInt(12) == 0
                        ? null
                        : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(random.nextBoolean() ? 400 : 1500));
                if (random.nextInt(6) == 0) {
                    rows.add(new ReportRow(sale, date, customer, name, "Rep", heading, "", "", 0, "", null, null));
                    continue;
                }
                int products = 1 + random.nextInt(3);
                Set<String> codes = new HashSet<>();
                MatchSource source = sources[random.nextInt(sources.length)];
                for (int p = 0; p < products; p++) {
                    int n = random.nextInt(16);
                    String code = hostile && n < HOSTILE.size() && n % 4 == 0 ? HOSTILE.get(n) : "P" + n;
                    if (codes.add(code)) {
                        rows.add(new ReportRow(
                                sale,
                                date,
                                customer,
                                name,
                                "Rep",
                                heading,
                                code,
                                hostile ? HOSTILE.get(n % HOSTILE.size()) : "Product " + n,
                                1 + random.nextInt(40),
                                code,
                                source,
                                quantitySource(source)));
                    }
                }
            }
            return new Run(
                    rows,
                    HtmlReportSinkTest.summary(
                            rows, 0, 0, hostile ? HOSTILE.get(0) + " " + HOSTILE.get(2) : "GET v1/Sale"));
        }
    }

    /** A summary that counts these rows' sales as a run would. */
    static ReportSummary summary(List<ReportRow> rows, long withoutCustomer, long emptyHeading, String query) {
        Map<MatchSource, Long> bySource = new EnumMap<>(MatchSource.class);
        Set<Long> seen = new HashSet<>();
        long unmatched = 0;
        for (ReportRow row : rows) {
            if (seen.add(row.saleId())) {
                if (row.matched()) {
                    bySource.merge(row.source(), 1L, Long::sum);
                } else {
                    unmatched++;
                }
            }
        }
        long matched = bySource.values().stream().mapToLong(Long::longValue).sum();
        ReportSummary summary = new ReportSummary(
                matched + unmatched + withoutCustomer + emptyHeading,
                withoutCustomer,
                emptyHeading,
                bySource.getOrDefault(MatchSource.QUOTE_LINE, 0L),
                bySource.getOrDefault(MatchSource.UDF, 0L),
                bySource.getOrDefault(MatchSource.HEADING, 0L),
                unmatched,
                rows.size(),
                2,
                List.of(new ReportSummary.IgnoredQuantity(8, "P2", "10000 x", "outside 1..9999", HOSTILE.get(6))),
                Map.of(QuantitySource.MARKER, (long) rows.size()),
                List.of(
                        new ReportSummary.QuantityCheck(7, "P1", 4711, HOSTILE.get(1), QuantitySource.BARE_NUMBER),
                        new ReportSummary.QuantityCheck(9, "P1", 2025, "P1 x 2025", QuantitySource.MARKER)),
                2,
                List.of(),
                List.of(),
                List.of(new ReportSummary.CodeCount(HOSTILE.get(7), 3)),
                new SaleSourceReport(query, 3, true, List.of("a note " + HOSTILE.get(4))));
        return summary.withDiagnosis(new ReportDiagnosis(
                ReportDiagnosis.Stage.KEYWORDS_MISSING,
                "Few sales matched " + HOSTILE.get(5),
                List.of(HOSTILE.get(3))));
    }

    private static QuantitySource quantitySource(MatchSource source) {
        return switch (source) {
            case QUOTE_LINE -> QuantitySource.QUOTE_LINE;
            case UDF -> QuantitySource.UDF;
            case HEADING -> QuantitySource.MARKER;
        };
    }

    /** The report's figures, added up from its rows as a person would from the CSV. */
    private static final class Sums {
        final Map<String, Long> byProduct = new HashMap<>();
        final Map<Long, Long> byCustomer = new HashMap<>();
        final Map<Long, Set<Long>> salesByCustomer = new HashMap<>();
        final Map<String, Long> byPeriod = new HashMap<>();
        final Map<String, Long> byPeriodProduct = new HashMap<>();
        long total;

        static Sums of(List<ReportRow> rows) {
            Sums sums = new Sums();
            boolean byYear = spanInMonths(rows) > ReportPage.MAX_MONTHS;
            for (ReportRow row : rows) {
                if (!row.matched()) {
                    continue;
                }
                sums.byProduct.merge(row.productCode(), (long) row.quantity(), Long::sum);
                sums.byCustomer.merge(row.customerId(), (long) row.quantity(), Long::sum);
                sums.salesByCustomer
                        .computeIfAbsent(row.customerId(), c -> new HashSet<>())
                        .add(row.saleId());
                String period = row.saleDate() == null
                        ? ""
                        : byYear
                                ? Integer.toString(row.saleDate().getYear())
                                : YearMonth.from(row.saleDate()).toString();
                sums.byPeriod.merge(period, (long) row.quantity(), Long::sum);
                sums.byPeriodProduct.merge(period + "/" + row.productCode(), (long) row.quantity(), Long::sum);
                sums.total += row.quantity();
            }
            return sums;
        }

        private static long spanInMonths(List<ReportRow> rows) {
            List<YearMonth> months = rows.stream()
                    .filter(r -> r.matched() && r.saleDate() != null)
                    .map(r -> YearMonth.from(r.saleDate()))
                    .sorted()
                    .toList();
            return months.isEmpty()
                    ? 0
                    : months.get(0).until(months.get(months.size() - 1), java.time.temporal.ChronoUnit.MONTHS) + 1;
        }
    }
}
