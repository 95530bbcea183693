package com.roboplanet.soconnector.sandbox.entities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.http.DateText;

/** Single entities: SaleEntity, ContactEntity, PersonEntity, the quote carriers, SoPrincipalCarrier. */
final class Entities {
    private final Carriers carriers;

    Entities(Carriers carriers) {
        this.carriers = carriers;
    }

    ObjectNode sale(SaleRow sale) {
        ObjectNode node = carriers.object();
        node.putNull("Appointment");
        node.set("Associate", carriers.associate(sale.associateId()));
        node.set("UpdatedBy", sale.updated() == null ? null : carriers.associate(sale.associateId()));
        node.set("CreatedBy", carriers.associate(sale.associateId()));
        node.set("Contact", carriers.contact(sale.contactId(), sale.contactName()));
        node.putNull("Project");
        node.put("SaleText", "");
        node.set("Person", carriers.person(sale.personId()));
        node.set("Currency", carriers.idValue(1, "EUR"));
        node.putNull("Competitor");
        node.putNull("Credited");
        node.putNull("Rating");
        node.putNull("Reason");
        node.putNull("Source");
        node.put("Status", Catalog.statusName(sale.status()));
        node.put("Saledate", DateText.formatOrNone(sale.date()));
        node.put("Amount", sale.amount());
        node.put("SaleId", sale.saleId());
        node.put("Earning", 0.0);
        node.put("EarningPercent", 0.0);
        node.put("Heading", sale.heading());
        node.put("Number", Integer.toString(sale.saleId()));
        node.put("Probability", sale.status() == 2 ? 100 : sale.status() == 3 ? 0 : 50);
        node.put("CreatedDate", DateText.formatOrNone(sale.date()));
        node.put("UpdatedDate", DateText.formatOrNone(sale.updated()));
        node.put("Completed", sale.status() == 1 ? "NotStarted" : "Completed");
        node.put("ActiveLinks", 0);
        node.putArray("Links");
        node.put("NextDueDate", DateText.NO_DATE);
        node.put("Postit", "");
        node.putNull("SaleType");
        node.putNull("ReasonSold");
        node.putNull("ReasonStalled");
        node.put("ReopenDate", DateText.NO_DATE);
        node.putArray("SaleStakeholders");
        node.put("ActiveErpLinks", 0);
        ObjectNode udefs = node.putObject("UserDefinedFields");
        SaleUdefs.all(sale.udefs()).forEach(udefs::put);
        node.putObject("ExtraFields");
        node.putObject("CustomFields");
        node.put("PublishEventDate", DateText.NO_DATE);
        node.put("PublishTo", Carriers.PUBLISH_TO_NEVER);
        node.put("PublishFrom", DateText.NO_DATE);
        node.put("IsPublished", false);
        node.putArray("VisibleFor");
        carriers.rights(node, "Select");
        return node;
    }

    ObjectNode contact(Customers.Customer customer) {
        ObjectNode node = carriers.object();
        node.put("ContactId", customer.contactId());
        node.put("Name", customer.name());
        node.put("Department", "");
        node.put("OrgNr", "");
        node.put("Number1", Integer.toString(10_000 + customer.contactId()));
        node.put("Number2", "");
        node.put("UpdatedDate", DateText.NO_DATE);
        node.put("CreatedDate", "2022-06-01T09:00:00");
        ArrayNode emails = node.putArray("Emails");
        ObjectNode email = emails.addObject();
        email.put("Value", "info@" + customer.domain());
        email.put("StrippedValue", "info@" + customer.domain());
        email.put("Description", "");
        node.putArray("Urls");
        node.putArray("Phones");
        node.putArray("Faxes");
        node.put("Description", "");
        node.set("Associate", carriers.associate(1));
        ArrayNode persons = node.putArray("Persons");
        persons.add(carriers.person(customer.contactId() * 2 - 1));
        persons.add(carriers.person(customer.contactId() * 2));
        node.put("Deleted", 0);
        node.putObject("UserDefinedFields");
        node.putObject("ExtraFields");
        node.putObject("CustomFields");
        carriers.rights(node, "Select");
        return node;
    }

    ObjectNode person(Customers.Person person) {
        ObjectNode node = carriers.object();
        node.put("PersonId", person.personId());
        node.put("Firstname", person.firstName());
        node.put("MiddleName", "");
        node.put("Lastname", person.lastName());
        node.put("Mrmrs", "");
        node.put("Title", "");
        node.put("UpdatedDate", DateText.NO_DATE);
        node.put("CreatedDate", "2022-06-01T09:00:00");
        ObjectNode email = node.putArray("Emails").addObject();
        email.put("Value", person.email());
        email.put("StrippedValue", person.email());
        email.put("Description", "");
        node.set("Contact", carriers.contact(person.contactId(), ""));
        node.put("FullName", person.fullName());
        node.put("FormalName", person.fullName());
        node.put("IsAssociate", false);
        node.put("Retired", false);
        node.putObject("UserDefinedFields");
        node.putObject("ExtraFields");
        node.putObject("CustomFields");
        carriers.rights(node, "Select");
        return node;
    }

    ObjectNode principal(Profile profile, String contextIdentifier) {
        ObjectNode node = carriers.object();
        boolean full = profile == Profile.FULL;
        Associate rep = Catalog.associate(1);
        node.put("UserType", full ? "InternalAssociate" : "SystemAssociate");
        node.put("Associate", full ? rep.initials() : "SYSTEM");
        node.put("AssociateId", full ? rep.associateId() : 0);
        node.put("IsPerson", full);
        node.put("PersonId", full ? rep.personId() : 0);
        node.put("CountryId", 49);
        node.put("HomeCountryId", 49);
        node.put("ContactId", full ? 1 : 0);
        node.put("GroupId", 1);
        node.put("BusinessId", 0);
        node.put("CategoryId", 0);
        node.put("ContactOwner", 0);
        node.put("RoleId", full ? 1 : 0);
        node.put("RoleName", full ? "Sales" : "System");
        node.put("RoleDescription", "");
        node.put("RoleType", full ? "Employee" : "System");
        node.putArray("Licenses");
        node.put("FullName", full ? rep.fullName() : "System user");
        node.put("EMailAddress", full ? rep.email() : "");
        node.putArray("FunctionRights");
        node.put("EjUserId", 0);
        node.put("EjAccessLevel", 0);
        node.put("EjUserStatus", "StatusNone");
        node.putArray("ProvidedCredentials");
        node.putArray("SecondaryGroups");
        node.put("DatabaseContextIdentifier", contextIdentifier);
        node.put("UserName", full ? rep.initials() : "SYSTEM");
        return node;
    }
}
