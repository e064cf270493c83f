package org.guildhall.web.error;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.web.security.Csrf;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Messages;
import org.guildhall.web.view.View;

/**
 * Builds an error response in the caller's language: problem JSON under {@code /api/} (or when
 * JSON was asked for); for a form posted from one of our pages, that page again with the reason
 * shown and the input kept; the error page otherwise. Pages never show a stack trace.
 */
@RequestScoped
public class ErrorResponses {

    @Inject
    HttpServletRequest request;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    public Response of(int status, String detail) {
        return of(status, detail, null);
    }

    public Response of(int status, String detail, List<Problem.FieldError> errors) {
        String title = title(status);
        var back = pageToReturnTo();
        if (back != null && (status == 400 || status == 403 || status == 409)) {
            return backWithTheProblem(back, detail, errors);
        }
        if (wantsJson()) {
            var problem = new Problem("about:blank", title, status, detail, request.getRequestURI(), errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        var page = View.of("error/error").with("status", status).with("title", title).with("detail", detail);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** Something the person typed names nothing (an unknown username): back to their form if they used one. */
    public Response aboutInput(int status, String detail) {
        var back = pageToReturnTo();
        return back != null ? backWithTheProblem(back, detail, null) : of(status, detail);
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

    /**
     * A form sent from one of our pages and refused: the person goes back to that page, which
     * shows why (and the field messages) where they were, with what they typed kept.
     */
    private Response backWithTheProblem(URI back, String detail, List<Problem.FieldError> errors) {
        var text = errors == null || errors.isEmpty() ? detail
                : errors.stream().map(Problem.FieldError::message).reduce((a, b) -> a + " " + b).orElse(detail);
        flash.problem(text);
        var fields = new LinkedHashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (!Csrf.FIELD.equals(name) && values.length > 0) {
                fields.put(name, values[0]);
            }
        });
        // Decoded, as templates spell their forms' actions: /networks/café/…, not /networks/caf%C3%A9/….
        flash.keep(URI.create(request.getRequestURI()).getPath(), fields);
        return Response.seeOther(back).build();
    }

    /**
     * The page a refused form came from, when it is a browser's form post from one of our own
     * pages (not an API call, not the container's error dispatch), else null.
     */
    private URI pageToReturnTo() {
        if (!"POST".equals(request.getMethod()) || wantsJson() || request.getSession(false) == null
                || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            return null;
        }
        var referer = request.getHeader("Referer");
        var type = request.getContentType();
        if (referer == null || type == null
                || !(type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))) {
            return null;
        }
        try {
            var from = URI.create(referer);
            var host = request.getHeader("Host");
            var path = from.getRawPath();
            // Only a path on this host: "//elsewhere" or a backslash would leave it once resolved.
            if (host == null || !host.equalsIgnoreCase(from.getRawAuthority()) || path == null || !path.startsWith("/")
                    || path.startsWith("//") || path.contains("\\") || path.equals(request.getRequestURI())) {
                return null;
            }
            return URI.create(from.getRawQuery() == null ? path : path + "?" + from.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
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
