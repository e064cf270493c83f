package org.guildhall.follow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.InvalidField;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.blog.PostDraft;
import org.guildhall.network.MembershipEvent;
import org.guildhall.network.NetworkRepository;
import org.guildhall.network.NetworkVisits;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.WikiRepository;
import org.guildhall.wiki.Wikis;

/**
 * Following and unfollowing, and who follows what. A thing is followed only when the follower may
 * see it; following twice is following once, and unfollowing what one does not follow changes
 * nothing, so a double click never fails.
 */
@ApplicationScoped
public class Follows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    PersonRepository people;

    @Inject
    NetworkVisits visits;

    @Inject
    NetworkRepository networks;

    @Inject
    Wikis wikis;

    @Inject
    WikiRepository wikiPages;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy policy;

    @Inject
    Clock clock;

    /** A followed thing as a list shows it: its kind, how the API names it, and its name. */
    public record Followed(FollowKind kind, String target, String name, String networkSlug) {
    }

    private record Target(FollowKind kind, long id, String tag, Followed shown) {
    }

    @Transactional
    public Followed follow(Viewer viewer, FollowKind kind, String target) {
        var me = profiles.find(viewer.username());
        var resolved = resolve(viewer, kind, target);
        if (kind == FollowKind.PERSON && resolved.id() == me.id()) {
            throw new InvalidField("target", "You cannot follow yourself.");
        }
        insert(me.id(), resolved.kind(), resolved.id(), resolved.tag());
        return resolved.shown();
    }

    @Transactional
    public void unfollow(Viewer viewer, FollowKind kind, String target) {
        var me = profiles.find(viewer.username());
        var resolved = resolve(viewer, kind, target);
        delete(me.id(), resolved.kind(), resolved.id(), resolved.tag());
    }

    /** Whether the viewer follows the thing (for a page's Follow/Following button). */
    @Transactional
    public boolean follows(Viewer viewer, FollowKind kind, long targetId, String tag) {
        return !em.createQuery("select f.id from Follow f, Person p where p.username = :me and f.personId = p.id"
                        + " and f.kind = :kind and f.targetId = :id and f.tag = :tag", Long.class)
                .setParameter("me", viewer.username()).setParameter("kind", kind).setParameter("id", targetId)
                .setParameter("tag", tag == null ? Follow.NO_TAG : tag).setMaxResults(1).getResultList().isEmpty();
    }

    public record Counts(long followers, long following) {
    }

    @Transactional
    public Counts counts(Person person) {
        long followers = em.createQuery("select count(f) from Follow f where f.kind = :kind and f.targetId = :id", Long.class)
                .setParameter("kind", FollowKind.PERSON).setParameter("id", person.id()).getSingleResult();
        long following = em.createQuery("select count(f) from Follow f where f.personId = :id", Long.class)
                .setParameter("id", person.id()).getSingleResult();
        return new Counts(followers, following);
    }

    /**
     * What a person follows, as far as the viewer may see it: networks the viewer may know of,
     * pages they may read, people and tags. Networks first, then people, tags and pages, by name.
     */
    @Transactional
    public Page<Followed> following(Viewer viewer, String username, int page, int size) {
        var person = profiles.find(username);
        policy.requireCanSee(viewer, person);
        var all = em.createQuery("select f from Follow f where f.personId = :id", Follow.class)
                .setParameter("id", person.id()).getResultList();
        var byKind = all.stream().collect(Collectors.groupingBy(Follow::kind,
                Collectors.mapping(Follow::targetId, Collectors.toSet())));
        var reader = readers.of(viewer);
        var shown = new ArrayList<Followed>();
        networks.seenAmong(byKind.getOrDefault(FollowKind.NETWORK, Set.of()), reader).forEach(n ->
                shown.add(new Followed(FollowKind.NETWORK, n.slug(), n.name(), n.slug())));
        people.findAll(byKind.getOrDefault(FollowKind.PERSON, Set.of())).forEach(p ->
                shown.add(new Followed(FollowKind.PERSON, p.username(), p.displayName(), null)));
        all.stream().filter(f -> f.kind() == FollowKind.TAG).forEach(f ->
                shown.add(new Followed(FollowKind.TAG, f.tag(), "#" + f.tag(), null)));
        wikiPages.readable(byKind.getOrDefault(FollowKind.WIKI_PAGE, Set.of()), reader).forEach(p ->
                shown.add(pageShown(p)));
        shown.sort(Comparator.comparing(Followed::kind).thenComparing(Followed::name, String.CASE_INSENSITIVE_ORDER));
        int from = Math.min(shown.size(), (page - 1) * size);
        return new Page<>(shown.subList(from, Math.min(shown.size(), from + size)), shown.size(), page, size);
    }

    /** The people who follow a person, by name. */
    @Transactional
    public Page<Person> followers(Viewer viewer, String username, int page, int size) {
        var person = profiles.find(username);
        policy.requireCanSee(viewer, person);
        var items = em.createQuery("select p from Follow f, Person p where f.kind = :kind and f.targetId = :id and p.id = f.personId"
                        + " order by p.displayName, p.id", Person.class)
                .setParameter("kind", FollowKind.PERSON).setParameter("id", person.id())
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(items, counts(person).followers(), page, size);
    }

    /** The tags the viewer follows (for the home page's side and the tag pages' buttons). */
    @Transactional
    public List<String> tagsOf(Viewer viewer) {
        return em.createQuery("select f.tag from Follow f, Person p where p.username = :me and f.personId = p.id and f.kind = :kind"
                        + " order by f.tag", String.class)
                .setParameter("me", viewer.username()).setParameter("kind", FollowKind.TAG).getResultList();
    }

    // ---- members follow their networks ------------------------------------------------------

    void onMembership(@Observes MembershipEvent event) {
        switch (event.action()) {
            case JOINED, REQUEST_APPROVED, INVITATION_ACCEPTED, PROPOSED, APPROVED ->
                    insert(event.subject().id(), FollowKind.NETWORK, event.network().id(), Follow.NO_TAG);
            case LEFT, REMOVED -> delete(event.subject().id(), FollowKind.NETWORK, event.network().id(), Follow.NO_TAG);
            default -> {
            }
        }
    }

    // ---- storage ----------------------------------------------------------------------------

    /** Inserts unless the person already follows it (also when a concurrent request just did). */
    private void insert(long personId, FollowKind kind, long targetId, String tag) {
        em.createNativeQuery("insert into follow (id, person_id, target_kind, target_id, tag, created_at)"
                        + " values (nextval('follow_seq'), ?, ?, ?, ?, ?) on conflict do nothing")
                .setParameter(1, personId).setParameter(2, kind.name()).setParameter(3, targetId).setParameter(4, tag)
                .setParameter(5, clock.instant()).executeUpdate();
    }

    private void delete(long personId, FollowKind kind, long targetId, String tag) {
        em.createQuery("delete from Follow f where f.personId = :p and f.kind = :k and f.targetId = :t and f.tag = :tag")
                .setParameter("p", personId).setParameter("k", kind).setParameter("t", targetId).setParameter("tag", tag)
                .executeUpdate();
    }

    /** Finds what {@code target} names, as the viewer may see it (404 when they may not). */
    private Target resolve(Viewer viewer, FollowKind kind, String target) {
        if (target == null || target.isBlank()) {
            throw new InvalidField("target", "Say what to follow.");
        }
        var name = target.strip();
        return switch (kind) {
            case NETWORK -> {
                var network = visits.visit(viewer, name).network();
                yield new Target(kind, network.id(), Follow.NO_TAG, new Followed(kind, network.slug(), network.name(), network.slug()));
            }
            case PERSON -> {
                var person = profiles.find(name);
                policy.requireCanSee(viewer, person);
                yield new Target(kind, person.id(), Follow.NO_TAG, new Followed(kind, person.username(), person.displayName(), null));
            }
            case TAG -> {
                var tags = PostDraft.normaliseTags(List.of(name));
                if (tags.isEmpty() || tags.get(0).length() > 40) {
                    throw new InvalidField("target", "A tag has 1 to 40 characters.");
                }
                yield new Target(kind, 0, tags.get(0), new Followed(kind, tags.get(0), "#" + tags.get(0), null));
            }
            case WIKI_PAGE -> {
                int slash = name.indexOf('/');
                if (slash <= 0 || slash == name.length() - 1) {
                    throw new InvalidField("target", "Name a wiki page as network/page.");
                }
                var page = wikis.readablePage(viewer, name.substring(0, slash), name.substring(slash + 1));
                yield new Target(kind, page.id(), Follow.NO_TAG, pageShown(page));
            }
        };
    }

    private static Followed pageShown(WikiPage page) {
        return new Followed(FollowKind.WIKI_PAGE, page.network().slug() + "/" + page.slug(), page.title(), page.network().slug());
    }
}
