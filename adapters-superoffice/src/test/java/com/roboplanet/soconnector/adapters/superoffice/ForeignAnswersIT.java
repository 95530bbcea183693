package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No answer is taken for another: a login page or an HTML page in the middle of a read stops it as a fault, and only
 * SuperOffice's documented refusal (401 with a fresh token, 403) turns the Quote agent off, which the report names.
 */
class ForeignAnswersIT {
    private static SuperOfficeSandbox sandbox() {
        return SandboxFixture.start(
                SandboxOptions.builder().port(0).salesCount(200).build());
    }

    private static SuperOfficeConnection connect(SuperOfficeSandbox sandbox) {
        return SuperOfficeConnection.open(
                SandboxFixture.settings(sandbox, 50), Clock.systemUTC(), new RecordingSleeper());
    }

    @Test
    void read_whenGatewayRedirectsToItsLoginPageMidRead_failsAsFaultNamingTheLoginPage() {
        try (SuperOfficeSandbox sandbox = sandbox();
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.redirectToLoginPageAfter(6);
            List<Sale> delivered = new ArrayList<>();
            assertThatThrownBy(() -> connection.saleSourceWithQuoteLines().read(SaleQuery.all(), delivered::add))
                    .isInstanceOfSatisfying(SaleSourceException.class, e -> {
                        assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.BAD_RESPONSE);
                        assertThat(e.getMessage())
                                .contains(
                                        "was answered with a login page (302 to " + sandbox.loginUrl() + "/login/sso/)")
                                .doesNotContain("refused")
                                .doesNotContain("sandbox-session-token")
                                .doesNotContain("ReturnUrl");
                    });
        }
    }

    @Test
    void read_whenGatewayAnswersAnHtmlPage_failsAsFaultNamingThePage() {
        try (SuperOfficeSandbox sandbox = sandbox();
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.answerHtmlPageAfter(0);
            assertThatThrownBy(() -> connection.saleSource().read(SaleQuery.all(), sale -> {}))
                    .isInstanceOfSatisfying(SaleSourceException.class, e -> {
                        assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.BAD_RESPONSE);
                        assertThat(e.getMessage()).contains("a login page (200, \"Sign in - Corporate SSO\")");
                    });
        }
    }

    @Test
    void productList_whenGatewayAnswersAnHtmlPage_failsAsFault() {
        try (SuperOfficeSandbox sandbox = sandbox();
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.answerHtmlPageAfter(0);
            assertThatThrownBy(() -> connection.catalogSource().products())
                    .isInstanceOfSatisfying(
                            CrmCatalogException.class,
                            e -> assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.BAD_RESPONSE));
        }
    }

    @ParameterizedTest(name = "quote line archive and Quote agent answer {0}")
    @ValueSource(ints = {401, 403})
    void read_whenTenantRefusesQuoteAgentAsDocumented_readsOnAndNamesTheRefusal(int status) {
        try (SuperOfficeSandbox sandbox = sandbox();
                SuperOfficeConnection connection = connect(sandbox)) {
            List<Long> expected = new ArrayList<>();
            connection.saleSource().read(SaleQuery.all(), sale -> expected.add(sale.id()));
            sandbox.answerQuoteAgentWith(status);
            List<Sale> sales = new ArrayList<>();
            SaleSourceReport report = connection.saleSourceWithQuoteLines().read(SaleQuery.all(), sales::add);
            assertThat(sales).extracting(Sale::id).isEqualTo(expected);
            assertThat(sales).allMatch(s -> s.quoteLines().isEmpty());
            assertThat(report.incomplete()).isTrue();
            assertThat(report.refusedSources())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("the quote line archive (" + status + " to GET v1/Archive/ConfigurableArchiveQuoteLine")
                    .contains("quote lines were not read");
            assertThat(report.notes()).noneMatch(n -> n.contains("Quote agent"));
        }
    }

    @ParameterizedTest(name = "quote line archive and Quote agent answer {0}")
    @ValueSource(ints = {400, 404, 405, 409, 500})
    void read_whenQuoteAgentFailsOtherwise_stopsAsFaultNotRefusal(int status) {
        try (SuperOfficeSandbox sandbox = sandbox();
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.answerQuoteAgentWith(status);
            assertThatThrownBy(() -> connection.saleSourceWithQuoteLines().read(SaleQuery.all(), sale -> {}))
                    .isInstanceOfSatisfying(SaleSourceException.class, e -> {
                        assertThat(e.kind())
                                .isIn(SaleSourceException.Kind.BAD_RESPONSE, SaleSourceException.Kind.UNAVAILABLE);
                        assertThat(e.getMessage())
                                .contains("answered " + status + " to GET v1/Archive/ConfigurableArchiveQuoteLine")
                                .doesNotContain("refused");
                    });
        }
    }
}
