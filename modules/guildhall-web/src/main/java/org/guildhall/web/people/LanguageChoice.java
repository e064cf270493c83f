package org.guildhall.web.people;


import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;


import org.guildhall.access.Viewer;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;
import org.guildhall.web.security.SignedIn;
import org.guildhall.web.view.Flash;

/**
 * The language a person reads Guildhall in, chosen on their profile's edit page ({@link LanguageApi}
 * through the API), or left to their browser. Takes effect on the next page, in this session too.
 */
@Path("/")
public class LanguageChoice {

    @Inject
    Profiles profiles;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @POST
    @Path("me/language")
    public Response chooseOnPage(@FormParam("language") String language) {
        remember(request, profiles.chooseLanguage(viewer, viewer.username(), language));
        flash.success("flash.language.saved");
        return Response.seeOther(UriBuilder.fromPath("/me/edit").fragment("language").build()).build();
    }

    /** The session's copy of the person, so the very next page is in the new language. */
    static void remember(HttpServletRequest request, Person person) {
        var session = request.getSession(false);
        var key = SignedIn.class.getName();
        if (session != null && session.getAttribute(key) instanceof SignedIn signedIn) {
            session.setAttribute(key, signedIn.speaking(person.language().orElse(null)));
        }
    }

}
