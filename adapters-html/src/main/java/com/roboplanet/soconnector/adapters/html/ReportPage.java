package com.roboplanet.soconnector.adapters.html;

import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.CustomerRow;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.MonthRow;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.ProductTotal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report page: the summary and diagnosis, then the charts and tables, drawn from one run's {@link ReportSummary}
 * and {@link ReportTotals}. Every figure on it is one of theirs; the chart elements carry their figure in {@code data-}
 * attributes ({@code data-quantity}, {@code data-sales}) so that a test or a script can read them exactly.
 */
final class ReportPage {
    static final int TOP_PRODUCTS = 12;
    static final int MONTH_SERIES = 6;
    static final int TOP_CUSTOMERS = 12;
    /** Periods on the time axis before months become years. */
    static final int MAX_MONTHS = 36;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ReportPage() {}

    static CharSequence render(
            ReportSummary summary,
            ReportTotals totals,
            String toolVersion,
            ZonedDateTime started,
            ZonedDateTime finished) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        // Belt and braces: the page references nothing, and the browser is told to load nothing even if it did.
        h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " img-src data:; base-uri 'none'; form-action 'none'\">\n");
        h.raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.element("title", "Product report " + WHEN.format(started));
        h.raw("\n<style>\n").raw(Style.CSS).raw("</style>\n</head>\n<body>\n<main>\n");
        header(h, summary, toolVersion, started, finished);
        figures(h, summary, totals);
        problems(h, summary);
        Charts.topProducts(h, totals, TOP_PRODUCTS);
        Charts.months(h, totals, MONTH_SERIES, MAX_MONTHS);
        Charts.sources(h, summary);
        topCustomers(h, totals);
        unmatchedWords(h, totals);
        quantitiesToCheck(h, summary);
        notes(h, summary, totals);
        h.raw("<footer>");
        h.text("so-connector " + toolVersion + " wrote this page on " + WHEN.format(finished) + " ("
                + finished.getZone() + "). It loads nothing from the network and prints on A4.");
        h.raw("</footer>\n</main>\n</body>\n</html>\n");
        return h.page();
    }

    private static void header(
            Html h, ReportSummary s, String toolVersion, ZonedDateTime started, ZonedDateTime finished) {
        h.raw("<header>\n");
        h.element("h1", "Product report");
        h.open("p", "class", "meta");
        h.text("Sales from ").element("span", s.source().query(), "class", "query");
        h.raw("<br>");
        h.text("Run " + WHEN.format(started) + " to " + WHEN.format(finished) + " (" + started.getZone()
                + ") \u00b7 so-connector " + toolVersion);
        h.close("p").raw("\n</header>\n");
    }

    private static void figures(Html h, ReportSummary s, ReportTotals t) {
        h.raw("<section class=\"figures\">\n");
        figure(h, "Sales read", s.salesRead(), "salesRead", null);
        figure(h, "With a customer", s.withCustomer(), "withCustomer", null);
        figure(h, "Matched", s.matched(), "matched", share(s.matched(), s.considered()) + " of those with a heading");
        figure(h, "Unmatched", s.unmatched(), "unmatched", null);
        figure(h, "Report rows", s.rowsWritten(), "rowsWritten", null);
        figure(h, "Total quantity", t.quantity(), "quantity", null);
        figure(h, "Products", t.products().size(), "products", null);
        figure(h, "Customers", t.customerCount(), "customers", null);
        h.raw("</section>\n");
    }

    private static void figure(Html h, String label, long value, String key, String note) {
        h.open("div", "class", "figure", "data-figure", key, "data-value", Long.toString(value));
        h.element("div", Charts.number(value), "class", "value");
        h.element("div", label, "class", "label");
        if (note != null) {
            h.element("div", note, "class", "note");
        }
        h.raw("</div>\n");
    }

    /** An incomplete read and the diagnosis come first: they change how every figure below is read. */
    private static void problems(Html h, ReportSummary s) {
        for (String refused : s.source().refusedSources()) {
            h.open("section", "class", "warning");
            h.element("h2", "Incomplete report");
            h.element("p", "SuperOffice refused " + refused);
            h.raw("</section>\n");
        }
        s.diagnosisIfAny().ifPresent(d -> {
            h.open("section", "class", "diagnosis", "data-stage", d.stage().name());
            h.element(
                    "h2",
                    "Diagnosis: " + d.stage().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            h.element("p", d.headline());
            if (!d.evidence().isEmpty()) {
                h.raw("<ul>");
                d.evidence().forEach(line -> h.element("li", line));
                h.raw("</ul>");
            }
            h.raw("</section>\n");
        });
    }

    private static void topCustomers(Html h, ReportTotals t) {
        List<CustomerRow> top = t.topCustomers(TOP_CUSTOMERS);
        h.raw("<section class=\"customers\">\n");
        h.element("h2", "Top customers by quantity");
        if (top.isEmpty()) {
            h.element("p", "No customer has a product in this report.", "class", "empty");
            h.raw("</section>\n");
            return;
        }
        long largest = top.get(0).quantity();
        h.raw(
                "<table><thead><tr><th class=\"num\">#</th><th>Customer</th><th class=\"num\">ID</th>"
                        + "<th class=\"num\">Sales</th><th class=\"num\">Quantity</th><th>Main products</th></tr></thead><tbody>\n");
        int rank = 0;
        for (CustomerRow customer : top) {
            rank++;
            h.open(
                    "tr",
                    "data-customer-id",
                    Long.toString(customer.customerId()),
                    "data-quantity",
                    Long.toString(customer.quantity()),
                    "data-sales",
                    Long.toString(customer.sales()));
            h.element("td", Integer.toString(rank), "class", "num");
            h.element("td", customer.name());
            h.element("td", Long.toString(customer.customerId()), "class", "num");
            h.element("td", Charts.number(customer.sales()), "class", "num");
            h.raw("<td class=\"num\"><span class=\"inline-bar\" style=\"width:")
                    .raw(Charts.decimal(largest == 0 ? 0 : 100.0 * customer.quantity() / largest))
                    .raw("%\"></span>")
                    .text(Charts.number(customer.quantity()))
                    .raw("</td>");
            h.element("td", mainProducts(customer, t));
            h.raw("</tr>\n");
        }
        h.raw("</tbody></table>\n");
        if (t.customerCount() > top.size()) {
            h.element(
                    "p",
                    (t.customerCount() - top.size()) + " more customers on sheet \"By customer\" of the workbook"
                            + " (report --format xlsx).",
                    "class",
                    "more");
        }
        h.raw("</section>\n");
    }

    /** The customer's three largest products, "Omnie 12, BellaBot 3". */
    private static String mainProducts(CustomerRow customer, ReportTotals t) {
        List<int[]> order = new ArrayList<>();
        for (int i = 0; i < customer.products().length; i++) {
            order.add(new int[] {i});
        }
        order.sort((a, b) -> Long.compare(customer.quantities()[b[0]], customer.quantities()[a[0]]));
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < Math.min(3, order.size()); k++) {
            int i = order.get(k)[0];
            ProductTotal product = t.products().get(customer.products()[i]);
            text.append(k == 0 ? "" : ", ")
                    .append(Charts.ellipsis(product.name().isEmpty() ? product.code() : product.name(), 26))
                    .append(' ')
                    .append(Charts.number(customer.quantities()[i]));
        }
        if (order.size() > 3) {
            text.append(", \u2026");
        }
        return text.toString();
    }

    private static void unmatchedWords(Html h, ReportTotals t) {
        h.raw("<section class=\"words\">\n");
        h.element("h2", "Most frequent words in unmatched headings");
        if (t.unmatchedWords().isEmpty()) {
            h.element("p", "Every heading matched a product, or none was unmatched.", "class", "empty");
            h.raw("</section>\n");
            return;
        }
        h.element(
                "p",
                "Words the catalogue does not know yet, with the first sales they appear in; \u201cso-connector"
                        + " suggest-keywords\u201d proposes catalogue entries from them.",
                "class",
                "explain");
        h.raw(
                "<table><thead><tr><th>Word</th><th class=\"num\">Headings</th><th>Example sales</th></tr></thead><tbody>\n");
        for (ReportTotals.UnmatchedWord word : t.unmatchedWords()) {
            h.open("tr", "data-word", word.word(), "data-count", Long.toString(word.count()));
            h.element("td", word.word(), "class", "word");
            h.element("td", Charts.number(word.count()), "class", "num");
            h.raw("<td>");
            for (ReportTotals.SaleExample example : word.examples()) {
                h.open("div", "class", "example", "data-sale-id", Long.toString(example.saleId()));
                h.element("span", "Sale " + example.saleId(), "class", "sale");
                if (!example.customerName().isEmpty()) {
                    h.text(" \u00b7 ").element("span", example.customerName(), "class", "customer");
                }
                h.text(" \u00b7 ").element("q", example.heading());
                h.raw("</div>");
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody></table>\n</section>\n");
    }

    /** The quantities the command line lists with their sales: read as 1 (out of range), and large ones. */
    private static void quantitiesToCheck(Html h, ReportSummary s) {
        if (s.quantitiesToCheckTotal() == 0 && s.quantitiesIgnored() == 0) {
            return;
        }
        h.raw("<section class=\"checks\">\n");
        h.element("h2", "Quantities to check");
        if (s.quantitiesToCheckTotal() > 0) {
            h.element(
                    "p",
                    "Above " + ReportSummary.CHECK_ABOVE
                            + ": without a count marker (\u201c4711 BellaBot\u201d) maybe a"
                            + " project or order number, with one (\u201cBellaBot x 2025\u201d) maybe a slip.",
                    "class",
                    "explain");
            h.raw("<ul>");
            for (ReportSummary.QuantityCheck check : s.quantitiesToCheck()) {
                h.open("li", "data-sale-id", Long.toString(check.saleId()));
                h.text("Sale " + check.saleId() + ": " + check.productCode() + " \u00d7 "
                        + Charts.number(check.quantity()) + " from ");
                h.element("q", check.heading());
                h.text(check.quantitySource() == QuantitySource.MARKER ? " (count marker)" : " (no count marker)");
                h.raw("</li>");
            }
            more(h, s.quantitiesToCheckTotal(), s.quantitiesToCheck().size());
            h.raw("</ul>\n");
        }
        if (s.quantitiesIgnored() > 0) {
            h.element(
                    "p",
                    "Written but not read, counted as 1: " + Charts.number(s.quantitiesIgnored()) + ".",
                    "class",
                    "explain");
            h.raw("<ul>");
            for (ReportSummary.IgnoredQuantity ignored : s.quantitiesIgnoredListed()) {
                h.open("li", "data-sale-id", Long.toString(ignored.saleId()));
                h.text("Sale " + ignored.saleId() + ": " + ignored.productCode() + " ");
                h.element("q", ignored.written());
                h.text(" (" + ignored.why() + ") in ");
                h.element("q", ignored.heading());
                h.raw("</li>");
            }
            more(h, s.quantitiesIgnored(), s.quantitiesIgnoredListed().size());
            h.raw("</ul>\n");
        }
        h.raw("</section>\n");
    }

    private static void more(Html h, long total, int listed) {
        if (total > listed) {
            h.element("li", "\u2026 and " + (total - listed) + " more");
        }
    }

    private static void notes(Html h, ReportSummary s, ReportTotals t) {
        List<String> notes = new ArrayList<>(s.source().notes());
        notes.addAll(s.source().check().notes());
        if (s.skippedWithoutCustomer() > 0) {
            notes.add(Charts.number(s.skippedWithoutCustomer())
                    + " sales without a customer were skipped (they are in no figure but \u201cSales read\u201d).");
        }
        if (s.source().unreadable().any()) {
            notes.add("Unreadable cells: " + s.source().unreadable().cellsLeftEmpty() + " left empty, "
                    + s.source().unreadable().rowsSkipped() + " rows skipped.");
            notes.addAll(s.source().unreadable().examples());
        }
        if (!s.unknownCodes().isEmpty()) {
            notes.add("Codes the catalogue does not know, reported as the CRM has them (add them as aliases, or use"
                    + " --catalog-from-crm): "
                    + s.unknownCodes().stream()
                            .map(c -> c.code() + " (" + c.sales() + (c.sales() == 1 ? " sale)" : " sales)"))
                            .collect(java.util.stream.Collectors.joining(", "))
                    + ".");
        }
        if (t.foldedRows() > 0) {
            notes.add(t.foldedRows() + " rows are summed as \u201cother customers\u201d: the run had more than "
                    + ReportTotals.MAX_CUSTOMERS + " customers or " + ReportTotals.MAX_CUSTOMER_PRODUCTS
                    + " customer-product pairs. Totals are exact.");
        }
        if (notes.isEmpty()) {
            return;
        }
        h.raw("<section class=\"notes\">\n");
        h.element("h2", "Notes");
        h.raw("<ul>");
        notes.forEach(note -> h.element("li", note));
        h.raw("</ul>\n</section>\n");
    }

    static String share(long part, long whole) {
        return whole == 0 ? "0 %" : Charts.decimal(100.0 * part / whole) + " %";
    }

    /** Months shown for the run's months, or years when there are too many months to read. */
    static List<MonthRow> datedMonths(ReportTotals t) {
        return t.months().stream().filter(m -> m.month() != null).toList();
    }
}
