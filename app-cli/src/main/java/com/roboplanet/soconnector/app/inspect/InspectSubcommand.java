package com.roboplanet.soconnector.app.inspect;

import picocli.CommandLine.Command;

/** {@code so-connector inspect}: look at CRM records as the API returned them. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Shows CRM records: sales exactly as the API returned them, each followed by how the connector"
                + " read it; the users and persons a mail can be sent on behalf of and to.",
        subcommands = {InspectSalesSubcommand.class, InspectRepsSubcommand.class, InspectPersonsSubcommand.class})
public final class InspectSubcommand {}
