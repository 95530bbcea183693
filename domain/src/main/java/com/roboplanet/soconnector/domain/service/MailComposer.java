package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.SaleRef;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import java.util.regex.Pattern;

/**
 * Turns what the user named (a rep, a person, a sale, by id or e-mail) into a mail linked to the right CRM records.
 * Input that cannot be an id or an address is refused before the CRM is asked; a sale must belong to the
 * recipient's company, so that no mail is filed with another customer's sale.
 */
final class MailComposer {
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final CrmDirectory directory;

    MailComposer(CrmDirectory directory) {
        this.directory = directory;
    }

    /** @throws IllegalArgumentException naming the option when the value is neither an id nor a valid address */
    static String idOrEmail(String value, String option) {
        String v = value == null ? "" : value.strip();
        if (ID.matcher(v).matches()) {
            return v;
        }
        try {
            return EmailAddress.parse(v, option).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    option + " must be an id (a positive number) or an e-mail address: " + e.getMessage());
        }
    }

    Rep rep(String idOrEmail) {
        return directory.rep(idOrEmail);
    }

    Addressee addressee(String idOrEmail) {
        return directory.addressee(idOrEmail);
    }

    /**
     * @param saleId null for a mail about no sale
     * @throws IllegalArgumentException when the sale belongs to another customer than the recipient's company, or
     *     the subject or bodies cannot go into a mail
     */
    OutboundEmail compose(Rep rep, Addressee to, Long saleId, String subject, String text, String html) {
        if (saleId != null) {
            checkSale(directory.sale(saleId), to);
        }
        return new OutboundEmail(rep, to.recipient(), to.contactId(), saleId, subject, text, html);
    }

    private static void checkSale(SaleRef sale, Addressee to) {
        if (sale.contactId() == to.contactId()) {
            return;
        }
        String whose = sale.contactId() == 0 ? "has no customer" : "belongs to customer " + sale.contactId();
        throw new IllegalArgumentException("sale " + sale.saleId() + " (\"" + sale.heading() + "\") " + whose + ", but "
                + to.recipient().name() + " (person " + to.recipient().personId() + ") is at "
                + describe(to) + "; name a sale of that company or leave out the sale");
    }

    private static String describe(Addressee to) {
        return to.contactName().isEmpty()
                ? "customer " + to.contactId()
                : "customer " + to.contactId() + " (" + to.contactName() + ")";
    }
}
