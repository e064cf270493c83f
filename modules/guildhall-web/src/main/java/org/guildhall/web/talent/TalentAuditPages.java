package org.guildhall.web.talent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.guildhall.access.Viewer;
import org.guildhall.talent.TalentAudit;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** Admin → Talent finder audit log: every HR search, shortlist change and export (404 for anyone but admins). */
@RequestScoped
@Path("admin/talent-audit")
@Produces(MediaType.TEXT_HTML)
public class TalentAuditPages {

    @Inject
    TalentAudit audit;

    @Inject
    Viewer viewer;

    @GET
    public View auditLog(@QueryParam("page") String page) {
        var paging = Paging.of(page, null, 50);
        return View.of("admin/talent-audit").with("entries", audit.read(viewer, paging.page(), paging.size()));
    }
}
