package org.guildhall.web.error;

import java.util.Comparator;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A caller's malformed or invalid input is a 400 with the reason, never a 500. */
public final class InvalidInputMappers {

    private InvalidInputMappers() {
    }

    @Provider
    public static class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(InvalidRequest e) {
            return errors.of(400, e.getMessage());
        }
    }

    @Provider
    public static class MalformedJsonMapper implements ExceptionMapper<JsonProcessingException> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(JsonProcessingException e) {
            var location = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return errors.of(400, "The request body is not valid JSON for this endpoint" + location + ": "
                    + e.getOriginalMessage());
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            var fields = e.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .toList();
            return errors.of(400, "Some fields need your attention.", fields);
        }

        /** {@code edit.arg2.about} becomes {@code about}: callers know fields, not parameters. */
        private static String field(ConstraintViolation<?> violation) {
            String last = null;
            for (Path.Node node : violation.getPropertyPath()) {
                last = node.getName();
            }
            return last;
        }
    }
}
