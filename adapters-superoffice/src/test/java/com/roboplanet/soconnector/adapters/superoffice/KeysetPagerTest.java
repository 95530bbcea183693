package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeysetPagerTest {
    private static final String ROUTE = "GET v1/Sale?$top=5";

    @Test
    void next_firstPage_ordersByTheKeyAndKeepsTheQuerysFilter() {
        KeysetPager pager = new KeysetPager(
                List.of("heading"), "contact/contactId gt 0", KeysetPager.Key.descending("saleId"), 500);

        ArchiveQuery first = pager.next(Long.MAX_VALUE).orElseThrow();

        assertThat(first.select()).containsExactly("heading", "saleId");
        assertThat(first.filter()).isEqualTo("contact/contactId gt 0");
        assertThat(first.orderBy()).isEqualTo("saleId desc");
        assertThat(first.top()).isEqualTo(500);
        assertThat(first.skip()).isZero();
    }

    @Test
    void next_afterAPage_asksForTheRowsPastTheLastKeyWithLtWhenDescendingAndGtWhenAscending() {
        KeysetPager down = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), 2);
        down.next(Long.MAX_VALUE);
        down.accept(page(9, 7));
        KeysetPager up =
                new KeysetPager(List.of("productId"), "name begins 'P'", KeysetPager.Key.ascending("productId"), 2);
        up.next(Long.MAX_VALUE);
        up.accept(page("productId", 3, 4));

        assertThat(down.next(Long.MAX_VALUE).orElseThrow().filter()).isEqualTo("saleId lt 7");
        assertThat(up.next(Long.MAX_VALUE).orElseThrow().filter()).isEqualTo("name begins 'P' and productId gt 4");
    }

    @Test
    void next_whenTheQuerysFilterHasOr_bracketsItBeforeJoiningTheKeyTerm() {
        KeysetPager pager = new KeysetPager(
                List.of("saleId"),
                "saleStatus oneOf (1) or saleStatus oneOf (2)",
                KeysetPager.Key.descending("saleId"),
                2);
        pager.next(Long.MAX_VALUE);
        pager.accept(page(9, 7));

        assertThat(pager.next(Long.MAX_VALUE).orElseThrow().filter())
                .isEqualTo("(saleStatus oneOf (1) or saleStatus oneOf (2)) and saleId lt 7");
    }

    @Test
    void next_twoColumnKey_startsAtTheFirstColumnAndContinuesWithinItByTheSecondUsingOnlyEqLtAndOr() {
        KeysetPager pager =
                new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId", "quoteLineId"), 2);
        ArchiveQuery first = pager.next(Long.MAX_VALUE).orElseThrow();
        pager.accept(new ArchivePage(List.of(row(9, 92), row(9, 91)), ROUTE));

        assertThat(first.orderBy()).isEqualTo("saleId desc,quoteLineId desc");
        assertThat(pager.next(Long.MAX_VALUE).orElseThrow().filter())
                .isEqualTo("saleId lt 10 and (saleId lt 9 or (saleId eq 9 and quoteLineId lt 91))")
                .doesNotContain(" le ", " ge ");
    }

    @Test
    void next_asksForNoMoreThanTheCallerWants() {
        KeysetPager pager = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), 500);

        assertThat(pager.next(7).orElseThrow().top()).isEqualTo(7);
    }

    @Test
    void accept_shortPageThenMoreRows_adoptsTheTenantsCapAndSaysSo() {
        KeysetPager pager = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), 5);
        pager.next(Long.MAX_VALUE);
        pager.accept(page(10, 9));
        ArchiveQuery second = pager.next(Long.MAX_VALUE).orElseThrow();
        pager.accept(page(8, 7));
        ArchiveQuery third = pager.next(Long.MAX_VALUE).orElseThrow();
        pager.accept(page());

        assertThat(second.top()).as("one short page is no proof of a cap").isEqualTo(5);
        assertThat(third.top()).isEqualTo(2);
        assertThat(pager.facts()).isEqualTo(new KeysetPager.Facts(3, 4, 0, 2, 5, true));
        assertThat(pager.next(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void accept_shortPageThenEmptyPage_endsWithoutACap() {
        KeysetPager pager = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), 5);
        pager.next(Long.MAX_VALUE);
        pager.accept(page(10, 9));
        pager.next(Long.MAX_VALUE);
        pager.accept(page());

        assertThat(pager.facts()).isEqualTo(new KeysetPager.Facts(2, 2, 0, 0, 0, true));
    }

    @Test
    void accept_rowsAlreadyHandedOver_dropsAndCountsThem() {
        KeysetPager pager = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), 3);
        pager.next(Long.MAX_VALUE);
        List<JsonNode> first = pager.accept(page(10, 10, 9));
        pager.next(Long.MAX_VALUE);
        List<JsonNode> second = pager.accept(page(9, 8, 7));

        assertThat(first).extracting(r -> r.get("saleId").asLong()).containsExactly(10L, 9L);
        assertThat(second).extracting(r -> r.get("saleId").asLong()).containsExactly(8L, 7L);
        assertThat(pager.facts().duplicatesDropped()).isEqualTo(2);
        assertThat(pager.facts().rowsHandedOver()).isEqualTo(4);
    }

    @Test
    void accept_pageOfOnlyRowsAlreadyRead_failsInsteadOfLoopingForever() {
        KeysetPager pager = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), 2);
        pager.next(Long.MAX_VALUE);
        pager.accept(page(10, 9));
        pager.next(Long.MAX_VALUE);

        assertThatThrownBy(() -> pager.accept(page(10, 9)))
                .isInstanceOfSatisfying(
                        SuperOfficeApiException.class,
                        e -> assertThat(e.failure()).isEqualTo(SuperOfficeApiException.Failure.BAD_RESPONSE))
                .hasMessageContaining(ROUTE)
                .hasMessageContaining("did not apply the filter");
    }

    @Test
    void accept_rowWithoutAWholeNumberKey_failsAsBadResponseNamingTheColumn() {
        KeysetPager pager = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), 2);
        ObjectNode row = Json.MAPPER.createObjectNode().put("saleId", "seven");
        pager.next(Long.MAX_VALUE);

        assertThatThrownBy(() -> pager.accept(new ArchivePage(List.of(row), ROUTE)))
                .isInstanceOf(SuperOfficeApiException.class)
                .hasMessageContaining("no usable saleId");
    }

    @Test
    void accept_keyAsDigitsInAString_isRead() {
        KeysetPager pager = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), 2);
        ObjectNode row = Json.MAPPER.createObjectNode().put("saleId", "12");
        pager.next(Long.MAX_VALUE);
        pager.accept(new ArchivePage(List.of(row), ROUTE));

        assertThat(pager.next(Long.MAX_VALUE).orElseThrow().filter()).isEqualTo("saleId lt 12");
    }

    @Test
    void next_beforeTheLastPageWasAccepted_isRefused() {
        KeysetPager pager = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), 2);
        pager.next(Long.MAX_VALUE);

        assertThatThrownBy(() -> pager.next(Long.MAX_VALUE)).isInstanceOf(IllegalStateException.class);
    }

    /**
     * The kind, not an example: tenants of every size, page sizes, silent caps, sales registered (new, highest ids) and
     * deleted between any two pages, and a server that repeats rows. Whatever happens, no sale is handed over twice,
     * sales come newest first, every sale that existed from the first request to the last is handed over, and without
     * a cap the read costs at most one request more than offset paging's "stop at the first short page".
     */
    @Test
    void readAll_generatedTenantsCapsAndEdits_eachSurvivingSaleOnceNoneTwice() {
        Random random = new Random(18);
        for (int round = 0; round < 2_000; round++) {
            Tenant tenant = Tenant.random(random);
            int pageSize = 1 + random.nextInt(40);
            KeysetPager pager = new KeysetPager(List.of("saleId"), "", KeysetPager.Key.descending("saleId"), pageSize);
            Set<Long> before = new TreeSet<>(tenant.keys);
            List<Long> read = new ArrayList<>();
            KeysetPager.readAll(
                    pager,
                    tenant::answer,
                    (row, route) -> read.add(row.get("saleId").asLong()));
            Set<Long> survivors = new HashSet<>(before);
            survivors.retainAll(tenant.keys);
            String description = "round " + round + ": " + tenant + ", page " + pageSize;

            assertThat(read).as(description).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
            assertThat(read).as(description).containsAll(survivors);
            assertThat(before).as(description).containsAll(read);
            assertThat(pager.facts().ended()).isTrue();
            if (tenant.cap == 0 && tenant.edits.isEmpty() && !tenant.repeats) {
                int offsetPages = before.size() / pageSize + 1;
                assertThat(tenant.requests).as(description).isBetween(offsetPages, offsetPages + 1);
                assertThat(pager.facts().rowsPerPageCap()).isZero();
            }
            if (tenant.cap > 0
                    && tenant.cap < pageSize
                    && before.size() > tenant.cap
                    && tenant.edits.isEmpty()
                    && !tenant.repeats) {
                assertThat(pager.facts().rowsPerPageCap()).as(description).isEqualTo(tenant.cap);
                assertThat(pager.facts().rowsPerPageAsked()).isEqualTo(pageSize);
            }
        }
    }

    /** A simulated archive: keys newest first, a silent cap, edits between pages, optionally rows repeated. */
    private static final class Tenant {
        final TreeSet<Long> keys = new TreeSet<>();
        final int cap;
        final boolean repeats;
        final List<int[]> edits = new ArrayList<>();
        final Random random;
        int requests;
        long lastOfPreviousPage = -1;
        long nextId;

        private Tenant(Random random, int size, int cap, boolean repeats) {
            this.random = random;
            this.cap = cap;
            this.repeats = repeats;
            for (long id = 1; id <= size; id++) keys.add(1000 + id);
            nextId = 1001 + size;
        }

        static Tenant random(Random random) {
            int size = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(400);
            Tenant tenant = new Tenant(random, size, random.nextBoolean() ? 0 : 1 + random.nextInt(30), false);
            if (random.nextInt(3) == 0) {
                tenant = new Tenant(random, size, tenant.cap, random.nextBoolean());
                for (int i = random.nextInt(4); i > 0; i--) {
                    // {after request, sales registered, sales deleted}
                    tenant.edits.add(new int[] {1 + random.nextInt(6), random.nextInt(3), random.nextInt(4)});
                }
            }
            return tenant;
        }

        ArchivePage answer(ArchiveQuery query) {
            requests++;
            for (int[] edit : edits) {
                if (edit[0] == requests - 1) apply(edit[1], edit[2]);
            }
            long below = Long.MAX_VALUE;
            Matcher past = Pattern.compile("saleId lt (\\d+)$").matcher(query.filter());
            if (past.find()) below = Long.parseLong(past.group(1));
            int top = cap == 0 ? query.top() : Math.min(cap, query.top());
            List<JsonNode> rows = new ArrayList<>();
            for (long key : keys.headSet(below, false).descendingSet()) {
                if (rows.size() >= top) break;
                rows.add(row(key));
            }
            // A faulty server (or a join) that sends the previous page's last row again, on top of a page that has
            // rows: a page of nothing but repeats would be a server ignoring the filter, which the pager refuses.
            if (repeats && lastOfPreviousPage > 0 && !rows.isEmpty()) rows.add(0, row(lastOfPreviousPage));
            if (!rows.isEmpty()) {
                lastOfPreviousPage = rows.get(rows.size() - 1).get("saleId").asLong();
            }
            return new ArchivePage(rows, ROUTE);
        }

        private void apply(int registered, int deleted) {
            // SuperOffice never reuses an id: a sale registered now has a higher id than every sale before it.
            for (int i = 0; i < registered; i++) keys.add(nextId++);
            for (int i = 0; i < deleted && !keys.isEmpty(); i++) {
                List<Long> all = new ArrayList<>(keys);
                keys.remove(all.get(random.nextInt(all.size())));
            }
        }

        @Override
        public String toString() {
            return keys.size() + " sales, cap " + cap + (repeats ? ", repeating rows" : "") + ", edits "
                    + edits.stream().map(java.util.Arrays::toString).toList();
        }
    }

    private static ArchivePage page(long... saleIds) {
        return page("saleId", saleIds);
    }

    private static ArchivePage page(String column, long... ids) {
        List<JsonNode> rows = new ArrayList<>();
        for (long id : ids) rows.add(Json.MAPPER.createObjectNode().put(column, id));
        return new ArchivePage(rows, ROUTE);
    }

    private static JsonNode row(long saleId) {
        return Json.MAPPER.createObjectNode().put("saleId", saleId);
    }

    private static JsonNode row(long saleId, long quoteLineId) {
        return Json.MAPPER.createObjectNode().put("saleId", saleId).put("quoteLineId", quoteLineId);
    }
}
