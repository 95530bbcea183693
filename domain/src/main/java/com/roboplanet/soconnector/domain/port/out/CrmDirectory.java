package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.DirectoryPerson;
import com.roboplanet.soconnector.domain.model.DirectoryUser;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.SaleRef;
import java.util.List;
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
     * Every user (associate), by associate id, for a person to choose a rep from.
     *
     * @throws CrmDirectoryException when the CRM cannot answer or the user may not read the list
     */
    List<DirectoryUser> users();

    /**
     * The persons the query names, by person id, for a person to choose a recipient from; empty when none match.
     *
     * @throws CrmDirectoryException when the CRM cannot answer or the user may not read persons
     */
    List<DirectoryPerson> persons(PersonQuery query);

    /**
     * The names of the fields every {@link Addressee#fields()} of this directory holds ({@code person.firstName},
     * {@code contact.name}, ...), so that a batch template is checked before the first mail. Asks the CRM nothing.
     */
    Set<String> templateFields();
}
