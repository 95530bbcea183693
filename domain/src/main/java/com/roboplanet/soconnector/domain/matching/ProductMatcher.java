package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.ProductCatalog;

/** Recognises catalogue products and their quantities in free-text sale headings. */
public final class ProductMatcher {

    private ProductMatcher() {}

    public static ProductMatcher of(ProductCatalog catalog) {
        throw new UnsupportedOperationException("being written (issue 2)");
    }

    public HeadingMatch match(String heading) {
        throw new UnsupportedOperationException("being written (issue 2)");
    }
}
