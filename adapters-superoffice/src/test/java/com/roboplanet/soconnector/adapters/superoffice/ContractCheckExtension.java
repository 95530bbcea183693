package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.contract.SuperOfficeContract;
import com.roboplanet.soconnector.sandbox.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each test (and each test class, for what {@code @BeforeAll} sent), every request the adapter sent to a
 * sandbox started through {@link SandboxFixture#start} is checked against SuperOffice's definitions: a route they do
 * not have, a query option or body property they do not allow, fails the test that sent it. Registered for every test
 * of this module by JUnit's extension auto-detection ({@code junit-platform.properties}).
 */
public final class ContractCheckExtension implements AfterEachCallback, AfterAllCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        check(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            check(context);
        } finally {
            SandboxFixture.forgetSandboxes();
        }
    }

    private static void check(ExtensionContext context) {
        List<LoggedRequest> sent = SandboxFixture.uncheckedRequests();
        if (sent.isEmpty()) return;
        Optional<SuperOfficeContract> contract = SuperOfficeContract.loadIfAvailable(
                reason -> context.publishReportEntry("contract", reason + ". Adapter requests not checked."));
        if (contract.isEmpty()) return;
        Set<String> violations = AdapterRequests.violations(contract.get(), sent);
        if (!violations.isEmpty()) {
            throw new AssertionError("The adapter sent requests that SuperOffice's definitions do not allow"
                    + " (docs/contract-differences.md lists the accepted differences):\n  - "
                    + String.join("\n  - ", new ArrayList<>(violations)));
        }
    }
}
