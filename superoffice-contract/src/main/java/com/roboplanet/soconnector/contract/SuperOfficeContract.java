package com.roboplanet.soconnector.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.contract.AcceptedDifferences.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * SuperOffice's own contract, loaded from its Swagger 2.0 zips at test time: checks requests and responses against
 * the operation they address, and whether a route exists at all. Loading takes a few seconds, so one instance is
 * shared per JVM.
 */
public final class SuperOfficeContract {
    private static final String API = "/api/v1/";
    private static final Pattern TENANT_PREFIX = Pattern.compile("^/[^/]+(?=/api/v1/)");
    private static final String UNCHECKED_SECURITY = "security";
    private static SuperOfficeContract shared;

    private final ObjectMapper json;
    private final List<ObjectNode> specs;
    private final Set<String> operations;
    private final LevelResolver levels;
    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

    private SuperOfficeContract(ObjectMapper json, List<ObjectNode> specs, LevelResolver levels) {
        this.json = json;
        this.specs = specs;
        this.operations = OperationIndex.of(specs);
        this.levels = levels;
    }

    /**
     * The contract for this JVM, for a test that checks it. Without the definitions folder the calling test is skipped
     * with the reason, or fails with it when the environment variable {@code CI} is set: a build server must not pass
     * without the check.
     */
    public static synchronized SuperOfficeContract load() {
        return loadIfAvailable(reason -> Assumptions.abort(reason + ". Contract tests skipped."))
                .orElseThrow();
    }

    /**
     * The contract for this JVM, for a check that rides along with other tests (which must not be skipped for want
     * of it): without the folder, {@code unavailable} hears why and the result is empty; under CI it fails instead.
     */
    public static Optional<SuperOfficeContract> loadIfAvailable(Consumer<String> unavailable) {
        return loadIfAvailable(ContractSource.fromEnvironment(), unavailable);
    }

    static synchronized Optional<SuperOfficeContract> loadIfAvailable(
            ContractSource source, Consumer<String> unavailable) {
        String missing = source.missingReason();
        if (missing != null) {
            if (source.ci()) throw new AssertionError(missing + ". CI is set, so the contract tests must run.");
            unavailable.accept(missing);
            return Optional.empty();
        }
        if (shared == null) shared = load(source);
        return Optional.of(shared);
    }

    static SuperOfficeContract load(ContractSource source) {
        AcceptedDifferences differences = AcceptedDifferences.read(source.differencesFile());
        ObjectMapper json = new ObjectMapper();
        CompletableFuture<ObjectNode> rest = CompletableFuture.supplyAsync(
                () -> SwaggerZip.read(json, source.definitionsFolder().resolve(ContractSource.REST_ZIP)));
        ObjectNode agents = SwaggerZip.read(json, source.definitionsFolder().resolve(ContractSource.AGENTS_ZIP));
        List<ObjectNode> specs = List.of(rest.join(), agents);
        DefinitionsAdjuster.adjust(specs, differences);
        return new SuperOfficeContract(json, specs, levels(differences));
    }

    private static LevelResolver levels(AcceptedDifferences differences) {
        LevelResolver.Builder levels = LevelResolver.create();
        if (differences.lists(Rule.UNCHECKED, UNCHECKED_SECURITY)) {
            levels.withLevel("validation.request.security", ValidationReport.Level.IGNORE);
        }
        return levels.build();
    }

    private OpenApiInteractionValidator validator(String group) {
        try {
            ObjectNode slice = SpecSlices.slice(json, specs, group);
            return OpenApiInteractionValidator.createForInlineApiSpecification(json.writeValueAsString(slice))
                    // Full resolution recurses forever on the definitions' cyclic references; the validator resolves
                    // references itself while it checks.
                    .withResolveRefs(false)
                    .withLevelResolver(levels)
                    .build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the adjusted definitions", e);
        }
    }

    /** Whether a route such as {@code GET Sale/{id}} or {@code POST Agents/Quote/{method}} exists in the definitions. */
    public boolean hasRoute(String route) {
        return OperationIndex.matches(operations, route);
    }

    /** Checks a request against the parameters and body schema of the operation it addresses. */
    public Violations checkRequest(ContractRequest request) {
        String path = apiPath(request.path());
        String subject = request.method() + " " + path;
        if (!hasOperationPath(request.method(), path)) return notInDefinitions(subject);
        ValidationReport report = validatorFor(path).validateRequest(toRequest(request, path));
        return violations(subject, report);
    }

    /** Checks a response against the status codes and response schema of the operation the request addressed. */
    public Violations checkResponse(ContractRequest request, ContractResponse response) {
        String path = apiPath(request.path());
        String subject = request.method() + " " + path + " -> " + response.status();
        if (!hasOperationPath(request.method(), path)) return notInDefinitions(subject);
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
        if (response.contentType() != null) builder.withContentType(response.contentType());
        if (!response.body().isEmpty()) builder.withBody(response.body());
        ValidationReport report = validatorFor(path).validateResponse(path, method(request.method()), builder.build());
        return violations(subject, report);
    }

    /** {@code /Cust12345/api/v1/Sale} → {@code /api/v1/Sale}: the definitions know no tenant prefix. */
    static String apiPath(String rawPath) {
        return TENANT_PREFIX.matcher(rawPath).replaceFirst("");
    }

    /** Any operation of that method whose path template the concrete path fits (a parameter takes any segment). */
    private boolean hasOperationPath(String method, String path) {
        return path.startsWith(API) && OperationIndex.matches(operations, method + " " + path.substring(API.length()));
    }

    private static Violations notInDefinitions(String subject) {
        return new Violations(subject, List.of("the route is not in SuperOffice's definitions"));
    }

    private OpenApiInteractionValidator validatorFor(String path) {
        return validators.computeIfAbsent(SpecSlices.group(path), this::validator);
    }

    private static Request.Method method(String method) {
        return Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    }

    private static SimpleRequest toRequest(ContractRequest request, String path) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method(request.method()), path);
        QueryString.parse(request.rawQuery()).forEach(builder::withQueryParam);
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            // The token is no part of the contract being checked here, and must not reach any message.
            if (!header.getKey().equalsIgnoreCase("Authorization"))
                builder.withHeader(header.getKey(), header.getValue());
        }
        if (!request.body().isEmpty()) builder.withBody(request.body());
        return builder.build();
    }

    private static Violations violations(String subject, ValidationReport report) {
        List<String> messages = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) continue;
            StringBuilder text = new StringBuilder(message.getKey()).append(": ");
            // The validator's wording of a parameter's type error does not name the parameter; its context does.
            message.getContext()
                    .flatMap(ValidationReport.MessageContext::getParameter)
                    .ifPresent(p -> text.append(p.getIn())
                            .append(" parameter '")
                            .append(p.getName())
                            .append("': "));
            text.append(message.getMessage());
            message.getAdditionalInfo()
                    .forEach(info -> text.append(" (").append(info).append(')'));
            message.getNestedMessages()
                    .forEach(nested ->
                            text.append(" [").append(nested.getMessage()).append(']'));
            messages.add(text.toString());
        }
        return new Violations(subject, messages);
    }
}
