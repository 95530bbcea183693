package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.app.config.Setting;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>picocli quotes the argument it could not place, and that argument may be a secret on its way to a terminal
 * recording or a CI log. So the message never repeats an argument that may hold a setting's value ({@link
 * #mayHoldSecrets}): the value of {@code -c}/{@code --config} in any spelling, a {@code KEY=VALUE} argument, the
 * argument after a setting's name or after an unknown option (a mistyped {@code -C} or {@code --confg}).
 */
final class UsageErrors implements IParameterExceptionHandler {
    static final String NOT_SHOWN = "(not shown: it may be a secret)";

    /** Short options, clustered or not, that end in {@code -c}: the rest of the argument, or the next, is its value. */
    private static final Pattern CLUSTER_WITH_CONFIG = Pattern.compile("-[hVvq]*c(.*)", Pattern.DOTALL);

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return print(e, args);
    }

    /** Prints the lines for {@code e} to its command's stderr; returns {@link ExitCode#USAGE}. */
    static int print(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        List<String> unmatched = e instanceof UnmatchedArgumentException u ? u.getUnmatched() : List.of();
        err.println("so-connector: " + lowerFirst(scrubbed(e.getMessage(), mayHoldSecrets(args, unmatched))));
        if (e instanceof UnmatchedArgumentException u) {
            // Option and command names from the command's own definition, never the user's text.
            UnmatchedArgumentException.printSuggestions(u, err);
        }
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    /**
     * The arguments that may hold a setting's value, whole as given: the value of {@code -c} and {@code --config}
     * (separate, attached, after {@code =}, in a cluster such as {@code -qc}), any argument that is not an option and
     * holds {@code =}, an argument that starts like a setting ({@code SO_REFRESH_TOKEN:...}) and the argument after
     * it, and the argument after an unknown option (whose value it may be).
     *
     * @param unmatched the arguments picocli could not place, as it reports them
     */
    static Set<String> mayHoldSecrets(String[] args, List<String> unmatched) {
        Set<String> hidden = new HashSet<>();
        Set<String> unknownOptions = new HashSet<>();
        unmatched.stream().filter(a -> a.startsWith("-")).forEach(unknownOptions::add);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String next = i + 1 < args.length ? args[i + 1] : null;
            Matcher cluster = CLUSTER_WITH_CONFIG.matcher(arg);
            if (arg.equals("--config") || (cluster.matches() && cluster.group(1).isEmpty())) {
                addIfPresent(hidden, next);
            } else if (arg.startsWith("--config=") || cluster.matches()) {
                hidden.add(arg);
            } else if (unknownOptions.contains(arg)) {
                if (arg.contains("=")) {
                    hidden.add(arg);
                } else {
                    addIfPresent(hidden, next);
                }
            } else if (!arg.startsWith("-") && arg.contains("=")) {
                hidden.add(arg);
            } else if (Setting.of(arg.toUpperCase(Locale.ROOT)).isPresent()) {
                addIfPresent(hidden, next);
            } else if (Setting.ownPrefix(arg)) {
                // SO_REFRESH_TOKENeyJ..., SO_CLIENT_SECRET:abc: a setting's name with its value glued on.
                hidden.add(arg);
                addIfPresent(hidden, next);
            }
        }
        hidden.remove("");
        return hidden;
    }

    private static void addIfPresent(Set<String> hidden, String arg) {
        if (arg != null) {
            hidden.add(arg);
        }
    }

    /**
     * The message with every hidden argument replaced: quoted as picocli quotes it, and anywhere else when it is long
     * enough to be a secret rather than a word of the message itself (a command's name).
     */
    static String scrubbed(String message, Set<String> hidden) {
        List<String> longestFirst = new ArrayList<>(hidden);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        String text = message;
        for (String h : longestFirst) {
            text = text.replace("'" + h + "'", "'" + NOT_SHOWN + "'");
            if (h.length() >= 8) {
                text = text.replace(h, NOT_SHOWN);
            }
        }
        return text;
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
