package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException.Kind;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rights versus credentials: SuperOffice refusing one route to a user (403, or 401 to a token it accepts elsewhere) is
 * a missing right that names the route and the right; only a refused refresh token, or a token refused everywhere, is
 * refused credentials.
 */
class RightsIT {

    private static SuperOfficeConnection connect(SuperOfficeSandbox sandbox) {
        return SuperOfficeConnection.open(
                SandboxFixture.settings(sandbox, 500), Clock.systemUTC(), new RecordingSleeper());
    }

    private static SuperOfficeSandbox start() {
        return SandboxFixture.start(SandboxOptions.builder().port(0).build());
    }

    /** Every read a command makes, with the sandbox route that refuses it and the right the message must name. */
    static Stream<Arguments> reads() {
        Consumer<SuperOfficeConnection> products = c -> c.catalogSource().products();
        Consumer<SuperOfficeConnection> families = c -> c.catalogSource().productFamilies(false);
        Consumer<SuperOfficeConnection> sales = c -> c.saleSource().read(SaleQuery.latest(5), sale -> {});
        Consumer<SuperOfficeConnection> reps = c -> c.directory().rep("1");
        Consumer<SuperOfficeConnection> persons = c -> c.directory().addressee("einkauf@example.com");
        return Stream.of(403, 401)
                .flatMap(status -> Stream.of(
                        Arguments.of(status, "GET Product", "GET v1/Product", "read products", products),
                        Arguments.of(
                                status,
                                "GET List/ProductFamily",
                                "GET v1/List/ProductFamily/Items",
                                "read the product family list",
                                families),
                        Arguments.of(status, "GET Sale", "GET v1/Sale", "read sales", sales),
                        Arguments.of(
                                status,
                                "GET Archive/InternalUsers",
                                "GET v1/Archive/InternalUsers",
                                "read the list of users",
                                reps),
                        Arguments.of(status, "GET Person", "GET v1/Person", "read persons", persons)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("reads")
    void read_routeRefusedToTheUser_isAMissingRightNamingRouteAndRight(
            int status, String sandboxRoute, String route, String right, Consumer<SuperOfficeConnection> read) {
        try (SuperOfficeSandbox sandbox = start();
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.refuseRoute(sandboxRoute, status);

            assertThatThrownBy(() -> read.accept(connection))
                    .satisfies(e -> assertThat(kind(e)).isEqualTo("NOT_PERMITTED"))
                    .hasMessageStartingWith("SuperOffice refused " + route + " (" + status)
                    .hasMessageContaining("the API user may not " + right)
                    .hasMessageContaining("the credentials are fine");
        }
    }

    @Test
    void products_refusedWith403_saysWhatTheUserMayNotDo() {
        try (SuperOfficeSandbox sandbox = start();
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.refuseRoute("GET Product", 403);

            assertThatThrownBy(() -> connection.catalogSource().products())
                    .isInstanceOfSatisfying(
                            CrmCatalogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_PERMITTED))
                    .hasMessage("SuperOffice refused GET v1/Product (403 SoSecurityException: Access denied: the"
                            + " user's role does not allow this): the API user may not read products (the Product"
                            + " archive); a SuperOffice administrator can grant that right to the user's role (the"
                            + " credentials are fine: SuperOffice accepted the token)");
        }
    }

    @Test
    void firstCall_refused401WhileTheApiAcceptsTheToken_asksTheCurrentPrincipalOnceAndIsAMissingRight() {
        try (SuperOfficeSandbox sandbox = start();
                SentRequests sent = new SentRequests();
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.refuseRoute("GET Product", 401);

            assertThatThrownBy(() -> connection.catalogSource().products())
                    .isInstanceOfSatisfying(
                            CrmCatalogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_PERMITTED));
            assertThat(sent.count("GET v1/User/currentPrincipal")).isEqualTo(1);
            // Once the API has accepted the token, a route's 401 is about the route: no second look.
            assertThatThrownBy(() -> connection.catalogSource().products()).isInstanceOf(CrmCatalogException.class);
            assertThat(sent.count("GET v1/User/currentPrincipal")).isEqualTo(1);
        }
    }

    @Test
    void everyRequest_refused401AlsoWithAFreshToken_isRefusedCredentials() {
        try (SuperOfficeSandbox sandbox = start();
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.refuseRoute("GET ", 401);

            assertThatThrownBy(() -> connection.catalogSource().products())
                    .isInstanceOfSatisfying(
                            CrmCatalogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED))
                    .hasMessageStartingWith("SuperOffice refused every request, also with a freshly renewed access"
                            + " token (GET v1/Product");
        }
    }

    @Test
    void refreshTokenRevoked_isStillRefusedCredentials() {
        try (SuperOfficeSandbox sandbox = start();
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.revokeRefreshToken();

            assertThatThrownBy(() -> connection.catalogSource().products())
                    .isInstanceOfSatisfying(
                            CrmCatalogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED));
        }
    }

    private static String kind(Throwable e) {
        if (e instanceof CrmCatalogException c) {
            return c.kind().name();
        }
        if (e instanceof SaleSourceException s) {
            return s.kind().name();
        }
        if (e instanceof CrmDirectoryException d) {
            return d.kind().name();
        }
        return e.getClass().getSimpleName();
    }
}
