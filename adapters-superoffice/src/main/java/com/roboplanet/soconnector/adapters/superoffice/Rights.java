package com.roboplanet.soconnector.adapters.superoffice;

import java.util.List;

/**
 * What a user may not do when SuperOffice refuses one route to them, said in SuperOffice's terms, so that a refusal
 * names the right to ask an administrator for instead of reading like refused credentials. SuperOffice answers 403
 * (Forbidden, {@code SoSecurityException}) when the user's role or licence does not allow a call, and 401 to a fresh
 * token for agents the app was not granted (superoffice-api.md §6.5, §7); either way the token itself is good.
 */
final class Rights {
    /** A route prefix (method and path below the API base) and what a refusal of it means. */
    private record Right(String routePrefix, String what) {}

    private static final List<Right> RIGHTS = List.of(
            new Right("GET v1/Sale", "read sales"),
            new Right("GET v1/Product", "read products (the Product archive)"),
            new Right("GET v1/List/ProductFamily", "read the product family list"),
            new Right("POST v1/Agents/Quote/", "read quotes (the Quote agent)"),
            new Right("GET v1/Person", "read persons"),
            new Right("GET v1/Archive/InternalUsers", "read the list of users (associates)"),
            new Right("GET v1/User/currentPrincipal", "read its own user"),
            new Right("GET v1/List/DocumentTemplate", "read the document template list"),
            new Right("GET v1/List/Task", "read the task list"),
            new Right("GET v1/Document/default", "create documents"),
            new Right("GET v1/Appointment/default", "create follow-ups (appointments and tasks)"),
            new Right("GET v1/Document", "read documents"),
            new Right("POST v1/Document", "create documents"),
            new Right("PUT v1/Document", "store document content"),
            new Right("POST v1/Appointment", "create follow-ups (appointments and tasks)"),
            new Right("POST v1/Agents/EMail/", "send mail through the EMail agent"),
            new Right("POST v1/Agents/CRMScript/", "use the CRMScript agent"));

    private Rights() {}

    /** {@code read products (the Product archive)}, or {@code call GET v1/Foo} for a route not listed. */
    static String what(String route) {
        String withoutQuery = withoutQuery(route);
        return RIGHTS.stream()
                .filter(r -> withoutQuery.startsWith(r.routePrefix()))
                .map(Right::what)
                .findFirst()
                .orElse("call " + withoutQuery);
    }

    /**
     * The one line for a refused route: {@code SuperOffice refused GET v1/Product (403 SoSecurityException: ...): this
     * user may not read products (the Product archive); ...}.
     */
    static String refused(String route, int status, ErrorBody error) {
        String said = error.describe().isEmpty()
                ? ""
                : " " + error.describe().substring(2, error.describe().length() - 1);
        return "SuperOffice refused " + withoutQuery(route) + " (" + status + said + "): the API user may not "
                + what(route) + "; a SuperOffice administrator can grant that right to the user's role (the"
                + " credentials are fine: SuperOffice accepted the token)";
    }

    static String withoutQuery(String route) {
        int query = route.indexOf('?');
        return query < 0 ? route : route.substring(0, query);
    }
}
