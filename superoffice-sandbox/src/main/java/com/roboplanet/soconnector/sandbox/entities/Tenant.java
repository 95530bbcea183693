package com.roboplanet.soconnector.sandbox.entities;

import com.roboplanet.soconnector.sandbox.ConcurrentEdit;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.ScenarioProduct;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The simulated tenant's data: customers with their persons, and the sales (generated from the seed, or the scenario's
 * explicit sales).
 */
public final class Tenant {
    private final Customers customers;
    private final SaleStore sales;
    private final EditedSales editedSales;
    private volatile List<Product> products = Catalog.PRODUCTS;

    /** The tenant {@code options} describe: one customer per ten sales, at least 20 and at most 20,000. */
    public Tenant(SandboxOptions options) {
        int customerCount = Math.max(20, Math.min(20_000, options.salesCount() / 10));
        customers =
                new Customers(options.seed(), customerCount, options.scenarios().personEmails());
        SaleStore store = options.scenarios().sales() == null
                ? new GeneratedSales(options.seed(), options.salesCount(), customers)
                : new ListedSales(options.scenarios().sales());
        // Only a tenant that will change pays for the edit layer.
        boolean edited = options.scenarios().edits().stream().anyMatch(e -> e.archive() == ConcurrentEdit.Archive.SALE);
        editedSales = edited ? new EditedSales(store) : null;
        sales = edited ? editedSales : store;
    }

    /** The price list as it is now: the catalogue's products with the edits so far, by product id. */
    public List<Product> products() {
        return products;
    }

    /** Makes the change {@code edit} describes; the archive that counts the page requests decides when. */
    public synchronized void apply(ConcurrentEdit edit) {
        switch (edit.archive()) {
            case SALE -> editedSales.apply(edit.savedSales(), edit.deletedIds());
            case PRODUCT -> {
                List<Product> changed = new ArrayList<>(products);
                for (ScenarioProduct saved : edit.savedProducts()) {
                    changed.removeIf(p -> p.productId() == saved.productId());
                    changed.add(new Product(
                            saved.productId(),
                            saved.code(),
                            saved.name(),
                            saved.familyId(),
                            saved.listPrice(),
                            saved.listPrice()));
                }
                changed.removeIf(p -> edit.deletedIds().contains(p.productId()));
                changed.sort(Comparator.comparingInt(Product::productId));
                products = List.copyOf(changed);
            }
        }
    }

    /** The customers and their persons. */
    public Customers customers() {
        return customers;
    }

    /** The sales, by position. */
    public SaleStore sales() {
        return sales;
    }
}
