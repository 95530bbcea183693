package com.roboplanet.soconnector.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names one mail across runs: the same key is never sent twice. It becomes a file name in the
 * journal and part of the Message-ID, hence the narrow alphabet.
 */
public record IdempotencyKey(String value) {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

    public IdempotencyKey {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("idempotency key \"" + HeaderText.printable(String.valueOf(value))
                    + "\" must be 1-128 letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    /**
     * SHA-256 (hex) over the tenant, rep, recipient, subject and bodies. Each field is length-prefixed so that moving
     * text from the subject into the body gives a different key; the tenant comes first so that the same mail on the
     * sandbox and on the real tenant are two mails (ADR 0005).
     */
    public static IdempotencyKey derive(TenantId tenant, OutboundEmail email) {
        MessageDigest sha = sha256();
        field(sha, "tenant " + tenant.value());
        mailFields(sha, email);
        return new IdempotencyKey(HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * The key versions before issue 13 derived, without the tenant: used only to find the entry an earlier version
     * wrote for the same mail, so that upgrading never sends a mail a second time.
     */
    public static IdempotencyKey withoutTenant(OutboundEmail email) {
        MessageDigest sha = sha256();
        mailFields(sha, email);
        return new IdempotencyKey(HexFormat.of().formatHex(sha.digest()));
    }

    private static void mailFields(MessageDigest sha, OutboundEmail email) {
        field(sha, Long.toString(email.rep().associateId()));
        field(sha, email.rep().email().value().toLowerCase(Locale.ROOT));
        field(sha, Long.toString(email.recipient().personId()));
        field(sha, email.recipient().email().value().toLowerCase(Locale.ROOT));
        field(sha, email.subject());
        field(sha, email.textBody());
        field(sha, email.htmlBodyIfAny().orElse(""));
    }

    private static void field(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
