package org.guildhall.web.error;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import java.util.Map;

import org.guildhall.blog.InvalidPost;
import org.guildhall.blog.StalePost;
import org.guildhall.network.InvalidCharter;
import org.guildhall.network.Renamed;
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

    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(Conflict e) {
            return errors.of(409, e.getMessage());
        }
    }

    @Provider
    public static class InvalidCharterMapper implements ExceptionMapper<InvalidCharter> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(InvalidCharter e) {
            return errors.of(400, "Some fields need your attention.", List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
    }

    /** A renamed network's old address: a permanent redirect to the same page under the new slug. */
    @Provider
    public static class RenamedMapper implements ExceptionMapper<Renamed> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Renamed e) {
            var segments = uri.getPathSegments();
            var target = UriBuilder.fromUri(uri.getBaseUri());
            boolean replaced = false;
            for (int i = 0; i < segments.size(); i++) {
                var segment = segments.get(i).getPath();
                boolean isSlug = !replaced && i > 0 && "networks".equals(segments.get(i - 1).getPath());
                target.segment(isSlug ? e.slug() : segment);
                replaced |= isSlug;
            }
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(target.build()).build();
        }
    }

    @Provider
    public static class InvalidPostMapper implements ExceptionMapper<InvalidPost> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(InvalidPost e) {
            return errors.of(400, "Some fields need your attention.", List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
    }

    /** A stale post edit through the API: 409 with the saved version and the caller's, so nothing is lost. */
    @Provider
    public static class StalePostMapper implements ExceptionMapper<StalePost> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(StalePost e) {
            var current = e.current();
            var mine = e.mine();
            return errors.withExtensions(409, e.getMessage(), Map.of(
                    "current", Map.of("title", current.title(), "body", current.body(), "tags", current.tags(),
                            "version", current.version()),
                    "yours", Map.of("title", String.valueOf(mine.title()), "body", String.valueOf(mine.body()),
                            "tags", mine.tags())));
        }
    }
}
