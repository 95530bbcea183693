package com.roboplanet.soconnector.sandbox.archives;

import com.roboplanet.soconnector.sandbox.ConcurrentEdit;
import com.roboplanet.soconnector.sandbox.Scenarios;
import com.roboplanet.soconnector.sandbox.entities.Tenant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios that make paging hard: a silent cap on the rows of every archive page
 * ({@link Scenarios#rowsPerPageCap()}), and sales or products saved and deleted between two page requests
 * ({@link Scenarios#edits()}). Thread-safe.
 */
final class PagingScenarios {
    private final int cap;
    private final Tenant tenant;
    private final List<ConcurrentEdit> pending;
    private final Map<ConcurrentEdit.Archive, Integer> pages = new EnumMap<>(ConcurrentEdit.Archive.class);

    PagingScenarios(Scenarios scenarios, Tenant tenant) {
        this.cap = scenarios.rowsPerPageCap();
        this.tenant = tenant;
        this.pending = new ArrayList<>(scenarios.edits());
    }

    /**
     * Counts a page request to {@code route} and first makes the edits due before it: those whose archive has answered
     * {@code afterPages} page requests so far.
     */
    synchronized void beforePage(String route) {
        ConcurrentEdit.Archive archive = switch (route) {
            case "GET Sale", "GET Archive/FindSale" -> ConcurrentEdit.Archive.SALE;
            case "GET Product" -> ConcurrentEdit.Archive.PRODUCT;
            default -> null;
        };
        if (archive == null || pending.isEmpty()) return;
        int answered = pages.merge(archive, 1, Integer::sum) - 1;
        pending.removeIf(edit -> {
            boolean due = edit.archive() == archive && edit.afterPages() <= answered;
            if (due) tenant.apply(edit);
            return due;
        });
    }

    /** The query options as the archive reads them: {@code $top} no higher than the cap (also when it is absent). */
    Map<String, String> capped(Map<String, String> params) {
        if (cap == 0) return params;
        int asked = ArchiveOptions.count(params, "$top", Integer.MAX_VALUE);
        if (asked <= cap) return params;
        Map<String, String> capped = new HashMap<>(params);
        capped.put("$top", Integer.toString(cap));
        return capped;
    }
}
