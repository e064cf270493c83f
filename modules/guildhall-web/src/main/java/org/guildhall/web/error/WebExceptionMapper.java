package org.guildhall.web.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, unsupported media type...) as pages or problems. */
@Provider
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    ErrorResponses errors;

    @Override
    public Response toResponse(WebApplicationException e) {
        var original = e.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        var response = errors.of(original.getStatus(), detail(e));
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(response).allow(original.getAllowedMethods()).build();
        }
        return response;
    }

    private static String detail(WebApplicationException e) {
        return switch (e.getResponse().getStatus()) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 415 -> "This content type is not accepted here.";
            case 406 -> "None of the accepted representations can be produced.";
            default -> e.getMessage();
        };
    }
}
