package com.roboplanet.soconnector.sandbox;

/** The simulated tenant's data: sales, customers, and what the FindSale archive serves over them. */
final class Tenant {
    final Customers customers;
    final SaleStore sales;
    final ArchiveColumns columns;
    final SaleArchive archive;

    Tenant(SandboxOptions options) {
        int customerCount = Math.max(20, Math.min(20_000, options.salesCount() / 10));
        customers = new Customers(options.seed(), customerCount);
        sales = options.scenarios().sales() == null
                ? new GeneratedSales(options.seed(), options.salesCount(), customers)
                : new ListedSales(options.scenarios().sales());
        columns = new ArchiveColumns(customers);
        archive = new SaleArchive(sales);
    }
}
