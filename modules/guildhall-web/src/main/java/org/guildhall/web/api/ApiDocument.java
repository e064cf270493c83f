package org.guildhall.web.api;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Shapes the document WildFly generates at {@code /openapi}: only {@code /api/v1} (the page
 * resources share classes' paths and would otherwise appear too), OpenID Connect sign-in, and on
 * every operation the problem-JSON answers the error mappers give, so no resource has to list them.
 */
public class ApiDocument implements OASFilter {

    private static final String PROBLEM = "application/problem+json";

    /** Status, name in components, description. 400 only where the operation reads input. */
    private static final Map<String, String[]> ERRORS = Map.of(
            "400", new String[] {"InvalidInput", "Invalid input: the problem's errors[] names each field in error."},
            "401", new String[] {"SignInRequired", "No valid bearer token."},
            "403", new String[] {"Forbidden", "The caller may see this but not do that (a role or an owner is needed)."},
            "404", new String[] {"NotFound", "No such thing, or the caller may not see it."},
            "409", new String[] {"Conflict", "A stale version or a race with another change: reload and try again."});

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            document.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith("/api/v1")).toList()
                    .forEach(document.getPaths()::removePathItem);
            document.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) ->
                    answerProblems(operation, method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                            || method == PathItem.HttpMethod.PATCH || operation.getParameters() != null)));
        }
        var components = document.getComponents() == null ? OASFactory.createComponents() : document.getComponents();
        ERRORS.values().forEach(error -> components.addResponse(error[0], problemResponse(error[1])));
        components.addSecurityScheme("oidc", OASFactory.createSecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(config("guildhall.oidc.provider-url", "http://localhost:8180/realms/guildhall")
                        + "/.well-known/openid-configuration")
                .description("An access token from Guildhall's Keycloak realm, sent as a bearer token."));
        document.setComponents(components);
        // WildFly's combined document always carries external documentation: point it at the pages.
        document.setExternalDocs(OASFactory.createExternalDocumentation().url(config("guildhall.base-url", "http://localhost:8080"))
                .description("Guildhall itself: every operation here has a page for people."));
        document.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("oidc"));
    }

    private static void answerProblems(Operation operation, boolean readsInput) {
        var responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        ERRORS.forEach((status, error) -> {
            if ((readsInput || !"400".equals(status)) && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(error[0]));
            }
        });
        operation.setResponses(responses);
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(PROBLEM, OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }

    private static String config(String name, String otherwise) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(otherwise);
    }
}
