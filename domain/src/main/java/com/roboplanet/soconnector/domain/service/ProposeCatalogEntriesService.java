package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.CatalogProposal;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal;
import com.roboplanet.soconnector.domain.port.in.KeywordProposal.Kind;
import com.roboplanet.soconnector.domain.port.in.ProposeCatalogEntriesCommand;
import com.roboplanet.soconnector.domain.port.in.ProposeCatalogEntriesUseCase;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns keyword proposals into catalogue lines a person can accept by uncommenting them, and writes the file. */
public final class ProposeCatalogEntriesService implements ProposeCatalogEntriesUseCase {
    private final CatalogFiles files;

    public ProposeCatalogEntriesService(CatalogFiles files) {
        this.files = files;
    }

    @Override
    public List<CatalogProposal> propose(ProposeCatalogEntriesCommand command) {
        List<CatalogProposal> entries = entries(command.catalog(), command.proposals());
        files.write(command.file(), command.catalogFile(), command.catalog(), entries);
        return entries;
    }

    /**
     * Keywords for a product the catalogue has already become one proposed line with all its aliases, to replace the
     * product's active line (the catalogue allows a code once): near misses, CRM codes of its products, and CRM product
     * names whose CRM code the catalogue has. A CRM product name with a code the catalogue lacks becomes a new product under the CRM's own code
     * and name, so that one product keeps one code in every report; names of one CRM code share its line. A product
     * code found in headings goes on the line of the product with that code ({@code KN-T8-01} beside the CRM name
     * {@code Keenon T8} of {@code KN-T8-01}), because the code is a key, not an alias, until a line lists it. Every
     * other proposal becomes a new product whose code is derived from the keyword; one whose code is taken already, by
     * the catalogue or an earlier proposal, is left out, because accepting it would make the file unreadable.
     */
    static List<CatalogProposal> entries(ProductCatalog catalog, List<KeywordProposal> proposals) {
        Map<String, List<KeywordProposal>> newAliases = new LinkedHashMap<>();
        Map<String, List<KeywordProposal>> crmProducts = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        catalog.products().forEach(p -> codes.add(key(p.code())));
        List<KeywordProposal> others = new ArrayList<>();
        for (KeywordProposal proposal : proposals) {
            String crmCode = proposal.crmProductCode().orElse(null);
            if (proposal.existingProductCode().isPresent() || (crmCode != null && codes.contains(key(crmCode)))) {
                String code =
                        catalog.byCode(proposal.productCode()).orElseThrow().code();
                newAliases.computeIfAbsent(code, c -> new ArrayList<>()).add(proposal);
            } else if (crmCode != null) {
                crmProducts
                        .computeIfAbsent(key(crmCode), c -> new ArrayList<>())
                        .add(proposal);
            } else {
                others.add(proposal);
            }
        }
        for (java.util.Iterator<KeywordProposal> i = others.iterator(); i.hasNext(); ) {
            KeywordProposal proposal = i.next();
            if (proposal.kind() != Kind.PRODUCT_CODE) {
                continue;
            }
            java.util.Optional<Product> known = catalog.byCode(proposal.text());
            if (known.isPresent()) {
                newAliases
                        .computeIfAbsent(known.get().code(), c -> new ArrayList<>())
                        .add(proposal);
                i.remove();
            } else if (crmProducts.containsKey(key(proposal.text()))) {
                crmProducts.get(key(proposal.text())).add(proposal);
                i.remove();
            }
        }
        List<CatalogProposal> result = new ArrayList<>();
        newAliases.forEach(
                (code, aliases) -> result.add(withAliases(catalog.byCode(code).orElseThrow(), aliases)));
        crmProducts.forEach((key, names) -> {
            codes.add(key);
            KeywordProposal first = names.get(0);
            result.add(withAliases(new Product(first.productCode(), first.text(), List.of()), names));
        });
        for (KeywordProposal proposal : others) {
            String code = codeOf(proposal);
            if (!code.isEmpty() && codes.add(key(code))) {
                result.add(new CatalogProposal(
                        new Product(code, proposal.text(), List.of(proposal.text())),
                        proposal.headingCount(),
                        proposal.examples()));
            }
        }
        return result;
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    /** The count is the largest of the aliases': a heading may hold more than one, so the sum could overstate. */
    private static CatalogProposal withAliases(Product product, List<KeywordProposal> proposals) {
        Set<String> aliases = new LinkedHashSet<>(product.aliases());
        Set<String> examples = new LinkedHashSet<>();
        proposals.forEach(p -> {
            aliases.add(p.text());
            examples.addAll(p.examples());
        });
        long count = proposals.stream()
                .mapToLong(KeywordProposal::headingCount)
                .max()
                .orElse(0);
        return new CatalogProposal(
                new Product(product.code(), product.name(), List.copyOf(aliases)), count, List.copyOf(examples));
    }

    /** Folded, so that codes stay ASCII where the keyword allows ({@code Bürstenset} → {@code BUERSTENSET}). */
    private static String codeOf(KeywordProposal proposal) {
        return TextNormalizer.fold(proposal.text())
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "")
                .toUpperCase(Locale.ROOT);
    }
}
