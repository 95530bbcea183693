package com.roboplanet.soconnector.app;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse is answered in at most three lines on stderr, as GNU tools do: what is wrong,
 * picocli's nearest option or command when it has one, and where the help is. picocli's own handler would print the
 * whole usage after the error, which then scrolls out of sight.
 *
 * <pre>
 * so-connector: unknown option: '--limti'
 * Possible solutions: --limit
 * Try 'so-connector report --help' for more information.
 * </pre>
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return print(e);
    }

    /** Prints the lines for {@code e} to its command's stderr; returns {@link ExitCode#USAGE}. */
    static int print(ParameterException e) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("so-connector: " + lowerFirst(e.getMessage()));
        if (e instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
