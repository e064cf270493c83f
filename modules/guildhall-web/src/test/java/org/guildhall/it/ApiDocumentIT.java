package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

/**
 * The API document WildFly generates at /openapi: valid OpenAPI, describing every /api/v1
 * operation the resource classes declare (found here by reading the classes themselves), each
 * with a summary and a description, and every error as an RFC 9457 problem.
 */
class ApiDocumentIT extends AgainstTheServer {

    private static final Set<Class<? extends java.lang.annotation.Annotation>> VERBS = Set.of(jakarta.ws.rs.GET.class,
            jakarta.ws.rs.POST.class, jakarta.ws.rs.PUT.class, jakarta.ws.rs.DELETE.class, jakarta.ws.rs.PATCH.class);

    @Test
    void the_document_is_valid_and_describes_every_api_operation() throws Exception {
        var json = given().accept("application/json").get(base + "openapi?format=JSON").then().statusCode(200)
                .extract().asString();
        var options = new ParseOptions();
        options.setResolve(true);
        var parsed = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(parsed.getMessages()).as("problems the OpenAPI parser finds").isEmpty();
        var document = parsed.getOpenAPI();
        assertThat(document.getOpenapi()).startsWith("3.");
        assertThat(document.getInfo().getTitle()).isEqualTo("Guildhall API");

        assertThat(operations(document)).as("every /api/v1 operation, and nothing else").isEqualTo(declaredOperations());

        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            var name = method + " " + path;
            assertThat(operation.getSummary()).as("summary of " + name).isNotBlank();
            assertThat(operation.getDescription()).as("description of " + name).isNotBlank();
            assertThat(operation.getResponses()).as("responses of " + name).containsKeys("401", "403", "404");
            assertThat(operation.getResponses().get("404").get$ref()).isEqualTo("#/components/responses/NotFound");
        }));
        var problem = document.getComponents().getResponses().get("NotFound").getContent().get("application/problem+json");
        assertThat(problem.getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
        assertThat(document.getComponents().getSchemas().get("Problem").getProperties()).containsKeys("title", "status", "detail", "errors");
        assertThat(document.getComponents().getSecuritySchemes()).containsKey("oidc");
        assertThat(document.getComponents().getSecuritySchemes().get("oidc").getOpenIdConnectUrl())
                .endsWith("/realms/guildhall/.well-known/openid-configuration");
        // Query parameters gathered in a bean (the expert filters) are documented like the others.
        for (var path : List.of("/api/v1/experts", "/api/v1/talent/search", "/api/v1/talent/hidden", "/api/v1/talent/export")) {
            var parameters = document.getPaths().get(path).getGet().getParameters();
            assertThat(parameters).as("parameters of GET " + path).extracting(p -> p.getName())
                    .contains("skill", "department", "location", "language", "open");
            assertThat(parameters).as("parameters of GET " + path).allSatisfy(p -> assertThat(p.getDescription()).isNotBlank());
        }
        var createPost = document.getPaths().get("/api/v1/posts").getPost();
        assertThat(createPost.getRequestBody().getContent().get("application/json").getExamples()).as("an example post").isNotEmpty();
    }

    private static Set<String> operations(OpenAPI document) {
        return document.getPaths().entrySet().stream()
                .flatMap(e -> e.getValue().readOperationsMap().keySet().stream().map(m -> m.name() + " " + e.getKey()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every resource method under /api/v1, as "METHOD /path/{param}", from the compiled classes. */
    private static Set<String> declaredOperations() throws IOException, ClassNotFoundException {
        var root = Path.of("target/classes");
        var declared = new TreeSet<String>();
        try (var files = Files.walk(root.resolve("org/guildhall/web"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                var type = Class.forName(name, false, ApiDocumentIT.class.getClassLoader());
                var typePath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (typePath == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    var verb = VERBS.stream().filter(method::isAnnotationPresent).findFirst();
                    if (verb.isEmpty()) {
                        continue;
                    }
                    var methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                    var path = ("/" + typePath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                            .replaceAll("/+", "/").replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
                    path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                    if (path.startsWith("/api/v1")) {
                        declared.add(verb.get().getSimpleName() + " " + path);
                    }
                }
            }
        }
        return declared;
    }
}
