package org.guildhall.web.error;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Refusal;
import org.guildhall.access.TooManyRequests;
import org.guildhall.blog.StalePost;
import org.guildhall.network.Renamed;
import org.guildhall.people.PersonNotFound;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.wiki.EditConflict;
import org.guildhall.wiki.PageMoved;

/** Domain outcomes mapped to HTTP, as pages or problem JSON (see {@link ErrorResponses}). */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    /** Hidden or missing is 404, not allowed 403, impossible now 409, an unacceptable field 400. */
    @Provider
    public static class RefusalMapper implements ExceptionMapper<Refusal> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(Refusal e) {
            if (e instanceof PersonNotFound) {
                return errors.aboutInput(404, e.getMessage());
            }
            if (e instanceof NotFound) {
                return errors.of(404, e.getMessage());
            }
            if (e instanceof Forbidden) {
                return errors.of(403, e.getMessage());
            }
            if (e instanceof Conflict) {
                return errors.of(409, e.getMessage());
            }
            if (e instanceof TooManyRequests slow) {
                var response = errors.of(429, e.getMessage());
                return Response.fromResponse(response).header("Retry-After", slow.retryAfterSeconds()).build();
            }
            var invalid = (InvalidField) e;
            return errors.of(400, "Some fields need your attention.",
                    List.of(new Problem.FieldError(invalid.field(), invalid.getMessage())));
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

    /** A stale question or answer edit through the API: 409 with the saved text and the caller's. */
    @Provider
    public static class StaleEditMapper implements ExceptionMapper<org.guildhall.question.StaleEdit> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(org.guildhall.question.StaleEdit e) {
            var saved = new java.util.LinkedHashMap<String, Object>();
            if (e.saved().title() != null) {
                saved.put("title", e.saved().title());
            }
            saved.put("body", e.saved().body());
            saved.put("version", e.version());
            var yours = new java.util.LinkedHashMap<String, Object>();
            if (e.yours().title() != null) {
                yours.put("title", e.yours().title());
            }
            yours.put("body", String.valueOf(e.yours().body()));
            return errors.withExtensions(409, e.getMessage(), Map.of("current", saved, "yours", yours));
        }
    }

    @Provider
    public static class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailable> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(SearchUnavailable e) {
            return errors.of(503, e.getMessage() + ". Everything else works; your changes are safe and will appear in results shortly.");
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

    /**
     * A wiki edit that clashes with one saved meanwhile: 409 with the merge (both versions between
     * conflict markers) and the revision to save it on top of, so nothing is lost.
     */
    @Provider
    public static class EditConflictMapper implements ExceptionMapper<EditConflict> {
        @Inject
        ErrorResponses errors;

        @Override
        public Response toResponse(EditConflict e) {
            var current = e.current();
            return errors.withExtensions(409, e.getMessage(), Map.of(
                    "merged", e.merged(),
                    "baseRevision", current.number(),
                    "current", Map.of("revision", current.number(), "author", current.authorUsername(), "body", e.page().body()),
                    "yours", Map.of("title", String.valueOf(e.mine().title()), "body", e.mine().body())));
        }
    }

    /**
     * A renamed wiki page's old address: a permanent redirect to the same view under its current
     * slug. A write keeps its method and body (308): a save posted to the old address must not be
     * turned into a GET and lost.
     */
    @Provider
    public static class PageMovedMapper implements ExceptionMapper<PageMoved> {
        @Context
        UriInfo uri;

        @Context
        jakarta.ws.rs.core.Request request;

        @Override
        public Response toResponse(PageMoved e) {
            var segments = uri.getPathSegments();
            // networks/{n}/wiki/{page}/... for people, api/v1/networks/{n}/wiki/pages/{page}/... for the API
            int page = !segments.isEmpty() && "api".equals(segments.get(0).getPath()) ? 6 : 3;
            var target = UriBuilder.fromUri(uri.getBaseUri());
            for (int i = 0; i < segments.size(); i++) {
                target.segment(i == page ? e.slug() : segments.get(i).getPath());
            }
            var location = target.build().toString();
            var query = uri.getRequestUri().getRawQuery();
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            return Response.status(read ? 301 : 308).location(java.net.URI.create(query == null ? location : location + "?" + query)).build();
        }
    }
}
