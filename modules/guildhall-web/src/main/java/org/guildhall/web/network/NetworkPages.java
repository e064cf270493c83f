package org.guildhall.web.network;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.network.InvalidCharter;
import org.guildhall.network.SimilarNetworks;
import org.guildhall.people.Departments;
import org.guildhall.network.Network;
import org.guildhall.paging.Page;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.network.Memberships;
import org.guildhall.network.MembershipAction;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.network.NetworkLifecycle;
import org.guildhall.network.Role;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.network.NetworkStatus;
import org.guildhall.web.view.FieldMessages;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** Networks for people: the directory, proposing, a network's home, members, requests and log. */
@RequestScoped
@Path("networks")
@Produces(MediaType.TEXT_HTML)
public class NetworkPages {

    @Inject
    NetworkDirectory directory;

    @Inject
    NetworkLifecycle lifecycle;

    @Inject
    Memberships memberships;

    @Inject
    NetworkRequests requests;

    @Inject
    Validator validator;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @Inject
    Departments departments;

    /** Directory filters, bound from the query string. */
    public static class Filters {
        @QueryParam("q") public String q;
        @QueryParam("topic") public String topic;
        @QueryParam("department") public String department;
        @QueryParam("minMembers") public String minMembers;
        @QueryParam("activeWithinDays") public String activeWithinDays;
        @QueryParam("sort") public String sort;
        @QueryParam("mine") public boolean mine;
        @QueryParam("page") public String page;

        /** Whether anything beyond the search words narrows the list, so small screens show the filters open. */
        public boolean narrowed() {
            return Stream.of(topic, department, minMembers, activeWithinDays).anyMatch(v -> v != null && !v.isBlank()) || mine
                    || (sort != null && !sort.isBlank() && !sort.equals("activity"));
        }
    }

    @GET
    public View directory(@BeanParam Filters f) {
        var paging = Paging.of(f.page, null, 12);
        var query = requests.query(f.topic, f.department, f.minMembers, f.activeWithinDays, f.sort, f.mine, paging);
        String unavailable = null;
        Page<Network> found = null;
        try {
            found = requests.found(viewer, f.q, f.topic, f.department, paging);
        } catch (SearchUnavailable e) {
            unavailable = e.getMessage();
        }
        var page = directory.page(viewer, query, found);
        return View.of("networks/directory").with("cards", page.cards()).with("f", f).with("unavailable", unavailable)
                .with("topics", page.topics()).with("departments", page.departments())
                .with("pending", page.myPending()).with("removals", page.myRemovals()).with("proposals", page.proposals())
                .with("myProposals", page.myProposals());
    }

    @GET
    @Path("new")
    public View proposeForm() {
        return formView(NetworkForm.empty(), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@BeanParam FormFields fields, @FormParam("confirmSimilar") boolean confirmSimilar) {
        var form = fields.form();
        var errors = validate(form);
        if (errors.isEmpty()) {
            try {
                var network = lifecycle.propose(viewer, form.charter(), confirmSimilar);
                if (network.status() == NetworkStatus.PROPOSED) {
                    flash.success("flash.network.proposed", network.name());
                } else {
                    flash.success("flash.network.created", network.name());
                }
                return Response.seeOther(homeUri(network.slug())).build();
            } catch (InvalidCharter e) {
                errors.put(e.field(), e.getMessage());
            } catch (SimilarNetworks e) {
                return Response.status(409).entity(formView(form, errors, null).with("similar", e.similar())).build();
            }
        }
        return Response.status(400).entity(formView(form, errors, null)).build();
    }

    @GET
    @Path("{slug}")
    public View home(@PathParam("slug") String slug) {
        var home = directory.home(viewer, slug);
        var visit = home.visit();
        return View.of("networks/home").with("visit", visit).with("n", visit.network())
                .with("mine", visit.mine().orElse(null)).with("removal", home.myRemoval().orElse(null))
                .with("leaders", home.leaders()).with("admin", viewer.isAdmin()).with("sections", home.sections());
    }

    @GET
    @Path("{slug}/edit")
    public View editForm(@PathParam("slug") String slug) {
        var visit = directory.visit(viewer, slug);
        if (!visit.canManage()) {
            throw new Forbidden("Only the owners of " + visit.network().name() + " can edit its charter");
        }
        return formView(NetworkForm.of(visit.network()), Map.of(), slug);
    }

    @POST
    @Path("{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("slug") String slug, @BeanParam FormFields fields) {
        var form = fields.form();
        var errors = validate(form);
        if (errors.isEmpty()) {
            try {
                var network = lifecycle.edit(viewer, slug, form.charter(), form.version());
                flash.success("flash.network.edited", network.name());
                return Response.seeOther(homeUri(network.slug())).build();
            } catch (InvalidCharter e) {
                errors.put(e.field(), e.getMessage());
            } catch (OptimisticLockException e) {
                errors.put("version", "Someone else changed this charter after you opened the form. "
                        + "Their version is now saved; reload to see it before changing it again.");
            }
        }
        return Response.status(errors.containsKey("version") ? 409 : 400).entity(formView(form, errors, slug)).build();
    }

    // ---- membership actions (forms post here and return to the network's page) --------------

    @POST
    @Path("{slug}/join")
    public Response join(@PathParam("slug") String slug) {
        flash.success("flash.network.joined", memberships.join(viewer, slug).network().name());
        return back(slug);
    }

    @POST
    @Path("{slug}/request")
    public Response request(@PathParam("slug") String slug, @FormParam("message") String message) {
        flash.success("flash.network.requested", memberships.request(viewer, slug, message).network().name());
        return back(slug);
    }

    @POST
    @Path("{slug}/withdraw")
    public Response withdraw(@PathParam("slug") String slug) {
        flash.success("flash.network.withdrawn", memberships.withdraw(viewer, slug).name());
        return back(slug);
    }

    @POST
    @Path("{slug}/leave")
    public Response leave(@PathParam("slug") String slug) {
        flash.success("flash.network.left", memberships.leave(viewer, slug).name());
        return back(slug);
    }

    @POST
    @Path("{slug}/invitation/{answer: accept|decline}")
    public Response answer(@PathParam("slug") String slug, @PathParam("answer") String answer) {
        var network = memberships.answerInvitation(viewer, slug, "accept".equals(answer));
        if ("accept".equals(answer)) {
            flash.success("flash.network.welcome", network.name());
            return back(slug);
        }
        flash.info("flash.network.declined", network.name());
        return Response.seeOther(URI.create("/networks")).build();
    }

    @GET
    @Path("{slug}/members")
    public View members(@PathParam("slug") String slug, @QueryParam("role") String role,
                        @QueryParam("department") String department, @QueryParam("name") String name,
                        @QueryParam("page") String page) {
        var query = requests.memberQuery(role, department, name, Paging.of(page, null, 50));
        var members = directory.members(viewer, slug, query);
        return View.of("networks/members").with("visit", members.visit()).with("n", members.visit().network())
                .with("members", members.members()).with("departments", members.departments())
                .with("role", role == null ? "" : role).with("department", department == null ? "" : department)
                .with("name", name == null ? "" : name).with("roles", Role.values());
    }

    @GET
    @Path("{slug}/members.csv")
    @Produces("text/csv")
    public Response export(@PathParam("slug") String slug) {
        return requests.csv(viewer, slug);
    }

    @POST
    @Path("{slug}/members/{username}/role")
    public Response changeRole(@PathParam("slug") String slug, @PathParam("username") String username,
                               @FormParam("role") String role, @FormParam("version") Long version) {
        var membership = memberships.changeRole(viewer, slug, username, requests.role(role), version);
        flash.success("flash.network.role." + membership.role().code(), membership.person().displayName());
        return toMembers(slug);
    }

    @POST
    @Path("{slug}/members/{username}/remove")
    public Response remove(@PathParam("slug") String slug, @PathParam("username") String username,
                           @FormParam("reason") String reason) {
        var removed = memberships.remove(viewer, slug, username, reason == null ? "" : reason);
        flash.success("flash.network.removed", removed.person().displayName(), removed.network().name());
        return toMembers(slug);
    }

    @GET
    @Path("{slug}/requests")
    public View requestsQueue(@PathParam("slug") String slug) {
        var page = directory.requests(viewer, slug);
        return View.of("networks/requests").with("visit", page.visit()).with("n", page.visit().network())
                .with("requests", page.requests()).with("invitations", page.invitations());
    }

    @POST
    @Path("{slug}/requests/{username}/{decision: approve|decline}")
    public Response decide(@PathParam("slug") String slug, @PathParam("username") String username,
                           @PathParam("decision") String decision, @FormParam("message") String message) {
        var decided = memberships.decide(viewer, slug, username, "approve".equals(decision), message);
        flash.success("approve".equals(decision) ? "flash.network.approvedRequest" : "flash.network.declinedRequest",
                decided.person().displayName());
        return Response.seeOther(UriBuilder.fromPath("/networks/{slug}/requests").build(slug)).build();
    }

    @POST
    @Path("{slug}/invitations")
    public Response invite(@PathParam("slug") String slug, @FormParam("username") String username,
                           @FormParam("message") String message) {
        if (username == null || username.isBlank()) {
            throw new InvalidRequest("Choose whom to invite");
        }
        var invitation = memberships.invite(viewer, slug, username.strip(), message);
        flash.success("flash.network.invited", invitation.person().displayName());
        return Response.seeOther(UriBuilder.fromPath("/networks/{slug}/requests").build(slug)).build();
    }

    @GET
    @Path("{slug}/log")
    public View log(@PathParam("slug") String slug, @QueryParam("action") String action, @QueryParam("person") String person,
                    @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 50);
        var log = directory.log(viewer, slug, requests.action(action), person, paging.page(), paging.size());
        return View.of("networks/log").with("visit", log.visit()).with("n", log.visit().network()).with("events", log.events())
                .with("action", action == null ? "" : action).with("person", person == null ? "" : person)
                .with("actions", MembershipAction.values());
    }

    @POST
    @Path("{slug}/{decision: approve|reject|archive}")
    public Response decideProposal(@PathParam("slug") String slug, @PathParam("decision") String decision,
                                   @FormParam("reason") String reason) {
        var network = switch (decision) {
            case "approve" -> lifecycle.approve(viewer, slug);
            case "reject" -> lifecycle.reject(viewer, slug, reason == null ? "" : reason);
            default -> lifecycle.archive(viewer, slug, reason);
        };
        flash.success("flash.network." + decision, network.name());
        return back(slug);
    }

    // ---- helpers --------------------------------------------------------------------------

    /** The charter form's fields, shared by propose and edit. */
    public static class FormFields {
        @FormParam("name") public String name;
        @FormParam("description") public String description;
        @FormParam("purpose") public String purpose;
        @FormParam("topics") public String topics;
        @FormParam("whoShouldJoin") public String whoShouldJoin;
        @FormParam("departments") public String departments;
        @FormParam("visibility") public String visibility;
        @FormParam("contentAccess") public String contentAccess;
        @FormParam("joinPolicy") public String joinPolicy;
        @FormParam("posting") public String posting;
        @FormParam("version") public Long version;

        NetworkForm form() {
            return new NetworkForm(name, description, purpose, topics, whoShouldJoin, departments, visibility,
                    contentAccess, joinPolicy, posting, version);
        }
    }

    private Map<String, String> validate(NetworkForm form) {
        var errors = new LinkedHashMap<String, String>();
        FieldMessages.firstPerField(validator.validate(form.charter()))
                .forEach((field, message) -> errors.put(field, message));
        return errors;
    }

    private View formView(NetworkForm form, Map<String, String> errors, String slug) {
        return View.of("networks/form").with("form", form).with("errors", errors).with("slug", slug)
                .with("departmentChoices", departments.offeredTo(viewer));
    }

    private static URI homeUri(String slug) {
        return UriBuilder.fromPath("/networks/{slug}").build(slug);
    }

    private static Response back(String slug) {
        return Response.seeOther(homeUri(slug)).build();
    }

    private static Response toMembers(String slug) {
        return Response.seeOther(UriBuilder.fromPath("/networks/{slug}/members").build(slug)).build();
    }
}
