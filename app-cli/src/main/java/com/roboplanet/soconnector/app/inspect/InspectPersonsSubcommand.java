package com.roboplanet.soconnector.app.inspect;

import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.TextTable;
import com.roboplanet.soconnector.domain.model.DirectoryPerson;
import com.roboplanet.soconnector.domain.port.in.ListPersonsCommand;
import com.roboplanet.soconnector.domain.port.in.ListPersonsUseCase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code so-connector inspect persons}: who mail can be sent to. */
@Command(
        name = "persons",
        mixinStandardHelpOptions = true,
        description = "Lists the CRM's persons (the Person archive) with their id, e-mail address and company, and"
                + " whether send --to can use them; by company, by address, or the first ones.")
public final class InspectPersonsSubcommand implements Callable<Integer> {
    private static final List<String> HEADER =
            List.of("PersonId", "Name", "E-mail", "CompanyId", "Company", "send --to");

    @Option(names = "--company", paramLabel = "ID", description = "Only the persons of this company (contact id).")
    Long company;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "Only the persons with this e-mail address.")
    String email;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "At most N persons, the lowest ids first (default: ${DEFAULT-VALUE}).")
    int limit = ListPersonsCommand.DEFAULT_LIMIT;

    @Spec
    CommandSpec spec;

    private final ListPersonsUseCase listPersons;
    private final Console console;

    @Inject
    InspectPersonsSubcommand(ListPersonsUseCase listPersons, Console console) {
        this.listPersons = listPersons;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        List<DirectoryPerson> persons = listPersons.persons(new ListPersonsCommand(company, email, limit));
        TextTable.print(
                HEADER,
                persons.stream()
                        .map(p -> List.of(
                                String.valueOf(p.personId()),
                                p.name(),
                                p.email(),
                                p.contactId() > 0 ? String.valueOf(p.contactId()) : "",
                                p.contactName(),
                                p.whyNotARecipient().map(why -> "no: " + why).orElse("yes")))
                        .toList(),
                console.out());
        console.out().flush();
        console.err()
                .println(persons.size() + (persons.size() == 1 ? " person" : " persons") + " shown"
                        + (persons.size() == limit ? " (--limit " + limit + "; there may be more)." : "."));
        return ExitCode.OK;
    }
}
