package com.roboplanet.soconnector.adapters.html;

import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.MonthRow;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.ProductTotal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page's charts as inline SVG, drawn in a fixed coordinate space ({@code viewBox}) that the page scales to its
 * width. Every mark carries the figure it shows in a {@code data-} attribute; labels and tooltips ({@code <title>}) are
 * escaped like any text. Colours are the Okabe-Ito palette, which stays distinguishable for colour-blind readers and in
 * greyscale print.
 */
final class Charts {
    static final String[] SERIES = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"};
    static final String OTHER_COLOUR = "#9AA3AD";
    /** {@code data-product} of the stacked segment that sums the products outside the top ones. */
    static final String OTHER = "(other)";

    private static final int WIDTH = 1000;

    private Charts() {}

    /** Horizontal bars: the largest products by quantity, the rest summed in one line below. */
    static void topProducts(Html h, ReportTotals t, int top) {
        List<ProductTotal> products = t.products();
        h.raw("<section class=\"chart top-products\">\n");
        h.element("h2", "Top products by quantity");
        if (products.isEmpty()) {
            h.element("p", "No product was found in this run.", "class", "empty");
            h.raw("</section>\n");
            return;
        }
        int shown = Math.min(top, products.size());
        int rowHeight = 30;
        int labelWidth = 330;
        int barSpace = 560;
        int height = shown * rowHeight + 10;
        long largest = Math.max(1, products.get(0).quantity());
        svg(h, height, "Top products by quantity");
        for (int i = 0; i < shown; i++) {
            ProductTotal product = products.get(i);
            int y = 5 + i * rowHeight;
            double width = Math.max(1, (double) product.quantity() / largest * barSpace);
            h.open(
                    "g",
                    "class",
                    "bar",
                    "data-product",
                    product.code(),
                    "data-quantity",
                    Long.toString(product.quantity()));
            h.element("title", productName(product) + ": " + number(product.quantity()));
            h.element(
                    "text",
                    ellipsis(productName(product), 44),
                    "x",
                    Integer.toString(labelWidth - 10),
                    "y",
                    Integer.toString(y + 15),
                    "text-anchor",
                    "end",
                    "class",
                    "label");
            h.empty(
                    "rect",
                    "x",
                    Integer.toString(labelWidth),
                    "y",
                    Integer.toString(y),
                    "width",
                    decimal(width),
                    "height",
                    "20",
                    "rx",
                    "2",
                    "fill",
                    SERIES[0]);
            h.element(
                    "text",
                    number(product.quantity()),
                    "x",
                    decimal(labelWidth + width + 8),
                    "y",
                    Integer.toString(y + 15),
                    "class",
                    "value");
            h.raw("</g>\n");
        }
        h.raw("</svg>\n");
        if (products.size() > shown) {
            long rest = 0;
            for (ProductTotal product : products.subList(shown, products.size())) {
                rest += product.quantity();
            }
            h.open(
                    "p",
                    "class",
                    "more",
                    "data-other-products",
                    Integer.toString(products.size() - shown),
                    "data-quantity",
                    Long.toString(rest));
            h.text((products.size() - shown) + " more products with a quantity of " + number(rest)
                    + " in all (every product is on sheet \u201cBy product\u201d of the workbook).");
            h.raw("</p>\n");
        }
        h.raw("</section>\n");
    }

    /**
     * Stacked columns: the quantity per month of the largest products, the others summed in grey. Months run without
     * gaps from the first to the last with a quantity; past {@code maxMonths} of them, years instead.
     */
    static void months(Html h, ReportTotals t, int seriesCount, int maxMonths) {
        h.raw("<section class=\"chart months\">\n");
        h.element("h2", "Quantities per month");
        List<MonthRow> dated = ReportPage.datedMonths(t);
        MonthRow undated =
                t.months().stream().filter(m -> m.month() == null).findFirst().orElse(null);
        if (dated.isEmpty()) {
            h.element("p", "No row has a sale date.", "class", "empty");
            undated(h, undated);
            h.raw("</section>\n");
            return;
        }
        YearMonth first = dated.get(0).month();
        YearMonth last = dated.get(dated.size() - 1).month();
        long span = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        boolean byYear = span > maxMonths;
        int periods = byYear ? last.getYear() - first.getYear() + 1 : (int) span;
        int series = Math.min(seriesCount, t.products().size());
        long[][] values = new long[periods][series + 1];
        long[] periodTotals = new long[periods];
        for (MonthRow month : dated) {
            int period = byYear
                    ? month.month().getYear() - first.getYear()
                    : (int) first.until(month.month(), java.time.temporal.ChronoUnit.MONTHS);
            for (int i = 0; i < month.products().length; i++) {
                int product = month.products()[i];
                values[period][product < series ? product : series] += month.quantities()[i];
            }
            periodTotals[period] += month.quantity();
        }
        long largest = 0;
        for (long total : periodTotals) {
            largest = Math.max(largest, total);
        }
        long step = niceStep(largest / 4.0);
        long top = step * 4;

        int left = 64;
        int right = 12;
        int plotTop = 24;
        int plotHeight = 260;
        int height = plotTop + plotHeight + 40;
        double plotWidth = WIDTH - left - right;
        double band = plotWidth / periods;
        double barWidth = Math.min(56, band * 0.72);
        svg(h, height, "Quantities per " + (byYear ? "year" : "month") + " of the top products");
        for (int k = 0; k <= 4; k++) {
            double y = plotTop + plotHeight - (double) plotHeight * k / 4;
            h.empty(
                    "line",
                    "x1",
                    Integer.toString(left),
                    "x2",
                    Integer.toString(WIDTH - right),
                    "y1",
                    decimal(y),
                    "y2",
                    decimal(y),
                    "class",
                    k == 0 ? "axis" : "grid");
            h.element(
                    "text",
                    number(step * k),
                    "x",
                    Integer.toString(left - 8),
                    "y",
                    decimal(y + 4),
                    "text-anchor",
                    "end",
                    "class",
                    "tick");
        }
        int labelEvery = (int) Math.ceil(periods / 24.0);
        for (int p = 0; p < periods; p++) {
            String period = byYear
                    ? Integer.toString(first.getYear() + p)
                    : first.plusMonths(p).toString();
            double x = left + band * p + (band - barWidth) / 2;
            double y = plotTop + plotHeight;
            h.open("g", "class", "period", "data-period", period, "data-quantity", Long.toString(periodTotals[p]));
            for (int s = 0; s <= series; s++) {
                long value = values[p][s];
                if (value == 0) {
                    continue;
                }
                double segment = (double) value / top * plotHeight;
                y -= segment;
                String product = s < series ? t.products().get(s).code() : OTHER;
                String name = s < series ? productName(t.products().get(s)) : "Other products";
                h.open(
                        "rect",
                        "x",
                        decimal(x),
                        "y",
                        decimal(y),
                        "width",
                        decimal(barWidth),
                        "height",
                        decimal(segment),
                        "fill",
                        s < series ? SERIES[s] : OTHER_COLOUR,
                        "data-product",
                        product,
                        "data-quantity",
                        Long.toString(value));
                h.element("title", periodLabel(period, byYear) + ", " + name + ": " + number(value));
                h.close("rect");
            }
            if (periods <= 24 && periodTotals[p] > 0) {
                h.element(
                        "text",
                        number(periodTotals[p]),
                        "x",
                        decimal(x + barWidth / 2),
                        "y",
                        decimal(y - 5),
                        "text-anchor",
                        "middle",
                        "class",
                        "total");
            }
            if (p % labelEvery == 0) {
                double centre = left + band * p + band / 2;
                int below = plotTop + plotHeight + 18;
                // Months as "Mar", with the year under the first label and under every January: short enough for 36.
                YearMonth month = byYear ? null : first.plusMonths(p);
                h.element(
                        "text",
                        byYear ? period : month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                        "x",
                        decimal(centre),
                        "y",
                        Integer.toString(below),
                        "text-anchor",
                        "middle",
                        "class",
                        "tick");
                if (!byYear && (p < labelEvery || month.getMonthValue() <= labelEvery)) {
                    h.element(
                            "text",
                            Integer.toString(month.getYear()),
                            "x",
                            decimal(centre),
                            "y",
                            Integer.toString(below + 15),
                            "text-anchor",
                            "middle",
                            "class",
                            "tick year");
                }
            }
            h.raw("</g>\n");
        }
        h.raw("</svg>\n");
        h.raw("<ul class=\"legend\">");
        for (int s = 0; s <= series; s++) {
            long sum = 0;
            for (long[] period : values) {
                sum += period[s];
            }
            if (s < series) {
                legend(
                        h,
                        SERIES[s],
                        productName(t.products().get(s)),
                        t.products().get(s).code(),
                        sum);
            } else if (sum > 0) {
                legend(h, OTHER_COLOUR, "Other products", OTHER, sum);
            }
        }
        h.raw("</ul>\n");
        undated(h, undated);
        h.raw("</section>\n");
    }

    private static void undated(Html h, MonthRow undated) {
        if (undated != null) {
            h.open("p", "class", "note", "data-undated-quantity", Long.toString(undated.quantity()));
            h.text("A quantity of " + number(undated.quantity())
                    + " is on sales without a sale date and not in the chart.");
            h.raw("</p>\n");
        }
    }

    private static void legend(Html h, String colour, String name, String product, long quantity) {
        h.open("li", "data-product", product, "data-quantity", Long.toString(quantity));
        h.raw("<span class=\"swatch\" style=\"background:").raw(colour).raw("\"></span>");
        h.text(name + " ").element("span", number(quantity), "class", "num");
        h.raw("</li>");
    }

    /** One bar split by where each sale with a customer ended: matched per source, unmatched, empty heading. */
    static void sources(Html h, ReportSummary s) {
        h.raw("<section class=\"chart sources\">\n");
        h.element("h2", "How the sales with a customer were matched");
        long base = s.withCustomer();
        if (base == 0) {
            h.element("p", "No sale with a customer was read.", "class", "empty");
            h.raw("</section>\n");
            return;
        }
        record Part(String key, String label, long sales, String colour) {}
        List<Part> parts = new ArrayList<>(List.of(
                new Part("quote-line", "Quote line", s.matchedByQuoteLine(), "#0072B2"),
                new Part("udf", "User-defined field", s.matchedByUdf(), "#56B4E9"),
                new Part("heading", "Heading", s.matchedByHeading(), "#009E73"),
                new Part("unmatched", "Unmatched", s.unmatched(), "#D55E00"),
                new Part("empty-heading", "Empty heading", s.skippedEmptyHeading(), OTHER_COLOUR)));
        svg(h, 44, "Sales with a customer by how they were matched");
        double x = 0;
        for (Part part : parts) {
            if (part.sales() == 0) {
                continue;
            }
            double width = (double) part.sales() / base * WIDTH;
            h.open(
                    "rect",
                    "x",
                    decimal(x),
                    "y",
                    "4",
                    "width",
                    decimal(width),
                    "height",
                    "36",
                    "fill",
                    part.colour(),
                    "data-source",
                    part.key(),
                    "data-sales",
                    Long.toString(part.sales()));
            h.element(
                    "title",
                    part.label() + ": " + number(part.sales()) + " (" + ReportPage.share(part.sales(), base) + ")");
            h.close("rect");
            x += width;
        }
        h.raw("</svg>\n<ul class=\"legend\">");
        for (Part part : parts) {
            h.open("li", "data-source", part.key(), "data-sales", Long.toString(part.sales()));
            h.raw("<span class=\"swatch\" style=\"background:")
                    .raw(part.colour())
                    .raw("\"></span>");
            h.text(part.label() + " ")
                    .element("span", number(part.sales()), "class", "num")
                    .text(" (" + ReportPage.share(part.sales(), base) + ")");
            h.raw("</li>");
        }
        h.raw("</ul>\n");
        h.element(
                "p",
                "Of " + number(base) + " sales with a customer. A sale counts once, under its most structured source"
                        + " (quote line, then user-defined field, then heading).",
                "class",
                "explain");
        h.raw("</section>\n");
    }

    private static void svg(Html h, int height, String label) {
        h.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "viewBox",
                "0 0 " + WIDTH + " " + height,
                "role",
                "img",
                "aria-label",
                label,
                "class",
                "plot");
        h.raw("\n");
    }

    /** The smallest of 1, 2, 5 times a power of ten at or above {@code raw}; at least 1. */
    static long niceStep(double raw) {
        long power = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * power >= raw) {
                    return m * power;
                }
            }
            power *= 10;
        }
    }

    private static String periodLabel(String period, boolean byYear) {
        if (byYear) {
            return period;
        }
        YearMonth month = YearMonth.parse(period);
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear();
    }

    static String productName(ProductTotal product) {
        return product.name().isEmpty() || product.name().equals(product.code())
                ? product.code()
                : product.name() + " (" + product.code() + ")";
    }

    static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** At most {@code max} characters (whole code points), with an ellipsis when cut. */
    static String ellipsis(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }
}
