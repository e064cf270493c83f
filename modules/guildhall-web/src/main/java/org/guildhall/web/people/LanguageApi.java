package org.guildhall.web.people;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/** {@link LanguageChoice} for integrations. Under {@code api/v1} like every API class (RESTEasy matches the root path first). */
@Path("api/v1/me/language")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "The people directory, profiles and the caller's own profile.")
public class LanguageApi {

    @Inject
    Profiles profiles;

    @Inject
    Viewer viewer;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Read my language", description = "The language I chose for pages, dates and mail (null: my browser's), and the languages Guildhall speaks.")
    public Map<String, Object> language() {
        return json(profiles.find(viewer.username()));
    }

    /** {@code {"language": "de"}}, or {@code {"language": null}} to follow the browser. */
    @PUT
    @Operation(summary = "Choose my language", description = "{\"language\": \"de\"} for German pages, dates and mail from the next request on, on every device; {\"language\": null} to follow the browser's Accept-Language again. 400 for a language Guildhall does not speak.")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> choose(JsonObject body) {
        var value = body == null ? null : body.get("language");
        if (value != null && value != JsonValue.NULL && !(value instanceof JsonString)) {
            throw new InvalidField("language", "Give a language code such as \"de\", or null to follow the browser.");
        }
        var code = value instanceof JsonString s ? s.getString() : null;
        var person = profiles.chooseLanguage(viewer, viewer.username(), code);
        LanguageChoice.remember(request, person);
        return json(person);
    }

    private static Map<String, Object> json(Person person) {
        var json = new java.util.LinkedHashMap<String, Object>();
        json.put("language", person.language().orElse(null));
        json.put("available", Profiles.LANGUAGES);
        return json;
    }
}
