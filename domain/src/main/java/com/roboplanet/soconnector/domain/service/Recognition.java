package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.HeadingMatch;
import com.roboplanet.soconnector.domain.port.in.RecognisedProduct;
import java.util.List;

/** The matcher's findings as the use cases hand them out, so that no caller needs the matcher's own types. */
final class Recognition {
    private Recognition() {}

    static List<RecognisedProduct> products(HeadingMatch match) {
        return match.mentions().stream()
                .map(m -> new RecognisedProduct(m.product().code(), m.quantity(), m.matchedText()))
                .toList();
    }
}
