package com.roboplanet.soconnector.sandbox;

import com.roboplanet.soconnector.contract.SuperOfficeContract;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Which of the given route names SuperOffice's definitions do not have, sorted, so a failure names them. */
final class SandboxRoutes {
    private SandboxRoutes() {}

    static Set<String> notInDefinitions(Collection<String> routes, SuperOfficeContract contract) {
        Set<String> missing = new TreeSet<>();
        for (String route : routes) if (!contract.hasRoute(route)) missing.add(route);
        return missing;
    }
}
