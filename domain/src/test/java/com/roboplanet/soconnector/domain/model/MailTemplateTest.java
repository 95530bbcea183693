package com.roboplanet.soconnector.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplateTest {
    @Test
    void parse_subjectBlankLineBody_splitsThem() {
        MailTemplate t = template("Subject:  Angebot {{ contact.name }}\r\n\r\nHallo {{person.firstName}},\r\nText");

        assertThat(t.subject()).isEqualTo("Angebot {{ contact.name }}");
        assertThat(t.body()).isEqualTo("Hallo {{person.firstName}},\r\nText");
    }

    @Test
    void render_fillsEveryPlaceholderLiterally() {
        MailTemplate t = template("Subject: {{a}} und {{ b }}\n\n{{a}}: $1 \\{{b}}");

        MailTemplate.Rendered r = t.render(Map.of("a", "A$1", "b", "B\\n"));

        assertThat(r.subject()).isEqualTo("A$1 und B\\n");
        assertThat(r.body()).isEqualTo("A$1: $1 \\B\\n");
    }

    @Test
    void render_lineBreakInABodyValue_isFine_butNotInTheSubject() {
        MailTemplate t = template("Subject: Hallo {{name}}\n\n{{name}}");

        assertThat(t.render(Map.of("name", "x")).body()).isEqualTo("x");
        assertThatThrownBy(() -> t.render(Map.of("name", "Bob\nBcc: x@y.example")))
                .hasMessageStartingWith("{{name}} in the subject contains a line break (CR/LF) at position 4");
    }

    @Test
    void render_unknownPlaceholder_namesItAndTheKnownOnes() {
        MailTemplate t = template("Subject: x\n\n{{vorname}}");

        assertThatThrownBy(() -> t.render(Map.of("to", "1", "person.firstName", "Bob")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("template.txt: unknown placeholder {{vorname}} (known: person.firstName, to)");
    }

    @Test
    void requireKnown_severalUnknownPlaceholders_namesEachOnceWithItsLine() {
        MailTemplate t = template("Subject: {{anlas}}\n\nHallo {{vorname}},\n{{anlas}} und {{firma}}\n{{to}}");

        assertThatThrownBy(() -> t.requireKnown(java.util.List.of("to", "anlass")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "template.txt:1: unknown placeholder {{anlas}}, and {{vorname}} (line 3), {{firma}} (line 4);"
                                + " no mail was sent (known: anlass, to)");
    }

    @Test
    void parse_missingBlankLineOrBodyOrSubject_namesTheLine() {
        assertThatThrownBy(() -> template("Subject: x\nBody"))
                .hasMessageEndingWith("template.txt:2: expected a blank line between the subject and the body");
        assertThatThrownBy(() -> template("Subject: x\n\n  \n"))
                .hasMessageEndingWith("the body after the subject" + " line is empty");
        assertThatThrownBy(() -> template("Subject:\n\nBody"))
                .hasMessageEndingWith("template.txt:1: the subject is" + " empty");
    }

    private MailTemplate template(String text) {
        return MailTemplate.parse(Path.of("template.txt"), text);
    }
}
