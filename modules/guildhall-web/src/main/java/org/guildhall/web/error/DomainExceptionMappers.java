package org.guildhall.web.error;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import org.guildhall.search.SearchUnavailable;

/** Domain outcomes mapped to HTTP: hidden or missing is 404, not allowed is 403, stale is 409. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(NotFound e) {
            return errors.of(404, e.getMessage());
        }
    }

    @Provider
    public static class ForbiddenMapper implements ExceptionMapper<Forbidden> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(Forbidden e) {
            return errors.of(403, e.getMessage());
        }
    }

    @Provider
    public static class StaleMapper implements ExceptionMapper<OptimisticLockException> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return errors.of(409, "Someone else changed this in the meantime. Reload to see their version, then apply your change again.");
        }
    }

    @Provider
    public static class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailable> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(SearchUnavailable e) {
            return errors.of(503, "Search is temporarily unavailable. Your changes are safe and will appear in results shortly.");
        }
    }
}
