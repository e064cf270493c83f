package org.guildhall.web.people;

import java.io.InputStream;
import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.expertise.SkillProfiles;
import org.guildhall.people.Photos;
import org.guildhall.web.view.Flash;

/** The forms of a profile: my photo, my declared and hidden skills, endorsing a colleague. */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProfileSkillPages {

    @Inject
    Photos photos;

    @Inject
    SkillProfiles skills;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    /** A profile's photo, under the profile's access rule; private to signed-in staff, cached by version. */
    @GET
    @Path("people/{username}/photo")
    @Produces("image/jpeg")
    public Response photo(@PathParam("username") String username) {
        var photo = photos.of(viewer, username).orElseThrow(() -> new NotFound("No photo"));
        var cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(photo.bytes(), photo.contentType()).cacheControl(cache)
                .tag(photo.etag()).build();
    }

    /** The form posts multipart; its CSRF token travels in the query string, since the body is the file. */
    @POST
    @Path("me/photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("photo") EntityPart file) throws java.io.IOException {
        if (file == null || file.getFileName().filter(n -> !n.isBlank()).isEmpty()) {
            throw new InvalidField("photo", "Choose an image to upload.");
        }
        photos.upload(viewer, viewer.username(), read(file.getContent(InputStream.class)));
        flash.success("flash.photo.saved");
        return back();
    }

    /** At most one byte more than allowed: enough to know it is too large, without holding it all. */
    public static byte[] read(InputStream in) throws java.io.IOException {
        try (in) {
            return in.readNBytes(Photos.MAX_BYTES + 1);
        }
    }

    @POST
    @Path("me/photo/delete")
    public Response removePhoto() {
        photos.remove(viewer, viewer.username());
        flash.success("flash.photo.removed");
        return back();
    }

    @POST
    @Path("me/skills")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@FormParam("skill") String skill, @FormParam("level") String level) {
        var declared = skills.declare(viewer, skill, parseLevel(level));
        flash.success("flash.skill.declared", declared.skill().name());
        return back();
    }

    @POST
    @Path("me/skills/{slug}/remove")
    public Response undeclare(@PathParam("slug") String slug) {
        skills.undeclare(viewer, slug);
        flash.success("flash.skill.removed");
        return back();
    }

    @POST
    @Path("me/skills/{slug}/{action: hide|show}")
    public Response hide(@PathParam("slug") String slug, @PathParam("action") String action) {
        if ("hide".equals(action)) {
            skills.hide(viewer, slug);
            flash.success("flash.skill.hidden");
        } else {
            skills.unhide(viewer, slug);
            flash.success("flash.skill.shown");
        }
        return back();
    }

    @POST
    @Path("people/{username}/skills/{slug}/endorse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endorse(@PathParam("username") String username, @PathParam("slug") String slug,
                            @FormParam("note") String note) {
        skills.endorse(viewer, username, slug, note);
        flash.success("flash.skill.endorsed");
        return Response.seeOther(profile(username)).build();
    }

    @POST
    @Path("people/{username}/skills/{slug}/withdraw")
    public Response withdraw(@PathParam("username") String username, @PathParam("slug") String slug) {
        skills.withdraw(viewer, username, slug);
        flash.success("flash.skill.withdrawn");
        return Response.seeOther(profile(username)).build();
    }

    static int parseLevel(String level) {
        try {
            return level == null || level.isBlank() ? 3 : Integer.parseInt(level.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField("level", "Choose a level from 1 (learning) to 4 (expert).");
        }
    }

    private Response back() {
        return Response.seeOther(profile(viewer.username())).build();
    }

    private static URI profile(String username) {
        return UriBuilder.fromPath("/people/{username}").build(username);
    }
}
