package com.roboplanet.soconnector.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.Mails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundEmailTest {

    @Test
    void create_whenSubjectHasLineFeed_refusesWithFieldAndPosition() {
        assertThatThrownBy(() -> Mails.mail("Angebot\nBcc: everyone@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("subject contains a line break (CR/LF) at position 8")
                .hasMessageContaining("Angebot\\nBcc")
                .hasMessageNotContaining("\n");
    }

    @Test
    void create_whenRecipientNameHasCarriageReturn_refuses() {
        assertThatThrownBy(() -> new Recipient(1, "Bob\rX-Evil: 1", new EmailAddress("bob@x.example")))
                .hasMessageStartingWith("recipient name contains a line break");
    }

    @Test
    void create_whenRepNameHasLineFeed_refuses() {
        assertThatThrownBy(() -> new Rep(1, "Anna\n", new EmailAddress("anna@x.example")))
                .hasMessageStartingWith("rep name contains a line break");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bob",
                "bob@",
                "@example.com",
                "bob@localhost",
                "bob@@example.com",
                "bob smith@example.com",
                "bob..smith@example.com",
                "bob@example..com",
                "bob@-example.com",
                "bob@example.com\r\nBcc: x@y.example",
                "Bob <bob@example.com>"
            })
    void parse_whenInvalid_refusesNamingTheField(String address) {
        assertThatThrownBy(() -> EmailAddress.parse(address, "recipient e-mail"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("recipient e-mail")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bob@example.com", "b.o+b@sub.example.co.uk", "o'neil@x-y.example"})
    void parse_whenValid_keepsAddress(String address) {
        assertThat(EmailAddress.parse(address, "to").value()).isEqualTo(address);
    }

    @Test
    void domain_whenMixedCase_isLowerCase() {
        assertThat(new EmailAddress("Anna@RoboPlanet.Example").domain()).isEqualTo("roboplanet.example");
    }

    @Test
    void create_whenBodyEmpty_refuses() {
        assertThatThrownBy(() -> new OutboundEmail(Mails.rep(), Mails.recipient(), 1, null, "s", " ", null))
                .hasMessage("plain-text body is empty");
    }

    @Test
    void derive_whenSameMail_givesSameKey_andDiffersWhenTextMoves() {
        OutboundEmail a = Mails.mail("Angebot");
        IdempotencyKey key = IdempotencyKey.derive(Mails.tenant(), a);

        assertThat(IdempotencyKey.derive(Mails.tenant(), Mails.mail("Angebot"))).isEqualTo(key);
        assertThat(key.value()).hasSize(64).matches("[0-9a-f]+");
        OutboundEmail moved =
                new OutboundEmail(a.rep(), a.recipient(), a.contactId(), a.saleId(), "Angebot H", "allo", null);
        OutboundEmail original =
                new OutboundEmail(a.rep(), a.recipient(), a.contactId(), a.saleId(), "Angebot", "Hallo", null);
        assertThat(IdempotencyKey.derive(Mails.tenant(), moved))
                .isNotEqualTo(IdempotencyKey.derive(Mails.tenant(), original));
    }

    @Test
    void derive_whenSameMailForAnotherTenant_givesAnotherKey() {
        OutboundEmail mail = Mails.mail("Angebot");

        IdempotencyKey real = IdempotencyKey.derive(Mails.tenant(), mail);
        IdempotencyKey trial = IdempotencyKey.derive(Mails.otherTenant(), mail);

        assertThat(real).isNotEqualTo(trial);
        assertThat(IdempotencyKey.withoutTenant(mail)).isNotIn(real, trial);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../etc/passwd", "a b", "-start", "x.y"})
    void key_whenUnsafeForFileNames_refuses(String value) {
        assertThatThrownBy(() -> new IdempotencyKey(value)).hasMessageStartingWith("idempotency key");
    }
}
