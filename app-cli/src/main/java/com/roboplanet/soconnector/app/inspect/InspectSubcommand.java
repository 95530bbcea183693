package com.roboplanet.soconnector.app.inspect;

import picocli.CommandLine.Command;

/** {@code so-connector inspect}: look at CRM records as the API returned them. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Shows CRM records exactly as the API returned them, each followed by how the connector read it.",
        subcommands = {InspectSalesSubcommand.class})
public final class InspectSubcommand {}
