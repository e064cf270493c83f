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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Wikis", description = "Each network's wiki: pages, revisions and diffs, merged edits, reverts, page settings, attachments and wiki search.")
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

    @Parameter(description = "The network's slug", example = "platform-engineering")
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
    @Operation(summary = "Read a wiki's page tree", description = "The wiki's home page (slug, or null before the first page), whether the caller may create pages, and every page with its parent. For the network's content readers: 404 for a network the caller may not see, 403 for one whose content they may not read.")
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
    @Operation(summary = "Create a wiki page", description = "A new page; the wiki's first page becomes its home. Who may edit follows the network and the wiki's settings (403 otherwise); a blank or duplicate title, an unknown parent or a body over 100,000 characters is a 400; an archived network is a 409.")
    @APIResponse(responseCode = "201", description = "The page's slug, title, revision and address; Location points at it")
    public Response create(PageInput input) {
        var page = editor.create(viewer, network, body(input).draft());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/networks/{n}/wiki/pages/{p}").build(network, page.slug()))
                .entity(WikiJson.Written.of(page)).build();
    }

    @GET
    @Path("pages/{page}")
    @Operation(summary = "Read a wiki page", description = "The page as on its HTML page: Markdown `body` and `html`, tags, revision, owner and review date, whether the caller may edit it, its place in the tree, backlinks and attachments. 404 for a page the caller may not read.")
    public WikiJson.PageJson page(
            @Parameter(description = "The page's slug; a renamed page's old slug answers 301 (308 for a write) to the new one", example = "rotating-database-credentials") @PathParam("page") String slug) {
        return WikiJson.PageJson.of(wikis.page(viewer, network, slug));
    }

    /** Saves an edit made from {@code baseRevision}; merged with anything saved since, or 409 with the marked conflicts. */
    @PUT
    @Path("pages/{page}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save an edit to a wiki page", description = "Saves an edit made from `baseRevision` (required, 400 without it). Edits saved meanwhile are merged when they do not clash (`merged`); clashing edits are a 409 with the merged text between conflict markers and the `baseRevision` to save on top of. Text still holding conflict markers or a duplicate title is a 400; no right to edit is a 403; an archived network a 409.")
    public WikiJson.Saved save(
            @Parameter(description = "The page's slug; a renamed page's old slug answers 301 (308 for a write) to the new one", example = "rotating-database-credentials") @PathParam("page") String slug,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "An edit from revision 7", value = "{\"title\": \"Rotating database credentials\", \"body\": \"## Steps\\n\\n1. Create the new role in Vault.\\n2. Roll the deployments one by one.\\n3. Revoke the old role after a day.\", \"tags\": [\"postgres\", \"runbook\"], \"summary\": \"Add the revoke step\", \"minor\": false, \"baseRevision\": 7}"))) PageInput input) {
        var saved = editor.save(viewer, network, slug, body(input).draft());
        var p = saved.page();
        return new WikiJson.Saved(p.slug(), p.title(), p.revision(), saved.changed(), saved.merged(),
                saved.merged() ? WikiJson.RevisionJson.of(saved.mergedWith()) : null,
                "/networks/" + network + "/wiki/" + p.slug());
    }

    @GET
    @Path("pages/{page}/revisions")
    @Operation(summary = "List a page's revisions", description = "The page's history, newest first, without bodies: number, title, summary, minor, author, time, size and change in size.")
    public ListPage<WikiJson.RevisionJson> revisions(
            @PathParam("page") String slug,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 50)", example = "50") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(wikis.history(viewer, network, slug, paging.page(), paging.size()).revisions().map(WikiJson.RevisionJson::of));
    }

    @GET
    @Path("pages/{page}/revisions/{number: \\d+}")
    @Operation(summary = "Read one revision", description = "One revision's `body` and `html`, and whether it is the current text; a revision hidden by a moderator is a 404 except for its author and the moderators.")
    public WikiJson.RevisionText revision(@PathParam("page") String slug, @PathParam("number") int number) {
        return WikiJson.RevisionText.of(wikis.revision(viewer, network, slug, number));
    }

    @GET
    @Path("pages/{page}/diff")
    @Operation(summary = "Compare two revisions", description = "Any two revisions compared word by word, side by side and inline (`<del>`/`<ins>` in HTML, long unchanged stretches folded). Both `from` and `to` are required (400 otherwise); an unknown revision is a 404.")
    public WikiJson.DiffJson diff(
            @PathParam("page") String slug,
            @Parameter(description = "The older revision's number", example = "6") @QueryParam("from") Integer from,
            @Parameter(description = "The newer revision's number", example = "7") @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidField("from", "Give two revision numbers to compare, as from and to.");
        }
        return WikiJson.DiffJson.of(wikis.compare(viewer, network, slug, from, to, org.guildhall.wiki.RevisionDiff.Layouts.BOTH).diff());
    }

    @POST
    @Path("pages/{page}/revert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revert a page to a revision", description = "Makes that revision's text current again as a new revision, so nothing is lost. `revision` is required; the current revision is a 400; no right to edit is a 403.")
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
    @Operation(summary = "Change a page's settings", description = "All or nothing; absent fields stay as they are. Owners restrict editing to owners and moderators (`restricted`); moderators, and the page's owner while a member, hand the page to an active member (`owner`) and set `reviewBy` (`\"\"` clears it). A non-member owner or a bad date is a 400, no right a 403, an archived network a 409.")
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
    @Operation(summary = "Choose who edits the wiki", description = "Owners (and administrators) choose whether `members` or only `moderators` edit the whole wiki; any other value is a 400; 403 for anyone else.")
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
    @Operation(summary = "List pages needing attention", description = "Pages due for review and pages whose owner is gone, for the wiki's readers.")
    public Map<String, List<WikiJson.Stale>> attention() {
        var a = wikis.attention(viewer, network);
        return Map.of("dueForReview", a.due().stream().map(WikiJson.Stale::of).toList(),
                "ownerGone", a.ownerless().stream().map(WikiJson.Stale::of).toList());
    }

    @GET
    @Path("pages/{page}/attachments")
    @Operation(summary = "List a page's attachments", description = "Every version of every attachment: name, version, content type, size, who uploaded it, when and its address.")
    public List<WikiJson.AttachmentJson> attachmentList(@PathParam("page") String slug) {
        return page(slug).attachments();
    }

    /** Attaches the body as a file of this name (a new version if the page has one already). */
    @PUT
    @Path("pages/{page}/attachments/{name}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file to a page", description = "The request body is the file, stored under `name` (a new version if the page has one already). Those who may edit the page attach (403 otherwise); an empty file, a kind not allowed, an image whose bytes do not match its name or a file over the size limit (10 MB by default) is a 400.")
    @APIResponse(responseCode = "201", description = "The stored attachment version")
    public Response attach(
            @PathParam("page") String slug,
            @Parameter(description = "The file's name; its extension decides the kind", example = "architecture.png") @PathParam("name") String name,
            InputStream body) throws java.io.IOException {
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
    @Operation(summary = "Download an attachment", description = "The file (the latest version unless `version` says otherwise) with its content type, a `Content-Disposition` and a sandboxing Content-Security-Policy; 404 when there is none.")
    public Response attachment(
            @PathParam("page") String slug,
            @PathParam("name") String name,
            @Parameter(description = "The attachment's version (latest by default)", example = "2") @QueryParam("version") Integer version) {
        return AttachmentResponses.of(wikis.attachment(viewer, network, slug, name, version));
    }

    @GET
    @Path("search")
    @Operation(summary = "Search this wiki", description = "Pages of this wiki the caller may read matching `q`, with `snippet`; `page` × `size` is at most 10,000; 503 while search is down.")
    public ListPage<WikiSearchApi.Hit> search(
            @Parameter(description = "Words to find", example = "credentials rotation") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
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
