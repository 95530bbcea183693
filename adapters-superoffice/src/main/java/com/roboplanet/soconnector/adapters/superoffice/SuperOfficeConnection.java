package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The adapter's entry point: one connection per tenant, sharing one HTTP client, one rate limit and one
 * token between the sale source and the catalogue source. Close it to release the connections.
 */
public final class SuperOfficeConnection implements AutoCloseable {
    static final Duration BACKOFF_BASE = Duration.ofMillis(500);
    static final Duration BACKOFF_CAP = Duration.ofSeconds(30);

    private final HttpTransport transport;
    private final SuperOfficeSaleSource saleSource;
    private final SuperOfficeSaleSource saleSourceWithQuoteLines;
    private final SuperOfficeCatalogSource catalogSource;
    private final SuperOfficeSaleRecords saleRecords;
    private final SuperOfficeSaleRecords saleRecordsWithQuoteLines;
    private final Clock clock;
    private final TokenService tokens;
    private final SuperOfficeApi api;
    private final SuperOfficeDirectory directory;
    private final URI loginUrl;
    private final Map<SuperOfficeMailSettings, MailTargets> targets = new HashMap<>();

    private SuperOfficeConnection(SuperOfficeSettings settings, Clock clock, Sleeper sleeper, DoubleSupplier random) {
        this.transport = new HttpTransport(
                settings.httpTimeout(),
                new RateLimiter(settings.maxRequestsPerSecond(), clock, sleeper),
                new Backoff(BACKOFF_BASE, BACKOFF_CAP, random),
                sleeper,
                clock,
                settings.maxRetryWait(),
                settings.proxy(),
                settings.maxConcurrentRequests());
        Map<String, String> loginHeaders = new LinkedHashMap<>();
        loginHeaders.put("Accept", "application/json");
        loginHeaders.put("User-Agent", userAgent());
        Map<String, String> apiHeaders = new LinkedHashMap<>(loginHeaders);
        // Without it, list values come back as resource ids ([SR_SALE_SOLD]) or all languages at once.
        apiHeaders.put("Accept-Language", settings.language());
        this.clock = clock;
        this.loginUrl = settings.loginUrl();
        this.tokens = new TokenService(settings, transport, clock, loginHeaders);
        this.api = new SuperOfficeApi(
                new RequestExecutor(tokens, transport, apiHeaders), MultiLanguageText.forLanguage(settings.language()));
        this.directory = new SuperOfficeDirectory(api);
        this.saleSource = new SuperOfficeSaleSource(api, transport, settings.pageSize(), null, settings.udfColumns());
        this.saleSourceWithQuoteLines = new SuperOfficeSaleSource(
                api, transport, settings.pageSize(), new QuoteLines(api), settings.udfColumns());
        this.catalogSource = new SuperOfficeCatalogSource(api, settings.pageSize());
        this.saleRecords = new SuperOfficeSaleRecords(saleSource, api, null);
        this.saleRecordsWithQuoteLines = new SuperOfficeSaleRecords(saleSource, api, new QuoteLines(api));
    }

    /** A connection on the system clock that really waits. Nothing is sent until a source is used. */
    public static SuperOfficeConnection open(SuperOfficeSettings settings) {
        return open(settings, Clock.systemUTC(), Sleeper.REAL);
    }

    /** A connection with the given clock (token expiry, Retry-After dates, rate limit) and sleeper (all waits). */
    public static SuperOfficeConnection open(SuperOfficeSettings settings, Clock clock, Sleeper sleeper) {
        return open(settings, clock, sleeper, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** As above with the back-off's jitter pinned, so that tests can tell back-off waits from rate-limit waits. */
    static SuperOfficeConnection open(
            SuperOfficeSettings settings, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
        return new SuperOfficeConnection(settings, clock, sleeper, jitter);
    }

    public SuperOfficeSaleSource saleSource() {
        return saleSource;
    }

    /**
     * Sales with the quote lines of every sale that has a quote ({@code hasQuote}), read page by page from the quote
     * line archive beside the sale pages, and from the Quote agent (one call) only for a quote whose lines come from
     * more than one alternative (ADR 0016).
     */
    public SuperOfficeSaleSource saleSourceWithQuoteLines() {
        return saleSourceWithQuoteLines;
    }

    public SuperOfficeCatalogSource catalogSource() {
        return catalogSource;
    }

    /** The sale source's rows with the sales read from them, and the sale entity, as SuperOffice returned them. */
    public SuperOfficeSaleRecords saleRecords() {
        return saleRecords;
    }

    /** As {@link #saleRecords()}, and a sale looked up by id has its quote lines read (about two requests). */
    public SuperOfficeSaleRecords saleRecordsWithQuoteLines() {
        return saleRecordsWithQuoteLines;
    }

    /** Rep, person and sale lookups for {@code send}. */
    public CrmDirectory directory() {
        return directory;
    }

    /** The {@code email-agent} strategy: {@code POST Agents/EMail/Send}. */
    public SendStrategy emailAgent() {
        return new EmailAgentSendStrategy(api);
    }

    /** Archives sent .eml files as documents ({@code POST Document}, {@code PUT Document/{id}/Content}). */
    public MailArchive mailArchive(SuperOfficeMailSettings mail) {
        return new SuperOfficeMailArchive(api, targets(mail), clock);
    }

    /**
     * Looks up what an interrupted hand-off or EMail agent send left in SuperOffice (the task carrying the key, the
     * archived mail carrying the Message-ID); reads only.
     */
    public DeliveryCheck deliveryCheck() {
        return new SuperOfficeDeliveryCheck(api);
    }

    /** The {@code activity-handoff} strategy: {@code POST Appointment} as a task for the rep. */
    public SendStrategy activityHandoff(SuperOfficeMailSettings mail) {
        return new ActivityHandoffSendStrategy(api, targets(mail), clock);
    }

    /**
     * The SuperOffice rows of {@code probe}: the proxy used, token, API host, current user, reading sales, rights to create
     * documents and tasks, the EMail and CRMScript agents. Creates nothing; never throws for a failed check.
     */
    public CapabilityProbe probe(SuperOfficeMailSettings mail) {
        return new SuperOfficeProbe(tokens, api, targets(mail), transport, loginUrl);
    }

    /** One lookup of the template and task lists per connection and settings, shared by archive and hand-off. */
    private synchronized MailTargets targets(SuperOfficeMailSettings mail) {
        return targets.computeIfAbsent(mail, m -> new MailTargets(api, m));
    }

    /**
     * From now on every request and every wait of this connection is told to {@code listener} (for a progress display);
     * {@link TransportListener#NONE} to stop.
     */
    public void listen(TransportListener listener) {
        transport.listen(listener);
    }

    /** The typed API of this connection (tests read through it beside the sources). */
    SuperOfficeApi api() {
        return api;
    }

    /** Every HTTP request sent so far, token, discovery and retries included. */
    public long requestsSent() {
        return transport.requestsSent();
    }

    /** {@code so-connector/<version>}, the version written into the jar by the build. */
    static String userAgent() {
        Properties properties = new Properties();
        try (InputStream in = SuperOfficeConnection.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the adapter's version.properties", e);
        }
        String version = properties.getProperty("version", "");
        return "so-connector/" + (version.isBlank() || version.contains("${") ? "unknown" : version.strip());
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the SuperOffice HTTP client failed", e);
        }
    }
}
