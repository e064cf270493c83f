package org.guildhall.web.wiki;

import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;
import org.guildhall.search.Hits;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.wiki.WikiSearch;
import org.guildhall.text.Markdown;
import org.guildhall.web.view.FieldMessages;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;
import org.guildhall.web.view.View;
import org.guildhall.wiki.EditConflict;
import org.guildhall.wiki.PageMissing;
import org.guildhall.wiki.RevisionDiff;
import org.guildhall.wiki.WikiAttachments;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiEditors;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.Wikis;

/**
 * A network's wiki for people: pages, writing with merge on concurrent saves, history, any two
 * revisions compared, reverts, attachments, freshness and search. Views that are not pages live
 * under {@code -/}, which no page's slug can be.
 */
@RequestScoped
@Path("networks/{slug}/wiki")
@Produces(MediaType.TEXT_HTML)
public class WikiPages {

    @Inject
    Wikis wikis;

    @Inject
    WikiEditor editor;

    @Inject
    WikiAttachments attachments;

    @Inject
    WikiSearch search;

    @Inject
    Validator validator;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @PathParam("slug")
    String network;

    @GET
    public Response start() {
        var start = wikis.start(viewer, network);
        if (start.homeSlug() != null) {
            return Response.seeOther(address(start.homeSlug())).build();
        }
        return Response.ok(View.of("wiki/empty").with("visit", start.visit()).with("n", start.visit().network())
                .with("canCreate", start.canCreate())).build();
    }

    @GET
    @Path("{page}")
    public Response page(@PathParam("page") String slug) {
        try {
            var view = wikis.page(viewer, network, slug);
            return Response.ok(View.of("wiki/page").with("v", view).with("visit", view.visit()).with("n", view.visit().network())
                    .with("p", view.page()).with("html", view.html()).with("toc", Toc.of(view.page().html()))
                    .with("attachmentMegabytes", Math.max(1, attachments.maxBytes() / (1024 * 1024)))).build();
        } catch (PageMissing missing) {
            return Response.status(404).entity(View.of("wiki/missing").with("visit", missing.visit())
                    .with("n", missing.visit().network()).with("slug", missing.slug()).with("canCreate", missing.canCreate())).build();
        }
    }

    // ---- writing ----------------------------------------------------------------------------

    @GET
    @Path("-/new")
    public View newPage(@QueryParam("title") String title, @QueryParam("parent") String parent) {
        var editing = wikis.create(viewer, network);
        return form(editing, WikiForm.blank(title, parent), Map.of(), null);
    }

    @POST
    @Path("-/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam WikiForm.Fields fields, @FormParam("action") String action) {
        var form = fields.form();
        var editing = wikis.create(viewer, network);
        if ("preview".equals(action)) {
            return Response.ok(form(editing, form, Map.of(), preview(form))).build();
        }
        var errors = validate(form);
        if (errors.isEmpty()) {
            try {
                var page = editor.create(viewer, network, form.draft());
                flash.success("flash.wiki.created", page.title());
                return Response.seeOther(address(page.slug())).build();
            } catch (InvalidField e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return Response.status(400).entity(form(editing, form, errors, null)).build();
    }

    @GET
    @Path("{page}/edit")
    public View editForm(@PathParam("page") String slug) {
        var editing = wikis.edit(viewer, network, slug);
        return form(editing, WikiForm.of(editing.page()), Map.of(), null);
    }

    @POST
    @Path("{page}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("page") String slug, @BeanParam WikiForm.Fields fields, @FormParam("action") String action) {
        var form = fields.form();
        if ("preview".equals(action)) {
            return Response.ok(form(wikis.edit(viewer, network, slug), form, Map.of(), preview(form))).build();
        }
        var errors = validate(form);
        if (errors.isEmpty()) {
            try {
                var saved = editor.save(viewer, network, slug, form.draft());
                if (saved.merged()) {
                    flash.success("flash.wiki.merged", saved.mergedWith().authorName(), saved.mergedWith().number());
                } else {
                    flash.success(saved.changed() ? "flash.wiki.saved" : "flash.wiki.unchanged");
                }
                return Response.seeOther(address(saved.page().slug())).build();
            } catch (EditConflict conflict) {
                var editing = wikis.edit(viewer, network, slug);
                return Response.status(409).entity(form(editing, form.rebased(conflict.current().number(), conflict.merged()), Map.of(), null)
                        .with("conflict", conflict).with("theirs", conflict.page().body())).build();
            } catch (InvalidField e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return Response.status(400).entity(form(wikis.edit(viewer, network, slug), form, errors, null)).build();
    }

    // ---- history ----------------------------------------------------------------------------

    @GET
    @Path("{page}/history")
    public View history(@PathParam("page") String slug, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 50);
        var history = wikis.history(viewer, network, slug, paging.page(), paging.size());
        return View.of("wiki/history").with("h", history).with("visit", history.visit()).with("n", history.visit().network())
                .with("p", history.page());
    }

    @GET
    @Path("{page}/revisions/{number: \\d+}")
    public View revision(@PathParam("page") String slug, @PathParam("number") int number) {
        var revision = wikis.revision(viewer, network, slug, number);
        return View.of("wiki/revision").with("r", revision).with("visit", revision.visit()).with("n", revision.visit().network())
                .with("p", revision.page());
    }

    @GET
    @Path("{page}/diff")
    public View diff(@PathParam("page") String slug, @QueryParam("from") Integer from, @QueryParam("to") Integer to,
                     @QueryParam("view") String view) {
        if (from == null || to == null) {
            throw new InvalidField("from", "Choose two revisions to compare.");
        }
        boolean inline = "inline".equals(view);
        var comparison = wikis.compare(viewer, network, slug, from, to,
                inline ? RevisionDiff.Layouts.INLINE : RevisionDiff.Layouts.SIDE_BY_SIDE);
        return View.of("wiki/diff").with("c", comparison).with("visit", comparison.visit()).with("n", comparison.visit().network())
                .with("p", comparison.page()).with("inline", inline);
    }

    @POST
    @Path("{page}/revert")
    public Response revert(@PathParam("page") String slug, @FormParam("revision") int number) {
        var page = editor.revert(viewer, network, slug, number);
        flash.success("flash.wiki.reverted", number);
        return Response.seeOther(address(page.slug())).build();
    }

    // ---- who edits, who looks after it --------------------------------------------------------

    @POST
    @Path("{page}/restriction")
    public Response restrict(@PathParam("page") String slug, @FormParam("restricted") String restricted) {
        var page = editor.restrict(viewer, network, slug, "moderators".equals(restricted));
        flash.success(page.isRestricted() ? "flash.wiki.restricted" : "flash.wiki.opened");
        return Response.seeOther(address(page.slug())).build();
    }

    @POST
    @Path("-/editors")
    public Response editors(@FormParam("editors") String editors) {
        var who = "moderators".equals(editors) ? WikiEditors.MODERATORS : WikiEditors.MEMBERS;
        editor.restrictWiki(viewer, network, who);
        flash.success("flash.wiki.editors." + who.code());
        return Response.seeOther(URI.create("/networks/" + network + "/wiki/-/attention")).build();
    }

    @POST
    @Path("{page}/stewardship")
    public Response lookAfter(@PathParam("page") String slug, @FormParam("owner") String owner, @FormParam("reviewBy") String reviewBy) {
        var page = editor.lookAfter(viewer, network, slug, owner, true, WikiForm.reviewDate(reviewBy));
        flash.success("flash.wiki.stewardship", page.owner().displayName());
        return Response.seeOther(address(page.slug())).build();
    }

    @GET
    @Path("-/attention")
    public View attention() {
        var attention = wikis.attention(viewer, network);
        return View.of("wiki/attention").with("a", attention).with("visit", attention.visit()).with("n", attention.visit().network());
    }

    // ---- attachments ------------------------------------------------------------------------

    /** The form posts multipart; its CSRF token travels in the query string, since the body is the file. */
    @POST
    @Path("{page}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("page") String slug, @FormParam("file") EntityPart file) throws java.io.IOException {
        if (file == null || file.getFileName().filter(n -> !n.isBlank()).isEmpty()) {
            throw new InvalidField("file", "Choose a file to attach.");
        }
        byte[] bytes;
        try (InputStream in = file.getContent(InputStream.class)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
        }
        var attached = attachments.attach(viewer, network, slug, file.getFileName().orElseThrow(), bytes);
        flash.success("flash.wiki.attached", attached.name(), attached.number());
        return Response.seeOther(UriBuilder.fromPath("/networks/{n}/wiki/{p}").fragment("attachments").build(network, slug)).build();
    }

    @GET
    @Path("{page}/attachments/{name}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("page") String slug, @PathParam("name") String name, @QueryParam("version") Integer version) {
        return AttachmentResponses.of(wikis.attachment(viewer, network, slug, name, version));
    }

    // ---- search -----------------------------------------------------------------------------

    @GET
    @Path("-/search")
    public Response search(@QueryParam("q") String q, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 10).within(Hits.MAX_WINDOW);
        var start = wikis.start(viewer, network);
        var view = View.of("wiki/search").with("q", q == null ? "" : q).with("visit", start.visit()).with("n", start.visit().network());
        try {
            return Response.ok(view.with("results", search.find(viewer, network, SearchText.of(q), paging.page(), paging.size()))).build();
        } catch (SearchUnavailable e) {
            return Response.status(503).entity(view.with("results", Page.empty(paging.page(), paging.size()))
                    .with("unavailable", e.getMessage())).build();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private View form(Wikis.Editing editing, WikiForm form, Map<String, String> errors, String preview) {
        var page = editing.page();
        return View.of("wiki/form").with("form", form).with("errors", errors).with("preview", preview)
                .with("visit", editing.visit()).with("n", editing.visit().network()).with("p", page)
                .with("pages", editing.pages().stream().filter(r -> page == null || !r.id().equals(page.id())).toList())
                .with("others", editing.othersEditing());
    }

    private Map<String, String> validate(WikiForm form) {
        return new LinkedHashMap<>(FieldMessages.firstPerField(validator.validate(form.draft())));
    }

    private String preview(WikiForm form) {
        var base = "/networks/" + network + "/wiki/";
        return Markdown.renderWiki(form.body(), t -> base + WikiPage.slugOf(t)).rendered().html();
    }

    private URI address(String pageSlug) {
        return UriBuilder.fromPath("/networks/{n}/wiki/{p}").build(network, pageSlug);
    }

}
