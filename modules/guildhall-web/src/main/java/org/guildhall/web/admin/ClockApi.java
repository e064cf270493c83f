package org.guildhall.web.admin;

import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.time.Clocks;

/**
 * Moves the application's clock, for tests of what time ends (a ban's expiry). Only where
 * {@code guildhall.clock.adjustable} is set, which is the test instance; elsewhere it does not exist.
 */
@RequestScoped
@Path("api/v1/admin/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operating Guildhall: search index rebuilds, the search outbox, search health and relevance weights; administrators only.")
public class ClockApi {

    @Inject
    Clocks clocks;

    @Inject
    Viewer viewer;

    public record Offset(long offsetSeconds) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the application clock (test instances only)", description = "Shifts the clock by `offsetSeconds`, to test what time ends (a ban's expiry). Exists only where `guildhall.clock.adjustable` is set (404 elsewhere); administrators only (403 otherwise).")
    public Offset shift(Offset offset) {
        if (!clocks.isAdjustable()) {
            throw new NotFound("No such resource");
        }
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only administrators move the clock");
        }
        clocks.shift(Duration.ofSeconds(offset == null ? 0 : offset.offsetSeconds()));
        return offset == null ? new Offset(0) : offset;
    }
}
