package org.guildhall.web.wiki;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.search.Hits;
import org.guildhall.search.wiki.WikiSearch;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;
import org.guildhall.wiki.PageDraft;
import org.guildhall.wiki.WikiAttachments;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiEditors;
import org.guildhall.wiki.Wikis;

/** A network's wiki for integrations: the same services as the pages, in JSON. */
@RequestScoped
@Path("api/v1/networks/{slug}/wiki")
@Produces(MediaType.APPLICATION_JSON)
public class WikiApi {

    @Inject
    Wikis wikis;

    @Inject
    WikiEditor editor;

    @Inject
    WikiAttachments attachments;

    @Inject
    WikiSearch search;

    @Inject
    Viewer viewer;

    @Context
    UriInfo uri;

    @PathParam("slug")
    String network;

    public record PageInput(String title, String body, List<String> tags, String summary, Boolean minor, String parent,
                            Integer baseRevision) {
        PageDraft draft() {
            return new PageDraft(title, body, tags, summary, Boolean.TRUE.equals(minor), parent, baseRevision);
        }
    }

    public record Revert(Integer revision) {
    }

    public record PageSettings(Boolean restricted, String owner, String reviewBy) {
    }

    public record WikiSettings(String editors) {
    }

    public record Overview(String home, boolean canCreate, List<Ref> pages) {
    }

    public record Ref(String slug, String title, String parent, boolean restricted, LocalDate reviewBy) {
    }

    /** The wiki: its home page and every page with its parent (the tree). */
    @GET
    public Overview overview() {
        var start = wikis.start(viewer, network);
        var refs = wikis.pages(viewer, network);
        var slugs = refs.stream().collect(java.util.stream.Collectors.toMap(r -> r.id(), r -> r.slug()));
        return new Overview(start.homeSlug(), start.canCreate(), refs.stream()
                .map(r -> new Ref(r.slug(), r.title(), r.parentId() == null ? null : slugs.get(r.parentId()), r.restricted(), r.reviewBy()))
                .toList());
    }

    @POST
    @Path("pages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PageInput input) {
        var page = editor.create(viewer, network, body(input).draft());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/networks/{n}/wiki/pages/{p}").build(network, page.slug()))
                .entity(WikiJson.Written.of(page)).build();
    }

    @GET
    @Path("pages/{page}")
    public WikiJson.PageJson page(@PathParam("page") String slug) {
        return WikiJson.PageJson.of(wikis.page(viewer, network, slug));
    }

    /** Saves an edit made from {@code baseRevision}; merged with anything saved since, or 409 with the marked conflicts. */
    @PUT
    @Path("pages/{page}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WikiJson.Saved save(@PathParam("page") String slug, PageInput input) {
        var saved = editor.save(viewer, network, slug, body(input).draft());
        var p = saved.page();
        return new WikiJson.Saved(p.slug(), p.title(), p.revision(), saved.changed(), saved.merged(),
                saved.merged() ? WikiJson.RevisionJson.of(saved.mergedWith()) : null,
                "/networks/" + network + "/wiki/" + p.slug());
    }

    @GET
    @Path("pages/{page}/revisions")
    public ListPage<WikiJson.RevisionJson> revisions(@PathParam("page") String slug, @QueryParam("page") String page,
                                                    @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(wikis.history(viewer, network, slug, paging.page(), paging.size()).revisions().map(WikiJson.RevisionJson::of));
    }

    @GET
    @Path("pages/{page}/revisions/{number: \\d+}")
    public WikiJson.RevisionText revision(@PathParam("page") String slug, @PathParam("number") int number) {
        return WikiJson.RevisionText.of(wikis.revision(viewer, network, slug, number));
    }

    @GET
    @Path("pages/{page}/diff")
    public WikiJson.DiffJson diff(@PathParam("page") String slug, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidField("from", "Give two revision numbers to compare, as from and to.");
        }
        return WikiJson.DiffJson.of(wikis.compare(viewer, network, slug, from, to, org.guildhall.wiki.RevisionDiff.Layouts.BOTH).diff());
    }

    @POST
    @Path("pages/{page}/revert")
    @Consumes(MediaType.APPLICATION_JSON)
    public WikiJson.Written revert(@PathParam("page") String slug, Revert revert) {
        if (revert == null || revert.revision() == null) {
            throw new InvalidField("revision", "Say which revision to revert to.");
        }
        return WikiJson.Written.of(editor.revert(viewer, network, slug, revert.revision()));
    }

    /**
     * Who edits the page (owners only) and who looks after it, until when (its owner and
     * moderators); all or nothing.
     */
    @PUT
    @Path("pages/{page}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public WikiJson.PageJson settings(@PathParam("page") String slug, PageSettings settings) {
        body(settings);
        // An absent reviewBy keeps the date; "" clears it.
        editor.settings(viewer, network, slug, settings.restricted(), settings.owner(), settings.reviewBy() != null,
                WikiForm.reviewDate(settings.reviewBy()));
        return page(slug);
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> wikiSettings(WikiSettings settings) {
        var editors = body(settings).editors() == null ? "" : settings.editors().strip();
        if (!List.of("members", "moderators").contains(editors)) {
            throw new InvalidField("editors", "Say who edits the wiki: members or moderators.");
        }
        return Map.of("editors", editor.restrictWiki(viewer, network, WikiEditors.valueOf(editors.toUpperCase(java.util.Locale.ROOT)))
                .editors().code());
    }

    /** Pages due for review and pages whose owner is gone. */
    @GET
    @Path("attention")
    public Map<String, List<WikiJson.Stale>> attention() {
        var a = wikis.attention(viewer, network);
        return Map.of("dueForReview", a.due().stream().map(WikiJson.Stale::of).toList(),
                "ownerGone", a.ownerless().stream().map(WikiJson.Stale::of).toList());
    }

    @GET
    @Path("pages/{page}/attachments")
    public List<WikiJson.AttachmentJson> attachmentList(@PathParam("page") String slug) {
        return page(slug).attachments();
    }

    /** Attaches the body as a file of this name (a new version if the page has one already). */
    @PUT
    @Path("pages/{page}/attachments/{name}")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("page") String slug, @PathParam("name") String name, InputStream body) throws java.io.IOException {
        byte[] bytes;
        try (body) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
        }
        var json = WikiJson.AttachmentJson.of(network, slug, attachments.attach(viewer, network, slug, name, bytes));
        return Response.status(201).entity(json).build();
    }

    @GET
    @Path("pages/{page}/attachments/{name}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("page") String slug, @PathParam("name") String name, @QueryParam("version") Integer version) {
        return AttachmentResponses.of(wikis.attachment(viewer, network, slug, name, version));
    }

    @GET
    @Path("search")
    public ListPage<WikiSearchApi.Hit> search(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20).within(Hits.MAX_WINDOW);
        return ListPage.of(search.find(viewer, network, SearchText.of(q), paging.page(), paging.size()).map(WikiSearchApi.Hit::of));
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw new InvalidRequest("A JSON request body is required");
        }
        return body;
    }

}
