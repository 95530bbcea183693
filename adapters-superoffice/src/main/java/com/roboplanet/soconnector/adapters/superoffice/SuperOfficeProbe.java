package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.domain.model.Capability;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers "which sending path can work, and why not" for the configured API user, creating and sending nothing:
 * rights come from the entity defaults' {@code TableRight}, the agents are asked a read-only question.
 */
final class SuperOfficeProbe implements CapabilityProbe {
    private static final List<Capability> AFTER_LOGIN = List.of(
            Capability.CURRENT_USER,
            Capability.READ_SALES,
            Capability.CREATE_DOCUMENT,
            Capability.CREATE_APPOINTMENT,
            Capability.EMAIL_AGENT,
            Capability.CRMSCRIPT_AGENT);

    private final TokenService tokens;
    private final SuperOfficeApi api;
    private final MailTargets targets;
    private final HttpTransport transport;
    private final URI loginUrl;

    SuperOfficeProbe(
            TokenService tokens, SuperOfficeApi api, MailTargets targets, HttpTransport transport, URI loginUrl) {
        this.tokens = tokens;
        this.api = api;
        this.targets = targets;
        this.transport = transport;
        this.loginUrl = loginUrl;
    }

    @Override
    public List<ProbeRow> probe() {
        List<ProbeRow> rows = new ArrayList<>();
        TokenService.Session session;
        try {
            session = tokens.current();
        } catch (SuperOfficeApiException e) {
            rows.add(proxy(null));
            // A proxy asking for a login (407) is a configuration failure before any token was issued.
            boolean tokenIssued = e.failure() == SuperOfficeApiException.Failure.CONFIGURATION && e.status() != 407;
            rows.add(
                    tokenIssued
                            ? ok(
                                    Capability.TOKEN,
                                    "access token received",
                                    "the login accepts the client and refresh token")
                            : failed(Capability.TOKEN, e, tokenFix(e)));
            rows.add(
                    tokenIssued
                            ? failed(Capability.DISCOVERY, e, "check SO_CONTEXT_IDENTIFIER and SO_ENVIRONMENT")
                            : skipped(Capability.DISCOVERY));
            AFTER_LOGIN.forEach(c -> rows.add(skipped(c)));
            return rows;
        }
        rows.add(proxy(session.apiBase()));
        rows.add(ok(Capability.TOKEN, "access token received", "the login accepts the client and refresh token"));
        rows.add(ok(Capability.DISCOVERY, session.apiBase().toString(), "the tenant's API host is known"));
        rows.add(check(Capability.CURRENT_USER, this::currentUser, "check the API user's role in SuperOffice"));
        rows.add(check(Capability.READ_SALES, this::readSales, "give the API user's role the right to read sales"));
        rows.add(check(
                Capability.CREATE_DOCUMENT,
                this::documents,
                "give the API user's role the right to create"
                        + " documents (needed to archive mails sent by smtp-relay)"));
        rows.add(check(
                Capability.CREATE_APPOINTMENT,
                this::appointments,
                "give the API user's role the right to" + " create follow-ups (needed by activity-handoff)"));
        rows.add(check(Capability.EMAIL_AGENT, this::emailAgent, EmailAgentSendStrategy.NOT_GRANTED_FIX));
        rows.add(check(
                Capability.CRMSCRIPT_AGENT,
                this::crmScript,
                "so-connector does not need it; it must be"
                        + " requested at app registration and needs the Developer Tools licence"));
        return rows;
    }

    private static String tokenFix(SuperOfficeApiException e) {
        if (e.failure() == SuperOfficeApiException.Failure.AUTHENTICATION) {
            return "check SO_CLIENT_ID, SO_CLIENT_SECRET, SO_REFRESH_TOKEN and SO_ENVIRONMENT; a revoked consent"
                    + " needs a new refresh token";
        }
        return "check the way to SuperOffice (the proxy row above, README 'Behind a proxy') and SO_LOGIN_URL";
    }

    /**
     * Which proxy, if any, carried the requests to the login host and (once known) the API host, and which setting chose
     * it; whether it worked shows in the rows that follow.
     */
    private ProbeRow proxy(URI apiBase) {
        String login = transport.route(loginUrl);
        String evidence;
        if (apiBase == null) {
            evidence = "login host " + loginUrl.getHost() + ": " + login;
        } else {
            String api = transport.route(apiBase);
            evidence = login.equals(api)
                    ? login + " for the login host " + loginUrl.getHost() + " and the API host " + apiBase.getHost()
                    : "login host " + loginUrl.getHost() + ": " + login + "; API host " + apiBase.getHost() + ": "
                            + api;
        }
        boolean proxied = transport.proxyFor(loginUrl).isPresent()
                || apiBase != null && transport.proxyFor(apiBase).isPresent();
        return ok(
                Capability.PROXY,
                evidence,
                proxied
                        ? "requests to SuperOffice go through a web proxy (SO_PROXY, then -Dhttp(s).proxyHost, then"
                                + " HTTPS_PROXY/HTTP_PROXY/NO_PROXY decide)"
                        : "requests go straight to SuperOffice; set HTTPS_PROXY or SO_PROXY if this network needs a"
                                + " proxy");
    }

    private ProbeRow currentUser() {
        JsonNode p = api.currentPrincipal();
        long associateId = p.path("AssociateId").asLong(0);
        String type = p.path("UserType").asText("");
        String evidence = "HTTP 200: " + type + ", associate " + associateId + " ("
                + p.path("FullName").asText("")
                + "), role " + api.listText().pick(p.path("RoleName").asText("")) + ", "
                + p.path("Licenses").size() + " licences, "
                + p.path("FunctionRights").size() + " function rights";
        boolean system = associateId <= 0 || type.toLowerCase(Locale.ROOT).contains("system");
        return ok(
                Capability.CURRENT_USER,
                evidence,
                system
                        ? "a system user with no person of its own: mails go out in the name of the rep given with"
                                + " --rep, never as the API user"
                        : "the API user is " + p.path("FullName").asText("") + "; mails go out in the name of the"
                                + " rep given with --rep");
    }

    private ProbeRow readSales() {
        int rows = api.findSales(new ArchiveQuery(List.of("saleId"), "", "saleId asc", 1, 0))
                .rows()
                .size();
        return ok(Capability.READ_SALES, "HTTP 200, " + rows + " row", "the sale archive can be read");
    }

    private ProbeRow documents() {
        return creation(
                Capability.CREATE_DOCUMENT,
                "Document",
                targets::documentTemplateId,
                "documents",
                "Email template",
                "SO_MAIL_TEMPLATE_ID",
                "sent mails can be archived as documents (nothing was created)");
    }

    private ProbeRow appointments() {
        return creation(
                Capability.CREATE_APPOINTMENT,
                "Appointment",
                targets::taskListItemId,
                "follow-ups",
                "task",
                "SO_HANDOFF_TASK_ID",
                "hand-off tasks can be created (nothing was created)");
    }

    /** May the user create this entity (its default's table right), and is the list item it needs there? */
    private ProbeRow creation(
            Capability capability,
            String entity,
            LongSupplier target,
            String plural,
            String targetName,
            String setting,
            String meaning) {
        String mask = api.entityDefault(entity).path("TableRight").path("Mask").asText("None");
        if (!TableRights.allowsInsert(mask)) {
            return new ProbeRow(
                    capability,
                    Status.FAILED,
                    "TableRight " + mask,
                    "the API user may not create " + plural,
                    "an administrator gives the API user's role the right to create them");
        }
        long id;
        try {
            id = target.getAsLong();
        } catch (MailTargets.TargetException e) {
            return new ProbeRow(
                    capability,
                    Status.FAILED,
                    "TableRight " + mask,
                    plural + " may be created, but " + e.getMessage(),
                    "set " + setting);
        }
        return ok(capability, "TableRight " + mask + ", " + targetName + " " + id, meaning);
    }

    private ProbeRow emailAgent() {
        long account = api.emailCurrentAccountId().asLong(0);
        return ok(
                Capability.EMAIL_AGENT, "HTTP 200, mail account " + account, "the EMail agent is granted to this app");
    }

    private ProbeRow crmScript() {
        api.crmScriptDefault();
        return ok(
                Capability.CRMSCRIPT_AGENT,
                "HTTP 200",
                "the CRMScript agent is granted (so-connector does not use it)");
    }

    private static ProbeRow check(Capability capability, Supplier<ProbeRow> step, String fix) {
        try {
            return step.get();
        } catch (SuperOfficeApiException e) {
            return failed(capability, e, fix);
        }
    }

    private static ProbeRow ok(Capability capability, String evidence, String meaning) {
        return new ProbeRow(capability, Status.OK, evidence, meaning, "");
    }

    private static ProbeRow failed(Capability capability, SuperOfficeApiException e, String fix) {
        String evidence = e.status() == 0
                ? "no answer"
                : "HTTP " + e.status() + (e.errorType().isBlank() ? "" : " " + e.errorType());
        return new ProbeRow(capability, Status.FAILED, evidence, e.getMessage(), fix);
    }

    private static ProbeRow skipped(Capability capability) {
        return new ProbeRow(capability, Status.SKIPPED, "", "not checked: an earlier step failed", "");
    }
}
