package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.SaleRef;
import java.util.Set;

/** Looks up the people and sales a mail is linked to, so that the user can name them by id or address. */
public interface CrmDirectory {

    /**
     * @param idOrEmail an associate id ({@code 5}) or the rep's e-mail address
     * @throws CrmDirectoryException when there is no such rep, or more than one, or the CRM cannot answer
     */
    Rep rep(String idOrEmail);

    /**
     * @param personIdOrEmail a person id ({@code 380}) or the person's e-mail address
     * @throws CrmDirectoryException when there is no such person, or more than one, or the CRM cannot answer
     */
    Addressee addressee(String personIdOrEmail);

    /** @throws CrmDirectoryException when there is no such sale or the CRM cannot answer */
    SaleRef sale(long saleId);

    /**
     * The names of the fields every {@link Addressee#fields()} of this directory holds ({@code person.firstName},
     * {@code contact.name}, ...), so that a batch template is checked before the first mail. Asks the CRM nothing.
     */
    Set<String> templateFields();
}
