package org.guildhall.web.talent;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Viewer;
import org.guildhall.talent.TalentAudit;
import org.guildhall.talent.TalentAuditEntry;
import org.guildhall.web.view.Paging;

/** The talent finder's audit log, for administrators (404 for anyone else). */
@RequestScoped
@Path("api/v1/admin/talent-audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Talent", description = "HR's talent finder and shortlists (role hr, 404 for anyone else) and its audit log for administrators.")
public class TalentAuditApi {

    @Inject
    TalentAudit audit;

    @Inject
    Viewer viewer;

    public record AuditJson(String actor, String action, String detail, int results, Instant at) {
        static AuditJson of(TalentAuditEntry e) {
            return new AuditJson(e.actor(), e.action(), e.detail(), e.results(), e.at());
        }
    }

    @GET
    @Operation(summary = "Read the talent audit log", description = "Every use of the talent finder, newest first: who, what (search, hidden-talent, export, shortlist), the detail and how many results. Administrators only (404 for anyone else).")
    public TalentApi.Results<AuditJson> audit(
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 50)", example = "50") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        var found = audit.read(viewer, paging.page(), paging.size());
        return new TalentApi.Results<>(found.items().stream().map(AuditJson::of).toList(), found.total(), found.page(), found.size(),
                found.pages());
    }

}
