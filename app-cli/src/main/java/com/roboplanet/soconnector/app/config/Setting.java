package com.roboplanet.soconnector.app.config;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every configuration key so-connector reads, with its default and meaning exactly as README's "Configuration" table
 * gives them ({@code ConfigurationTableTest} compares the two row by row, so they cannot disagree). A key that is not
 * here is unknown: {@link Configuration#load} refuses it in {@code .env} and {@code -c} and warns about it in the
 * environment, naming the closest key here ({@link Closest}).
 *
 * <p>A key is added here in the same change that first reads it, with its README row.
 */
public enum Setting {
    SO_CLIENT_ID("(required)", "the application id of your SuperOffice app registration", Flag.NAMES_TENANT),
    SO_CLIENT_SECRET("(required)", "the application token (client secret)", Flag.NAMES_TENANT, Flag.SECRET),
    SO_REFRESH_TOKEN(
            "(required)",
            "the refresh token from the one-time consent (authorization-code flow)",
            Flag.NAMES_TENANT,
            Flag.SECRET),
    SO_REDIRECT_URI("(required)", "the redirect URI registered for the app", Flag.NAMES_TENANT),
    SO_ENVIRONMENT(
            "(required)",
            "`sod` (development), `qaonline` or `stage`, `online` (production); `sandbox` with `SO_LOGIN_URL` for a"
                    + " sandbox that `so-connector sandbox` runs, or alone for the built-in sandbox (as `--sandbox`)",
            Flag.NAMES_TENANT),
    SO_CONTEXT_IDENTIFIER("(required)", "the tenant, e.g. `Cust12345`", Flag.NAMES_TENANT),
    SO_LOGIN_URL(
            "`https://{environment}.superoffice.com` (`stage` logs in at `qaonline`)",
            "the login host; set it for a proxy or a local server (`http://` only makes sense on loopback)",
            Flag.NAMES_TENANT),
    SO_API_URL(
            "discovered",
            "the tenant's API base (`.../Cust12345/api/`). Normally left unset: the host is taken from the id_token's"
                    + " `webapi_url` claim, falling back to the tenant state API, because SuperOffice moves tenants"
                    + " between hosts",
            Flag.NAMES_TENANT),
    SO_LANGUAGE(
            "`en`",
            "sent as `Accept-Language`, so list values come back translated; list names and values that still come in"
                    + " SuperOffice's multi-language form (`US:\"Service robots\";GE:\"Serviceroboter\"`) are read in"
                    + " this language (`en` = `US`, `de` = `GE`, `nb`/`no` = `NO`, `sv` = `SW`, `fr` = `FR`; `de-DE`"
                    + " works too), else the first language given",
            Flag.NAMES_TENANT),
    SO_PAGE_SIZE(
            "`500`",
            "rows per request when paging an archive (sales, quote lines, products, users)",
            Flag.NAMES_TENANT),
    SO_MAX_REQUESTS_PER_SECOND("`10`", "client-side rate limit (every attempt, retries included)", Flag.NAMES_TENANT),
    SO_MAX_CONCURRENT_REQUESTS(
            "`2`",
            "the most SuperOffice requests in flight at once (1 to 16): a read fetches the next page of sales and its"
                    + " quote lines while it matches the current one"
                    + " ([ADR 0016](docs/adr/0016-quote-lines-by-the-page-and-pipelined-reads.md))"),
    SO_MAX_RETRY_WAIT(
            "`120` (seconds; `120s`, `2m`, `PT2M` also work)",
            "the longest `Retry-After` the connector waits for; longer fails with a message",
            Flag.NAMES_TENANT),
    SO_HTTP_TIMEOUT("`30` (seconds)", "connect and read timeout per request", Flag.NAMES_TENANT),
    SO_PROXY(
            "unset: the proxy from `-Dhttps.proxyHost`/`-Dhttp.proxyHost`, else from"
                    + " `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`",
            "the web proxy for SuperOffice (login and API hosts): `http://[user:password@]host:port`, or `direct` for"
                    + " none; overrides both (see [Behind a proxy](#behind-a-proxy)). The password is never printed",
            Flag.SECRET),
    SO_UDF_COLUMNS(
            "none (built-in sandbox: `saleUdef/SuperOffice:1`)",
            "comma list of the sale archive's user-defined columns (`saleUdef/SuperOffice:N`, or `saleUdef/` plus the"
                    + " field's ProgId) to scan for product codes; selected in the same paged query, so no extra"
                    + " requests. A column the tenant refuses stops the run naming it",
            Flag.NAMES_TENANT),
    SO_UDF_PRODUCT_PATTERN(
            "`\\b[A-Z]{2}(?:-[A-Z0-9]+){2,4}\\b`",
            "Java regular expression for a product code inside a user-defined field (the default finds"
                    + " `RR-02-017-OMNIE`, `PD-BB-PRO-01`, not `CD-01`); every match is reported with `Source=UDF`,"
                    + " resolved to the catalogue product with that code or name. Empty turns the scan off; an invalid"
                    + " expression exits with code 3"),
    SO_CSV_COLUMNS(
            "none",
            "the columns of a sales export or recipient list, saved: `saleId=Verkaufsnummer,heading=Stichwort` (see"
                    + " [Reading an export](#reading-an-export)); a `--column` flag wins for the same key"),
    SO_EXCEL(
            "`false`",
            "`true` makes `--excel` the default for reports and `send --batch` result files (UTF-8 BOM, `;`, CRLF)"),
    SO_SEND_STRATEGY(
            "`email-agent,smtp-relay,activity-handoff`",
            "how `send` delivers mail: one strategy or an ordered comma list of `email-agent`, `smtp-relay`,"
                    + " `activity-handoff` (see [Sending mail](#sending-mail-the-strategies-and-how-to-choose)). An"
                    + " unknown or repeated name exits with code 3 (naming the closest strategy)"),
    SO_MAIL_TEMPLATE_ID(
            "the first template with record type Email in `List/DocumentTemplate/Items`",
            "the document template sent mails are archived with (`smtp-relay`)"),
    SO_HANDOFF_TASK_ID(
            "the first outgoing Email task, else the first ToDo task, in `List/Task/Items`",
            "the task type of hand-off activities (`activity-handoff`)"),
    SO_CONNECTOR_JAVA_OPTS(
            "none",
            "options for the Java VM (`-Xmx512m`, proxy or trust-store properties), read by `bin/so-connector` and"
                    + " `bin/so-connector.cmd` from the environment only",
            Flag.ENVIRONMENT_ONLY),
    SMTP_HOST("unset: `smtp-relay` is \"not available\" and a strategy list moves on", "the relay's host name"),
    SMTP_PORT("`587` (`465` with `ssl`)", "the relay's port"),
    SMTP_SECURITY(
            "`starttls`",
            "`starttls` (required, not opportunistic), `ssl`, or `none` (only for a relay on this machine)"),
    SMTP_USERNAME("no login", "the relay account; set it together with `SMTP_PASSWORD`"),
    SMTP_PASSWORD("no login", "the relay account's password; set it together with `SMTP_USERNAME`", Flag.SECRET),
    SMTP_FROM(
            "(required with `SMTP_HOST`)",
            "the relay's own address: envelope sender, and `Sender`/`From` as"
                    + " [ADR 0004](docs/adr/0004-smtp-relay-headers.md) decides"),
    SMTP_FROM_NAME("none", "display name for `SMTP_FROM` when no rep name applies"),
    SMTP_REP_AS_FROM(
            "`aligned`",
            "`aligned`: the rep is `From` when their domain matches `SMTP_FROM`'s; `never`: always the relay address"
                    + " with the rep's name (relays without \"Send As\" rights)"),
    SMTP_SSL_TRUST("none", "hosts whose self-signed certificate you vouch for (an internal relay)"),
    SMTP_HELO_NAME(
            "this machine's fully qualified name when it has a dot, else its address as an RFC 5321 literal"
                    + " (`[10.0.0.5]`)",
            "the name the connector greets the relay with (`EHLO`). Set it when the relay refuses the greeting"
                    + " (Google Workspace's smtp-relay answers `421 4.7.0` to `EHLO localhost`; Postfix with"
                    + " `reject_non_fqdn_helo_hostname` says `Helo command rejected`): a host name like"
                    + " `crm-sender.roboplanet.de` or a literal like `[192.0.2.7]`");

    /** The prefixes of the keys so-connector owns: any other key in {@code .env} belongs to another program. */
    public static final List<String> PREFIXES = List.of("SO_", "SMTP_");

    /** What kind of key it is. */
    enum Flag {
        /** Names or reaches a tenant: setting it means "not the built-in sandbox" (see {@link #namesTenant()}). */
        NAMES_TENANT,
        /** Its value is a secret: never printed, and a warning when it is given on the command line. */
        SECRET,
        /** Read from the environment by the launcher, before Java starts: in {@code .env} or {@code -c} it does nothing. */
        ENVIRONMENT_ONLY
    }

    private final String defaultText;
    private final String meaning;
    private final Set<Flag> flags;

    Setting(String defaultText, String meaning, Flag... flags) {
        this.defaultText = defaultText;
        this.meaning = meaning;
        this.flags = flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(Arrays.asList(flags));
    }

    /** The key as it is written in {@code .env}, the environment and {@code -c}. */
    public String key() {
        return name();
    }

    /** The default as README's table states it (Markdown). */
    public String defaultText() {
        return defaultText;
    }

    /** What the key does, as README's table states it (Markdown). */
    public String meaning() {
        return meaning;
    }

    /**
     * Whether setting it says which tenant to use. Keys that say how to use a tenant (the send choices, the product
     * pattern, the proxy, export columns, concurrency) do not, so that they can be tried against the built-in sandbox.
     */
    public boolean namesTenant() {
        return flags.contains(Flag.NAMES_TENANT);
    }

    /** Whether the value is a secret (credentials, a proxy URL that may carry a password). */
    public boolean secret() {
        return flags.contains(Flag.SECRET);
    }

    /** Whether only the launcher reads it, from the environment. */
    public boolean environmentOnly() {
        return flags.contains(Flag.ENVIRONMENT_ONLY);
    }

    /** The setting with exactly this key. */
    public static Optional<Setting> of(String key) {
        return Arrays.stream(values()).filter(s -> s.name().equals(key)).findFirst();
    }

    /** Whether a key looks like one of ours ({@code SO_...}, {@code smtp_...}), whatever its case. */
    public static boolean ownPrefix(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        return PREFIXES.stream().anyMatch(upper::startsWith);
    }
}
