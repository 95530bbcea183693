package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.sandbox.LoggedRequest;
import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts sandboxes for the adapter's tests (so that {@link ContractCheckExtension} checks what the adapter sent them),
 * settings pointing at a running sandbox, and a helper that reads all sales into a list.
 */
final class SandboxFixture {
    private static final List<Watched> WATCHED = new ArrayList<>();

    private SandboxFixture() {}

    /** Starts a sandbox whose request log the contract check reads after each test. */
    static SuperOfficeSandbox start(SandboxOptions options) {
        SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(options);
        synchronized (WATCHED) {
            WATCHED.add(new Watched(sandbox));
        }
        return sandbox;
    }

    /** The requests logged since the last call, over all sandboxes started so far. */
    static List<LoggedRequest> uncheckedRequests() {
        synchronized (WATCHED) {
            List<LoggedRequest> unchecked = new ArrayList<>();
            for (Watched watched : WATCHED) unchecked.addAll(watched.unchecked());
            return unchecked;
        }
    }

    /** Called after a test class: its sandboxes are closed and checked, so the log copies can go. */
    static void forgetSandboxes() {
        synchronized (WATCHED) {
            WATCHED.clear();
        }
    }

    private static final class Watched {
        private final SuperOfficeSandbox sandbox;
        private int checked;

        Watched(SuperOfficeSandbox sandbox) {
            this.sandbox = sandbox;
        }

        List<LoggedRequest> unchecked() {
            List<LoggedRequest> entries = sandbox.requestLog().entries();
            // A test may clear the log; then everything in it is new.
            if (entries.size() < checked) checked = 0;
            List<LoggedRequest> fresh = List.copyOf(entries.subList(checked, entries.size()));
            checked = entries.size();
            return fresh;
        }
    }

    static SuperOfficeSettings settings(SuperOfficeSandbox sandbox, int pageSize) {
        SandboxCredentials c = sandbox.credentials();
        // The rate limit is lifted so the tests do not spend real time in it; the limiter has its own test.
        return SuperOfficeSettings.of(
                        c.clientId(),
                        c.clientSecret(),
                        c.refreshToken(),
                        "sandbox",
                        c.contextIdentifier(),
                        URI.create(sandbox.loginUrl()))
                .withPageSize(pageSize)
                .withMaxRequestsPerSecond(1000);
    }

    record Read(List<Sale> sales, SaleSourceReport report) {
        List<Long> ids() {
            return sales.stream().map(Sale::id).toList();
        }
    }

    static Read read(SuperOfficeSandbox sandbox, int pageSize, SaleQuery query, Sleeper sleeper) {
        try (SuperOfficeConnection connection =
                SuperOfficeConnection.open(settings(sandbox, pageSize), Clock.systemUTC(), sleeper)) {
            List<Sale> sales = new ArrayList<>();
            SaleSourceReport report = connection.saleSource().read(query, sales::add);
            return new Read(sales, report);
        }
    }
}
