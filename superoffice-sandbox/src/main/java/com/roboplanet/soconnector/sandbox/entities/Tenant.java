package com.roboplanet.soconnector.sandbox.entities;

import com.roboplanet.soconnector.sandbox.SandboxOptions;

/**
 * The simulated tenant's data: customers with their persons, and the sales (generated from the seed, or the scenario's
 * explicit sales).
 */
public final class Tenant {
    private final Customers customers;
    private final SaleStore sales;

    /** The tenant {@code options} describe: one customer per ten sales, at least 20 and at most 20,000. */
    public Tenant(SandboxOptions options) {
        int customerCount = Math.max(20, Math.min(20_000, options.salesCount() / 10));
        customers = new Customers(options.seed(), customerCount);
        sales = options.scenarios().sales() == null
                ? new GeneratedSales(options.seed(), options.salesCount(), customers)
                : new ListedSales(options.scenarios().sales());
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
