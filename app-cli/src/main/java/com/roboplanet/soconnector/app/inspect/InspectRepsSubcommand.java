package com.roboplanet.soconnector.app.inspect;

import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.TextTable;
import com.roboplanet.soconnector.domain.port.in.ListRepsCommand;
import com.roboplanet.soconnector.domain.port.in.ListRepsUseCase;
import com.roboplanet.soconnector.domain.port.in.RepListing;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code so-connector inspect reps}: who mail can be sent on behalf of. */
@Command(
        name = "reps",
        mixinStandardHelpOptions = true,
        description = "Lists the CRM's users (associates, from Archive/InternalUsers) with their id and e-mail address,"
                + " and whether send --rep can use them.")
public final class InspectRepsSubcommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of("AssociateId", "Name", "E-mail", "send --rep");

    private final ListRepsUseCase listReps;
    private final Console console;

    @Inject
    InspectRepsSubcommand(ListRepsUseCase listReps, Console console) {
        this.listReps = listReps;
        this.console = console;
    }

    @Override
    public Integer call() {
        RepListing listing = listReps.reps(new ListRepsCommand());
        TextTable.print(
                HEADER,
                listing.users().stream()
                        .map(u -> List.of(
                                String.valueOf(u.associateId()),
                                u.name(),
                                u.email(),
                                u.whyNotARep().map(why -> "no: " + why).orElse("yes")))
                        .toList(),
                console.out());
        console.out().flush();
        console.err().println(listing.users().size() + " users, " + listing.usable() + " can be a rep.");
        return ExitCode.OK;
    }
}
