package org.guildhall.web.talent;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.guildhall.access.Viewer;
import org.guildhall.talent.TalentAudit;
import org.guildhall.talent.TalentAuditEntry;
import org.guildhall.web.view.Paging;

/** The talent finder's audit log, for administrators (404 for anyone else). */
@RequestScoped
@Path("api/v1/admin/talent-audit")
@Produces(MediaType.APPLICATION_JSON)
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
    public TalentApi.Results<AuditJson> audit(@QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        var found = audit.read(viewer, paging.page(), paging.size());
        return new TalentApi.Results<>(found.items().stream().map(AuditJson::of).toList(), found.total(), found.page(), found.size(),
                found.pages());
    }

}
