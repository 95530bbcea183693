package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.contract.ContractRequest;
import com.roboplanet.soconnector.contract.SuperOfficeContract;
import com.roboplanet.soconnector.contract.Violations;
import com.roboplanet.soconnector.sandbox.LoggedRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Holds the requests the adapter sent to a sandbox to SuperOffice's definitions. */
final class AdapterRequests {
    /** The tenant API; the login host (OAuth, OpenID, tenant state) is not part of WebAPI's definitions. */
    private static final Pattern TENANT_API = Pattern.compile("^/[^/]+/api/v1/.*");

    private AdapterRequests() {}

    /** Each distinct violation once, prefixed with the request it was found in. */
    static Set<String> violations(SuperOfficeContract contract, List<LoggedRequest> requests) {
        Set<String> found = new LinkedHashSet<>();
        for (LoggedRequest request : requests) {
            if (!TENANT_API.matcher(request.path()).matches()) continue;
            Violations violations = contract.checkRequest(toContract(request));
            violations.messages().forEach(message -> found.add(violations.subject() + ": " + message));
        }
        return found;
    }

    static ContractRequest toContract(LoggedRequest request) {
        return new ContractRequest(
                request.method(), request.path(), request.query(), request.headers(), request.body());
    }
}
