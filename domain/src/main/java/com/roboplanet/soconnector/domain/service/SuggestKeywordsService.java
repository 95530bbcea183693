package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.KeywordSuggestions;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsCommand;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsUseCase;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import com.roboplanet.soconnector.domain.port.out.Warnings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Streams sales through the matcher and tallies keyword candidates from the headings of customer sales it
 * matches nothing in. Holds one sale at a time; the tallies, and the distinct unmatched headings kept to check the
 * proposals against, are bounded by the capacity (see {@link ProposalTally}). No proposal collides with an existing
 * alias once folded: such keywords are reported as covered instead (see {@link KeywordCandidates}), so that a
 * catalogue with every proposal accepted still loads; and no two proposals collide with each other (see {@link
 * ProposalSelection}), so that accepting all of them never counts one product twice.
 */
public final class SuggestKeywordsService implements SuggestKeywordsUseCase {
    static final int DEFAULT_CAPACITY = 50_000;

    private final SaleSources sources;
    private final CatalogFiles catalogFiles;
    private final Supplier<CrmCatalogSource> crm;
    private final Warnings warnings;
    private final int capacity;

    /**
     * @param crm asked only when the sales come from the CRM, for its product family and product names
     * @param warnings told when the user may not read those names: the proposals go on without them
     */
    public SuggestKeywordsService(
            SaleSources sources, CatalogFiles catalogFiles, Supplier<CrmCatalogSource> crm, Warnings warnings) {
        this(sources, catalogFiles, crm, warnings, DEFAULT_CAPACITY);
    }

    /** @param capacity the most distinct candidates tallied at once (and covered keywords recorded) */
    SuggestKeywordsService(
            SaleSources sources,
            CatalogFiles catalogFiles,
            Supplier<CrmCatalogSource> crm,
            Warnings warnings,
            int capacity) {
        this.sources = sources;
        this.catalogFiles = catalogFiles;
        this.crm = crm;
        this.warnings = warnings;
        this.capacity = capacity;
    }

    @Override
    public KeywordSuggestions suggest(SuggestKeywordsCommand command) {
        ProductCatalog catalog = command.catalog().file() == null
                ? ProductCatalog.builtIn()
                : catalogFiles.read(command.catalog().file());
        SaleSource source = sources.source(command.origin());
        CrmCatalogSource crmCatalog = command.origin().fromCrm() ? crm.get() : null;
        CoveredTally covered = new CoveredTally(capacity);
        Run run = new Run(
                ProductMatcher.of(catalog),
                new KeywordCandidates(
                        catalog,
                        crmCatalog == null
                                ? List.of()
                                : CrmAid.read(crmCatalog::products, "the CRM's product names", warnings),
                        crmCatalog == null
                                ? List.of()
                                : CrmAid.read(
                                        () -> crmCatalog.productFamilies(false),
                                        "the CRM's product family names",
                                        warnings),
                        covered),
                new ProposalTally(capacity),
                capacity);
        SaleSourceReport report = source.read(command.query(), run::accept);
        return new KeywordSuggestions(
                ProposalSelection.select(run.tally.ranked(), run.headings, command.top()),
                covered.top(command.top()),
                run.read,
                run.unmatched,
                run.tally.pruned(),
                report,
                catalog);
    }

    /** The state of one call, so that the service itself stays stateless. */
    private static final class Run {
        private final ProductMatcher matcher;
        private final KeywordCandidates candidates;
        private final ProposalTally tally;
        /** The distinct unmatched headings, the first {@code capacity}: where proposals are checked for collisions. */
        private final Set<String> headings = new LinkedHashSet<>();

        private final int capacity;
        private long read;
        private long unmatched;

        Run(ProductMatcher matcher, KeywordCandidates candidates, ProposalTally tally, int capacity) {
            this.matcher = matcher;
            this.candidates = candidates;
            this.tally = tally;
            this.capacity = capacity;
        }

        void accept(Sale sale) {
            read++;
            if (sale.customer() != null
                    && !sale.heading().isBlank()
                    && matcher.match(sale.heading()).isEmpty()) {
                unmatched++;
                candidates.addTo(tally, sale.heading());
                if (headings.size() < capacity) {
                    headings.add(sale.heading());
                }
            }
        }
    }
}
