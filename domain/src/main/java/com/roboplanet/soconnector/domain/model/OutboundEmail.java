package com.roboplanet.soconnector.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One mail from a rep to a customer's person. Everything that reaches a header is checked for line
 * breaks here, so that no strategy can be handed an injectable value.
 *
 * @param saleId null when the mail belongs to no sale
 * @param htmlBody null for a plain-text mail
 */
public record OutboundEmail(
        Rep rep, Recipient recipient, long contactId, Long saleId, String subject, String textBody, String htmlBody) {

    public OutboundEmail {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(recipient, "recipient");
        if (contactId <= 0) {
            throw new IllegalArgumentException("customer contact id must be positive, was " + contactId);
        }
        if (saleId != null && saleId <= 0) {
            throw new IllegalArgumentException("sale id must be positive, was " + saleId);
        }
        subject = HeaderText.requireSingleLine(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject is empty");
        }
        if (textBody == null || textBody.isBlank()) {
            throw new IllegalArgumentException("plain-text body is empty");
        }
        if (htmlBody != null && htmlBody.isBlank()) {
            htmlBody = null;
        }
    }

    public OptionalLong saleIdIfAny() {
        return saleId == null ? OptionalLong.empty() : OptionalLong.of(saleId);
    }

    public Optional<String> htmlBodyIfAny() {
        return Optional.ofNullable(htmlBody);
    }
}
