package com.roboplanet.soconnector.app;

/** The process exit codes, documented in the README; scripts rely on them, so never renumber. */
public final class ExitCode {
    public static final int OK = 0;
    /** A bug or a failure nobody anticipated: the message says where to look. */
    public static final int UNEXPECTED = 1;
    /**
     * The command line itself is wrong: an unknown option, a missing argument or one out of range, options that
     * contradict each other.
     */
    public static final int USAGE = 2;
    /**
     * Configuration or an input file is invalid, or a local file cannot be written before anything was sent (the
     * journal, a result file: a full disk): the message names the key or file, line and reason.
     */
    public static final int INVALID_INPUT = 3;
    /**
     * SuperOffice refused the credentials: the token endpoint refused the refresh token (consent revoked, wrong secret,
     * wrong environment), or the API refused every request also with a fresh token.
     */
    public static final int ACCESS_DENIED = 4;
    /** SuperOffice or the mail relay could not be reached, kept failing, or answered nonsense. */
    public static final int UNAVAILABLE = 5;
    /**
     * Nothing was sent: no configured strategy could serve ({@code send}), some rows were not sent or would fail
     * ({@code send --batch}, also {@code --dry-run}), a mail is left not sent ({@code --resume}, {@code --resolve ...
     * --not-sent}: the next send sends it), or no sending path works ({@code probe}, also when SuperOffice refuses or
     * cannot be reached).
     */
    public static final int NOT_SENT = 6;
    /**
     * Something is unfinished and needs a later run or a person, whichever run left it: a mail was sent but not yet
     * archived (run {@code send --resume}), an interrupted send needs a decision ({@code --resolve}), an entry of an
     * earlier version is not assigned or belongs to another tenant, another run holds the mail, or a mail left and the
     * journal could not record it (ADR 0005's state table).
     */
    public static final int UNFINISHED = 7;
    /**
     * The report was written but is incomplete: SuperOffice refused a part of the source in its documented way (a
     * missing licence or right, e.g. the Quote agent) and the run went on without it; the summary names the part.
     */
    public static final int INCOMPLETE = 8;
    /**
     * A right is missing: SuperOffice accepts the credentials but refuses one call to this user (403, or 401 to a fresh
     * token that other calls accept); the message names the call and the right. Distinct from {@link #ACCESS_DENIED},
     * whose fix is new credentials, because the fix here is a right in the user's role.
     */
    public static final int NOT_PERMITTED = 9;
    /**
     * Interrupted by Ctrl+C (SIGINT): 128 + 2, as shells report it. The JVM sets it on its way out; its shutdown hooks
     * remove the temporary file of a report being written, so the old report, if any, stays as it was.
     */
    public static final int INTERRUPTED = 130;

    private ExitCode() {}
}
