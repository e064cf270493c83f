package org.guildhall.web.error;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The target of web.xml's error-page: errors raised by the container (403 by role, CSRF) look like ours. */
@Path("error")
public class ErrorPage {

    @Inject
    ErrorResponses errors;

    @Context
    HttpServletRequest request;

    @GET
    public Response get() {
        var status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var message = (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        int code = status == null ? 404 : status;
        return errors.of(code, message == null || message.isBlank() ? defaultDetail(code) : message);
    }

    @POST
    public Response post() {
        return get();
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 403 -> "You do not have access to this page.";
            case 404 -> "There is nothing at this address.";
            default -> "The request could not be completed.";
        };
    }
}
