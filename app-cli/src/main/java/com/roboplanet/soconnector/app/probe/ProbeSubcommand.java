package com.roboplanet.soconnector.app.probe;

import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.StrategyRecommendation;
import com.roboplanet.soconnector.domain.port.in.ProbeSendPathsCommand;
import com.roboplanet.soconnector.domain.port.in.ProbeSendPathsUseCase;
import com.roboplanet.soconnector.domain.port.in.SendPathReport;
import com.roboplanet.soconnector.domain.port.out.ScriptOutput;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code so-connector probe}: which sending path can work for this tenant and relay, and why not. */
@Command(
        name = "probe",
        mixinStandardHelpOptions = true,
        description = {
            "Checks, without sending or creating anything, what the configured SuperOffice tenant and SMTP relay"
                    + " allow: token and API host, the current user, reading sales, creating documents and tasks,"
                    + " the EMail and CRMScript agents, and the relay (connect, TLS, login, MAIL FROM/RCPT TO then RSET).",
            "Ends with the SO_SEND_STRATEGY these results support."
        },
        footer = {"", "Exit codes: 0 at least one sending path works; 6 none works."})
public final class ProbeSubcommand implements Callable<Integer> {

    enum Format {
        table,
        json
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    Format format = Format.table;

    private final ProbeSendPathsUseCase probe;
    private final ScriptOutput scriptOutput;
    private final Console console;

    @Inject
    ProbeSubcommand(ProbeSendPathsUseCase probe, ScriptOutput scriptOutput, Console console) {
        this.probe = probe;
        this.scriptOutput = scriptOutput;
        this.console = console;
    }

    @Override
    public Integer call() {
        SendPathReport report = probe.probe(new ProbeSendPathsCommand());
        PrintWriter out = console.out();
        switch (format) {
            case table -> printTable(out, report.rows(), report.recommendation());
            case json -> scriptOutput.json(document(report), out);
        }
        out.flush();
        return report.recommendation().anyPathWorks() ? ExitCode.OK : ExitCode.NOT_SENT;
    }

    /**
     * Capability, status and evidence as aligned columns; meaning and fix on their own lines under the evidence,
     * because they are sentences that would make one row wider than any terminal.
     */
    private static void printTable(PrintWriter out, List<ProbeRow> rows, StrategyRecommendation recommendation) {
        int labelWidth = "Capability".length();
        int statusWidth = "Status".length();
        for (ProbeRow row : rows) {
            labelWidth = Math.max(labelWidth, row.capability().label().length());
            statusWidth = Math.max(statusWidth, row.status().name().length());
        }
        String columns = "%-" + labelWidth + "s  %-" + statusWidth + "s  %s";
        String indent = " ".repeat(labelWidth + statusWidth + 4);
        out.println(String.format(columns, "Capability", "Status", "Evidence / meaning / fix")
                .stripTrailing());
        for (ProbeRow row : rows) {
            out.println(String.format(
                            columns, row.capability().label(), row.status().name(), row.evidence())
                    .stripTrailing());
            if (!row.meaning().isEmpty()) {
                out.println(indent + row.meaning());
            }
            if (!row.fix().isEmpty()) {
                out.println(indent + "fix: " + row.fix());
            }
        }
        out.println();
        out.println(
                recommendation.anyPathWorks()
                        ? "Recommended: SO_SEND_STRATEGY=" + recommendation.configValue()
                        : "Recommended: none");
        out.println(recommendation.why());
    }

    /** {@code {"rows": [{capability, label, status, evidence, meaning, fix}...], "recommendation": {...}}} */
    private static Map<String, Object> document(SendPathReport report) {
        List<Map<String, Object>> jsonRows = new ArrayList<>();
        for (ProbeRow row : report.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("capability", row.capability().name());
            r.put("label", row.capability().label());
            r.put("status", row.status().name());
            r.put("evidence", row.evidence());
            r.put("meaning", row.meaning());
            r.put("fix", row.fix());
            jsonRows.add(r);
        }
        Map<String, Object> recommended = new LinkedHashMap<>();
        recommended.put("SO_SEND_STRATEGY", report.recommendation().configValue());
        recommended.put("why", report.recommendation().why());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rows", jsonRows);
        doc.put("recommendation", recommended);
        return doc;
    }
}
