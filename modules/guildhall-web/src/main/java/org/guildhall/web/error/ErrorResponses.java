package org.guildhall.web.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.web.view.Messages;
import org.guildhall.web.view.View;

/**
 * Builds an error response in the caller's language: problem JSON under {@code /api/} (or when
 * JSON was asked for), the error page otherwise. Pages never show a stack trace.
 */
@RequestScoped
public class ErrorResponses {

    @Inject
    HttpServletRequest request;

    @Inject
    Messages messages;

    public Response of(int status, String detail) {
        return of(status, detail, null);
    }

    public Response of(int status, String detail, List<Problem.FieldError> errors) {
        String title = title(status);
        if (wantsJson()) {
            var problem = new Problem("about:blank", title, status, detail, request.getRequestURI(), errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        var page = View.of("error/error").with("status", status).with("title", title).with("detail", detail);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** A problem with extension members (RFC 9457 §3.2) for the API; pages show the detail. */
    public Response withExtensions(int status, String detail, Map<String, Object> extensions) {
        if (!wantsJson()) {
            return of(status, detail);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.putAll(extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private boolean wantsJson() {
        var uri = request.getRequestURI();
        var accept = request.getHeader("Accept");
        return uri.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"));
    }

    private String title(int status) {
        var title = messages.get(request.getLocale(), "error." + status + ".title");
        return title != null ? title : Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
    }
}
