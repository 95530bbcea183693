package com.roboplanet.soconnector.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Prints the sandbox's two speed figures: start-up of the default tenant (start() to the first 200 of GET Sale) and a
 * full paged scan ($top=500) of a 100,000-sale tenant, parsed as a client would. Run:
 *
 * <pre>./mvnw -B -o -q -pl superoffice-sandbox test-compile exec:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=com.roboplanet.soconnector.sandbox.SandboxBenchmark</pre>
 */
public final class SandboxBenchmark {
    private static final String SELECT =
            "saleId,heading,amount,date,saleStatus,contact/contactId,contact/name,associateId,associate/fullName";
    private static final JsonFactory FACTORY = new JsonFactory();

    private SandboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        for (int run = 1; run <= 5; run++) {
            long started = System.nanoTime();
            try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults())) {
                long up = System.nanoTime();
                SandboxClient client = new SandboxClient(sandbox).login();
                long token = System.nanoTime();
                int status = client.get("v1/Sale?$select=saleId,heading&$top=1").statusCode();
                long done = System.nanoTime();
                System.out.printf(
                        "start-up run %d: %d ms from start() to the first GET Sale %d (start() %d ms, token %d ms,"
                                + " GET Sale %d ms; default tenant, 2,000 sales)%n",
                        run,
                        (done - started) / 1_000_000,
                        status,
                        (up - started) / 1_000_000,
                        (token - up) / 1_000_000,
                        (done - token) / 1_000_000);
            }
        }
        int sales = 100_000;
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(sales).build())) {
            SandboxClient client = new SandboxClient(sandbox).login();
            for (int run = 1; run <= 3; run++) {
                scan(client, "saleId asc", "");
                scan(client, "date desc,saleId desc", "contact/contactId gt 0");
            }
        }
    }

    private static void scan(SandboxClient client, String order, String filter)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        long rows = 0;
        int pages = 0;
        for (int skip = 0; ; skip += 500) {
            String url = client.apiBase + "v1/Sale?$select=" + SandboxClient.q(SELECT) + "&$orderBy="
                    + SandboxClient.q(order) + "&$top=500&$skip=" + skip
                    + (filter.isEmpty() ? "" : "&$filter=" + SandboxClient.q(filter));
            HttpResponse<InputStream> response = client.http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + client.accessToken)
                            .header("Accept-Language", "en")
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            int page = countRows(response.body());
            rows += page;
            pages++;
            if (page < 500) break;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "scan order='%s' filter='%s': %,d rows in %d pages, %.2f s, %,.0f rows/s%n",
                order, filter, rows, pages, seconds, rows / seconds);
    }

    private static int countRows(InputStream body) throws IOException {
        int rows = 0;
        int depth = 0;
        try (JsonParser parser = FACTORY.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT && ++depth == 2) rows++;
                if (token == JsonToken.END_OBJECT) depth--;
            }
        }
        return rows;
    }
}
