package org.guildhall.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Grants;
import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Reader;
import org.guildhall.access.Viewer;
import org.guildhall.blog.Commented;
import org.guildhall.blog.PostPublished;
import org.guildhall.network.MembershipEvent;
import org.guildhall.network.Network;
import org.guildhall.paging.Page;
import org.guildhall.people.Profiles;
import org.guildhall.wiki.PageEdited;

/** Admins' webhooks, their deliveries and attempts, replay; and the deliveries events make. */
@ApplicationScoped
public class Webhooks {

    /** An endpoint is nobody in particular: it gets what every employee may read. */
    private static final Reader ANY_EMPLOYEE = new Reader("webhook", Set.of(Grants.EVERYONE));
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guildhall.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** A webhook just registered: {@code secret} is shown now and on its page to admins. */
    public record Draft(String url, Set<String> events, String description, boolean active) {
    }

    @Transactional
    public Webhook register(Viewer viewer, Draft draft) {
        requireAdmin(viewer);
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        var webhook = new Webhook(url(draft.url()), events(draft.events()), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                description(draft.description()), profiles.find(viewer.username()), clock.instant());
        em.persist(webhook);
        return webhook;
    }

    @Transactional
    public Webhook change(Viewer viewer, long id, Draft draft, Long version) {
        var webhook = find(viewer, id);
        if (version != null && version != webhook.version()) {
            throw new Conflict("Someone changed this webhook meanwhile: reload it and make your change again.");
        }
        webhook.change(url(draft.url()), description(draft.description()), draft.active());
        webhook.listen(events(draft.events()));
        return webhook;
    }

    @Transactional
    public List<Webhook> all(Viewer viewer) {
        requireAdmin(viewer);
        return em.createQuery("select w from Webhook w order by w.createdAt desc, w.id desc", Webhook.class).getResultList();
    }

    @Transactional
    public Webhook find(Viewer viewer, long id) {
        requireAdmin(viewer);
        var webhook = em.find(Webhook.class, id);
        if (webhook == null) {
            throw new NotFound("No webhook " + id);
        }
        return webhook;
    }

    @Transactional
    public Page<WebhookDelivery> deliveries(Viewer viewer, long webhookId, int page, int size) {
        var webhook = find(viewer, webhookId);
        var items = em.createQuery("select d from WebhookDelivery d where d.webhook = :w order by d.createdAt desc, d.id desc",
                        WebhookDelivery.class).setParameter("w", webhook)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(d) from WebhookDelivery d where d.webhook = :w", Long.class)
                .setParameter("w", webhook).getSingleResult();
        return new Page<>(items, total, page, size);
    }

    public record DeliveryLog(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    }

    @Transactional
    public DeliveryLog delivery(Viewer viewer, long webhookId, long deliveryId) {
        var delivery = deliveryOf(viewer, webhookId, deliveryId);
        return new DeliveryLog(delivery, em.createQuery("select a from WebhookAttempt a where a.deliveryId = :d order by a.attemptedAt, a.id",
                WebhookAttempt.class).setParameter("d", delivery.id()).getResultList());
    }

    /** Sends the same payload again, as a new delivery that says which one it replays. */
    @Transactional
    public WebhookDelivery replay(Viewer viewer, long webhookId, long deliveryId) {
        var original = deliveryOf(viewer, webhookId, deliveryId);
        var replay = new WebhookDelivery(original.webhook(), original.event(), original.payload(), clock.instant(), original.id());
        if (original.subjectType() != null) {
            replay.about(original.subjectType(), original.subjectId());
        }
        em.persist(replay);
        return replay;
    }

    // ---- events become deliveries ---------------------------------------------------------------

    void onPost(@Observes PostPublished published) {
        var post = published.post();
        if (published.first() && isPublic(post.network())) {
            deliver(WebhookEvent.POST_PUBLISHED, "post", post.id(), post.publishAt(), Json.createObjectBuilder()
                    .add("id", post.id()).add("title", post.title()).add("url", baseUrl + "/blog/posts/" + post.id())
                    .add("author", post.author().username()).add("network", slug(post.network()))
                    .add("tags", Json.createArrayBuilder(post.tags())).add("excerpt", nonNull(post.excerpt())));
        }
    }

    void onComment(@Observes Commented commented) {
        var comment = commented.comment();
        var post = comment.post();
        if (isPublic(post.network())) {
            deliver(WebhookEvent.COMMENT_CREATED, "comment", comment.id(), comment.createdAt(), Json.createObjectBuilder()
                    .add("id", comment.id()).add("post", post.id()).add("url", baseUrl + "/blog/posts/" + post.id() + "#comment-" + comment.id())
                    .add("author", comment.author().username()).add("network", slug(post.network()))
                    .add("text", excerpt(comment.text())));
        }
    }

    void onPageEdited(@Observes PageEdited edited) {
        var revision = edited.revision();
        var page = revision.page();
        if (isPublic(page.network())) {
            deliver(WebhookEvent.WIKI_PAGE_EDITED, "wiki-page", page.id(), revision.createdAt(), Json.createObjectBuilder()
                    .add("page", page.id()).add("title", revision.title()).add("revision", revision.number())
                    .add("url", baseUrl + "/networks/" + page.network().slug() + "/wiki/" + page.slug())
                    .add("editor", revision.author().username()).add("network", page.network().slug())
                    .add("summary", nonNull(revision.summary())));
        }
    }

    void onMembership(@Observes MembershipEvent event) {
        switch (event.action()) {
            case JOINED, REQUEST_APPROVED, INVITATION_ACCEPTED -> {
                if (isPublic(event.network())) {
                    deliver(WebhookEvent.MEMBER_JOINED, "network", event.network().id(), event.occurredAt(), Json.createObjectBuilder()
                            .add("network", event.network().slug()).add("member", event.subject().username())
                            .add("url", baseUrl + "/networks/" + event.network().slug()));
                }
            }
            default -> {
            }
        }
    }

    private void deliver(WebhookEvent event, String subjectType, long subjectId, Instant at, JsonObjectBuilder data) {
        var listening = em.createQuery("select w from Webhook w where w.active = true", Webhook.class).getResultList()
                .stream().filter(w -> w.wants(event)).toList();
        if (listening.isEmpty()) {
            return;
        }
        var payload = Json.createObjectBuilder().add("event", event.code()).add("occurredAt", at.toString())
                .add("data", data).build().toString();
        var now = clock.instant();
        for (var webhook : listening) {
            var delivery = new WebhookDelivery(webhook, event, payload, now, null).about(subjectType, subjectId);
            if (at.isAfter(now)) {
                delivery.notBefore(at); // a scheduled post is news when it appears
            }
            em.persist(delivery);
        }
    }

    private static boolean isPublic(Network network) {
        return AccessPolicy.audienceOf(network).admits(ANY_EMPLOYEE);
    }

    private static String slug(Network network) {
        return network == null ? "" : network.slug();
    }

    /** A comment's text, cut: the payload stays small whatever the comment's length. */
    private static String excerpt(String text) {
        var plain = nonNull(text);
        return plain.length() <= 1000 ? plain : plain.substring(0, 1000) + "…";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    // ---- at sending time --------------------------------------------------------------------------

    @Inject
    org.guildhall.blog.PostRepository posts;

    @Inject
    org.guildhall.wiki.WikiRepository wikis;

    @Inject
    org.guildhall.network.NetworkRepository networks;

    /** What to do with a claimed delivery now: send it, send it later (a post scheduled again), or never. */
    public record Verdict(boolean send, Instant later) {
        static final Verdict SEND = new Verdict(true, null);
        static final Verdict DROP = new Verdict(false, null);
    }

    /**
     * Whether what a delivery is about is still for every employee's eyes: a post deleted,
     * hidden or moved into a members-only network since the event is not sent.
     */
    Verdict verdict(WebhookDelivery delivery, Instant now) {
        if (delivery.subjectType() == null) {
            return Verdict.SEND;
        }
        var ids = List.of(delivery.subjectId());
        boolean readable = switch (delivery.subjectType()) {
            case "post" -> !posts.readable(ids, ANY_EMPLOYEE, now).isEmpty();
            case "comment" -> !posts.readableComments(ids, ANY_EMPLOYEE, now).isEmpty();
            case "wiki-page" -> !wikis.readable(ids, ANY_EMPLOYEE).isEmpty();
            case "network" -> networks.seenAmong(ids, ANY_EMPLOYEE).stream().anyMatch(Webhooks::isPublic);
            default -> false;
        };
        if (readable) {
            return Verdict.SEND;
        }
        if ("post".equals(delivery.subjectType())) {
            var post = em.find(org.guildhall.blog.Post.class, delivery.subjectId());
            if (post != null && !post.isDeleted() && post.publishAt() != null && post.publishAt().isAfter(now)) {
                return new Verdict(false, post.publishAt());
            }
        }
        return Verdict.DROP;
    }

    // ---- checks -----------------------------------------------------------------------------------

    private WebhookDelivery deliveryOf(Viewer viewer, long webhookId, long deliveryId) {
        var webhook = find(viewer, webhookId);
        var delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.webhook().id().equals(webhook.id())) {
            throw new NotFound("No delivery " + deliveryId + " of this webhook");
        }
        return delivery;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only admins manage webhooks");
        }
    }

    private static String url(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidField("url", "Give the address to post events to.");
        }
        try {
            var uri = new URI(url.strip());
            if (!uri.isAbsolute() || uri.getHost() == null || !Set.of("http", "https").contains(uri.getScheme().toLowerCase())) {
                throw new InvalidField("url", "The address must start with https:// (or http://) and name a host.");
            }
        } catch (URISyntaxException e) {
            throw new InvalidField("url", "This is not a web address: " + e.getReason() + ".");
        }
        if (url.strip().length() > 2000) {
            throw new InvalidField("url", "The address has at most 2,000 characters.");
        }
        return url.strip();
    }

    private static Set<WebhookEvent> events(Set<String> codes) {
        var events = EnumSet.noneOf(WebhookEvent.class);
        for (var code : codes == null ? Set.<String>of() : codes) {
            events.add(WebhookEvent.of(code).orElseThrow(() -> new InvalidField("events", "Unknown event “" + code + "”.")));
        }
        if (events.isEmpty()) {
            throw new InvalidField("events", "Choose at least one event.");
        }
        return events;
    }

    private static String description(String description) {
        if (description != null && description.strip().length() > 200) {
            throw new InvalidField("description", "A description has at most 200 characters.");
        }
        return description == null || description.isBlank() ? null : description.strip();
    }
}
