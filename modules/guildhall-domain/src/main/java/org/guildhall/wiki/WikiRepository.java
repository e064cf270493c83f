package org.guildhall.wiki;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.guildhall.access.AudienceQueries;
import org.guildhall.access.Reader;
import org.guildhall.network.MembershipState;
import org.guildhall.network.Network;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;

/** Wikis, pages, revisions, redirects and attachments, with fetch plans that keep lists to a few statements. */
@ApplicationScoped
public class WikiRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Wiki> wiki(Network network) {
        return Optional.ofNullable(em.find(Wiki.class, network.id()));
    }

    public void store(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<WikiPage> page(Network network, String slug) {
        // Everything a page view shows of it, in one statement: it leaves the transaction for the template.
        return em.createQuery("""
                        select distinct p from WikiPage p left join fetch p.parent join fetch p.owner join fetch p.updatedBy
                        left join fetch p.tags where p.network = :network and p.slug = :slug""", WikiPage.class)
                .setParameter("network", network).setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<WikiPage> redirected(Network network, String slug) {
        return Optional.ofNullable(em.find(WikiRedirect.class, new WikiRedirect.Key(network.id(), slug))).map(WikiRedirect::page);
    }

    void redirect(Network network, String oldSlug, WikiPage page) {
        var existing = em.find(WikiRedirect.class, new WikiRedirect.Key(network.id(), oldSlug));
        if (existing != null) {
            existing.pointTo(page);
        } else {
            em.persist(new WikiRedirect(network.id(), oldSlug, page));
        }
    }

    /** A new page takes a name an older page once had: the name is the new page's now. */
    void forgetRedirect(Network network, String slug) {
        var existing = em.find(WikiRedirect.class, new WikiRedirect.Key(network.id(), slug));
        if (existing != null) {
            em.remove(existing);
        }
    }

    /** Holds the page until the transaction ends: saves of one page happen one after another, each seeing the last. */
    void lock(WikiPage page) {
        em.refresh(page, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    List<String> redirectsTo(WikiPage page) {
        return em.createQuery("select r.key.slug from WikiRedirect r where r.page = :page", String.class)
                .setParameter("page", page).getResultList();
    }

    public boolean slugTaken(Network network, String slug, Long exceptId) {
        return !em.createQuery("select p.id from WikiPage p where p.network = :network and p.slug = :slug and p.id <> :except", Long.class)
                .setParameter("network", network).setParameter("slug", slug).setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Every page of the wiki as a small projection, for the tree, breadcrumbs and choosing a parent. */
    public List<PageRef> tree(Network network) {
        return em.createQuery("""
                        select new org.guildhall.wiki.PageRef(p.id, pp.id, p.slug, p.title, p.restricted, p.reviewBy)
                        from WikiPage p left join p.parent pp where p.network = :network order by lower(p.title)""", PageRef.class)
                .setParameter("network", network).getResultList();
    }

    /** Pages of the same wiki whose text links to this one (by its slug or a slug it had). */
    List<PageRef> backlinks(WikiPage page, Collection<String> slugs) {
        return em.createQuery("""
                        select distinct new org.guildhall.wiki.PageRef(p.slug, p.title) from WikiPage p join p.links l
                        where p.network = :network and l.slug in :slugs and p <> :page order by p.title""", PageRef.class)
                .setParameter("network", page.network()).setParameter("slugs", slugs).setParameter("page", page)
                .setMaxResults(200).getResultList();
    }

    /** Which of these slugs lead somewhere in the wiki (a page, or an old name of one). */
    Set<String> existing(Network network, Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        var found = new HashSet<>(em.createQuery("select p.slug from WikiPage p where p.network = :network and p.slug in :slugs", String.class)
                .setParameter("network", network).setParameter("slugs", slugs).getResultList());
        found.addAll(em.createQuery("select r.key.slug from WikiRedirect r where r.key.networkId = :network and r.key.slug in :slugs",
                        String.class).setParameter("network", network.id()).setParameter("slugs", slugs).getResultList());
        return found;
    }

    /**
     * One page of the history, newest first. Revision numbers run 1..n without gaps, so a page of
     * history is a range of numbers: an index range scan, as fast for page 200 as for page 1.
     */
    public Page<RevisionSummary> history(WikiPage page, int number, int size) {
        int high = page.revision() - (number - 1) * size;
        var items = high < 1 ? List.<RevisionSummary>of() : em.createQuery("""
                        select new org.guildhall.wiki.RevisionSummary(r.number, r.title, r.summary, r.minor, a.username,
                        a.displayName, r.createdAt, r.sizeChars, r.deltaChars, r.revertedTo)
                        from WikiRevision r join r.author a where r.page = :page and r.number between :low and :high
                        order by r.number desc""", RevisionSummary.class)
                .setParameter("page", page).setParameter("low", Math.max(1, high - size + 1)).setParameter("high", high)
                .getResultList();
        return new Page<>(items, page.revision(), number, size);
    }

    Optional<RevisionSummary> summary(WikiPage page, int number) {
        return em.createQuery("""
                        select new org.guildhall.wiki.RevisionSummary(r.number, r.title, r.summary, r.minor, a.username,
                        a.displayName, r.createdAt, r.sizeChars, r.deltaChars, r.revertedTo)
                        from WikiRevision r join r.author a where r.page = :page and r.number = :number""", RevisionSummary.class)
                .setParameter("page", page).setParameter("number", number).getResultStream().findFirst();
    }

    /** A revision by its id, with its page, network and author. */
    public Optional<WikiRevision> revision(long id) {
        return em.createQuery("select r from WikiRevision r join fetch r.author join fetch r.page p join fetch p.network where r.id = :id",
                WikiRevision.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** The latest revision before {@code number} that a moderator has not hidden. */
    Optional<WikiRevision> latestShownBefore(WikiPage page, int number) {
        return em.createQuery("select r from WikiRevision r where r.page = :page and r.number < :number and r.hiddenAt is null"
                + " order by r.number desc", WikiRevision.class).setParameter("page", page).setParameter("number", number)
                .setMaxResults(1).getResultStream().findFirst();
    }

    long revisionsBy(org.guildhall.people.Person author, org.guildhall.network.Network network) {
        return em.createQuery("select count(r) from WikiRevision r where r.author = :a and r.page.network = :n and r.hiddenAt is null", Long.class)
                .setParameter("a", author).setParameter("n", network).getSingleResult();
    }

    public Optional<WikiRevision> revision(WikiPage page, int number) {
        return em.createQuery("select r from WikiRevision r join fetch r.author where r.page = :page and r.number = :number",
                        WikiRevision.class)
                .setParameter("page", page).setParameter("number", number).getResultStream().findFirst();
    }

    /** Every version of every attachment of the page, newest version of each name first. */
    public List<AttachmentSummary> attachments(WikiPage page) {
        return em.createQuery("""
                        select new org.guildhall.wiki.AttachmentSummary(a.name, a.number, a.contentType, a.size, p.displayName, a.createdAt)
                        from WikiAttachment a join a.author p where a.page = :page order by lower(a.name), a.number desc""",
                        AttachmentSummary.class)
                .setParameter("page", page).getResultList();
    }

    /** A version of an attachment, or its latest when {@code number} is null. */
    Optional<WikiAttachment> attachment(WikiPage page, String name, Integer number) {
        return em.createQuery("""
                        select a from WikiAttachment a where a.page = :page and a.name = :name
                        and (:number is null or a.number = :number) order by a.number desc""", WikiAttachment.class)
                .setParameter("page", page).setParameter("name", name).setParameter("number", number)
                .setMaxResults(1).getResultStream().findFirst();
    }

    int lastAttachmentNumber(WikiPage page, String name) {
        var last = em.createQuery("select max(a.number) from WikiAttachment a where a.page = :page and a.name = :name", Integer.class)
                .setParameter("page", page).setParameter("name", name).getSingleResult();
        return last == null ? 0 : last;
    }

    // ---- who is editing ------------------------------------------------------------------------

    void closed(WikiPage page, Person person) {
        em.createNativeQuery("delete from wiki_editing where page_id = ?1 and person_id = ?2")
                .setParameter(1, page.id()).setParameter(2, person.id()).executeUpdate();
    }

    /** Others who opened the page for editing since {@code since}, most recent first. */
    List<Person> editing(WikiPage page, Instant since, Person except) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select person_id from wiki_editing where page_id = ?1 and opened_at >= ?2 and person_id <> ?3
                        order by opened_at desc""")
                .setParameter(1, page.id()).setParameter(2, since).setParameter(3, except.id()).setMaxResults(10).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids order by p.displayName", Person.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
    }

    // ---- freshness -----------------------------------------------------------------------------

    /** Pages whose review date has come, soonest first. */
    public List<WikiPage> dueForReview(Network network, LocalDate today, int limit) {
        return em.createQuery("""
                        select p from WikiPage p join fetch p.owner where p.network = :network and p.reviewBy <= :today
                        order by p.reviewBy, lower(p.title)""", WikiPage.class)
                .setParameter("network", network).setParameter("today", today).setMaxResults(limit).getResultList();
    }

    /** Pages a person looks after whose review date has come, soonest first (for their home page). */
    public List<WikiPage> dueForReviewBy(Person owner, LocalDate today, int limit) {
        return em.createQuery("select p from WikiPage p join fetch p.network where p.owner = :owner and p.reviewBy <= :today"
                        + " order by p.reviewBy, lower(p.title)", WikiPage.class)
                .setParameter("owner", owner).setParameter("today", today).setMaxResults(limit).getResultList();
    }

    /** Pages whose owner left the company or is no longer an active member of the network. */
    public List<WikiPage> ownerless(Network network, int limit) {
        return em.createQuery("""
                        select p from WikiPage p join fetch p.owner o where p.network = :network and (o.leftAt is not null
                        or not exists (select 1 from Membership m where m.network = p.network and m.person = o and m.state = :active))
                        order by lower(p.title)""", WikiPage.class)
                .setParameter("network", network).setParameter("active", MembershipState.ACTIVE)
                .setMaxResults(limit).getResultList();
    }

    /** Whether the page's owner still looks after it: an active member who has not left. */
    boolean ownerPresent(WikiPage page) {
        return !em.createQuery("""
                        select m.id from Membership m where m.network = :network and m.person = :owner and m.state = :active
                        and m.person.leftAt is null""", Long.class)
                .setParameter("network", page.network()).setParameter("owner", page.owner())
                .setParameter("active", MembershipState.ACTIVE).setMaxResults(1).getResultList().isEmpty();
    }

    boolean isActiveMember(Network network, Person person) {
        return !em.createQuery("select m.id from Membership m where m.network = :network and m.person = :person and m.state = :active",
                        Long.class)
                .setParameter("network", network).setParameter("person", person).setParameter("active", MembershipState.ACTIVE)
                .setMaxResults(1).getResultList().isEmpty();
    }

    // ---- indexing ------------------------------------------------------------------------------

    public List<WikiPage> forIndexing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct p from WikiPage p join fetch p.network join fetch p.owner left join fetch p.tags where p.id in :ids",
                        WikiPage.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Those of these pages the reader may read, according to the database. */
    public List<WikiPage> readable(Collection<Long> ids, Reader reader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select p from WikiPage p join fetch p.network where p.id in :ids and "
                + AudienceQueries.readable("p.network"), WikiPage.class).setParameter("ids", ids);
        AudienceQueries.bind(query, reader);
        return query.getResultList();
    }

    /**
     * Per page and author, what their latest revisions added (minor edits aside), newest first:
     * wiki evidence of expertise. Bounded per call, so a page edited 10,000 times costs what its
     * latest few hundred edits do.
     */
    public List<Object[]> contributions(Collection<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select r.page.id, a.username, r.createdAt, r.addedText from WikiRevision r join r.author a
                        where r.page.id in :ids and r.minor = false and r.hiddenAt is null order by r.createdAt desc""", Object[].class)
                .setParameter("ids", pageIds).setMaxResults(500 * pageIds.size()).getResultList();
    }

    public List<Long> pageIdsOf(long networkId) {
        return em.createQuery("select p.id from WikiPage p where p.network.id = :network order by p.id", Long.class)
                .setParameter("network", networkId).getResultList();
    }

    public List<Long> idsAfter(long after, int limit) {
        return em.createQuery("select p.id from WikiPage p where p.id > :after order by p.id", Long.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from WikiPage p", Long.class).getSingleResult();
    }
}
