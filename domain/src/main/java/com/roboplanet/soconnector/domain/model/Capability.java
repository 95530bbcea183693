package com.roboplanet.soconnector.domain.model;

/** What {@code probe} checks, in the order it checks them; each sending path needs some of these. */
public enum Capability {
    PROXY("SuperOffice: proxy"),
    TOKEN("SuperOffice: token"),
    DISCOVERY("SuperOffice: API host"),
    CURRENT_USER("SuperOffice: current user"),
    READ_SALES("SuperOffice: read sales"),
    CREATE_DOCUMENT("SuperOffice: create documents"),
    CREATE_APPOINTMENT("SuperOffice: create tasks"),
    EMAIL_AGENT("SuperOffice: EMail agent"),
    CRMSCRIPT_AGENT("SuperOffice: CRMScript agent"),
    SMTP_CONNECT("SMTP relay: connect"),
    SMTP_TLS("SMTP relay: TLS"),
    SMTP_LOGIN("SMTP relay: login"),
    /**
     * {@code MAIL FROM:<SMTP_FROM>} and {@code RCPT TO:} an outside address accepted, then {@code RSET}: the relay
     * would take the rep's mail (nothing is sent; a "Send As" refusal, checked on the message itself, cannot show).
     */
    SMTP_ACCEPTS_MAIL("SMTP relay: accepts the rep's mail");

    private final String label;

    Capability(String label) {
        this.label = label;
    }

    /** The row's name as people read it. */
    public String label() {
        return label;
    }
}
