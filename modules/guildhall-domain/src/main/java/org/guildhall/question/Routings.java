package org.guildhall.question;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.guildhall.access.Conflict;
import org.guildhall.access.Grants;
import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.network.Membership;
import org.guildhall.network.NetworkRepository;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;

/**
 * Where questions are offered, as the database keeps it. A question is routed in rounds:
 * {@value #FIRST_EXPERTS} likely experts at once; while nobody answers, {@value #MORE_EXPERTS}
 * more after {@code guildhall.questions.widen-after-hours} (24 by default); then, after as long
 * again, its network's owners. Rounds are claimed through the database ({@code SKIP LOCKED} and a
 * lease), so any number of nodes route and a round interrupted by a crash is done again. Who is
 * chosen is the search module's {@code QuestionRouter}'s decision; everyone offered a question
 * may read it, checked here with the question's audience.
 */
@ApplicationScoped
public class Routings {

    public static final int FIRST_EXPERTS = 3;
    public static final int MORE_EXPERTS = 5;
    /** The last round: the network's owners. */
    public static final int OWNERS_ROUND = 3;
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionAccess questionAccess;

    @Inject
    NetworkRepository networks;

    @Inject
    PersonRepository people;

    @Inject
    Profiles profiles;

    @Inject
    Readers readers;

    @Inject
    org.guildhall.moderation.Sanctions sanctions;

    @Inject
    org.guildhall.moderation.WriteLimits writeLimits;

    @Inject
    Clock clock;

    @Inject
    Event<Routed> routed;

    @Inject
    @ConfigProperty(name = "guildhall.questions.widen-after-hours", defaultValue = "24")
    double widenAfterHours;

    /** A round of routing to choose: the question as the router needs it. */
    public record Task(long questionId, int round, String asker, String askerDepartment, Long networkId, Set<Long> skillIds,
                       List<String> tags, Set<String> excluded, org.guildhall.access.Reader askerReads) {
    }

    /** Someone to offer the question to, and why. */
    public record Offer(String username, String reason) {
    }

    public Duration widenAfter() {
        return Duration.ofMinutes(Math.max(1, Math.round(widenAfterHours * 60)));
    }

    /** Claims up to {@code limit} questions whose next round is due, for {@link #LEASE}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Task> claimDue(int limit) {
        var now = clock.instant();
        List<Number> ids = em.createNativeQuery("""
                        select id from question where routing_due_at <= ? and deleted_at is null
                          and (routing_claimed_until is null or routing_claimed_until < ?)
                        order by routing_due_at limit ? for update skip locked""")
                .setParameter(1, now).setParameter(2, now).setParameter(3, limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = questions.forIndexing(ids.stream().map(Number::longValue).toList());
        var tasks = new java.util.ArrayList<Task>();
        for (var question : found) {
            em.createNativeQuery("update question set routing_claimed_until = ? where id = ?")
                    .setParameter(1, now.plus(LEASE)).setParameter(2, question.id()).executeUpdate();
            var excluded = new HashSet<String>();
            excluded.add(question.asker().username());
            questions.routes(question).forEach(r -> excluded.add(r.person().username()));
            questions.answersOf(List.of(question.id())).forEach(a -> excluded.add(a.author().username()));
            tasks.add(new Task(question.id(), question.routingRound() + 1, question.asker().username(),
                    question.asker().department(), question.network() == null ? null : question.network().id(),
                    question.skills().stream().map(s -> s.id()).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)),
                    question.tags(), excluded, readers.of(new Viewer(question.asker().username(), Set.of(Viewer.EMPLOYEE)))));
        }
        return tasks;
    }

    /**
     * Records a round: each offer is kept (and its person told) when they may read the question and
     * were not offered it before. The next round is due after {@link #widenAfter()} unless this was
     * the last, or the question was answered, closed or deleted meanwhile.
     */
    @Transactional
    public List<Route> offer(long questionId, int round, List<Offer> offers) {
        var question = questions.find(questionId).orElseThrow(() -> new NotFound("No question " + questionId));
        var now = clock.instant();
        var made = new java.util.ArrayList<Route>();
        if (question.routingRound() >= round) {
            return List.of(); // another node finished this round while this one was choosing
        }
        boolean waiting = !question.isDeleted() && !question.isClosed() && question.firstAnswerAt() == null && !question.isSolved();
        if (waiting) {
            var already = new HashSet<String>();
            questions.routes(question).forEach(r -> already.add(r.person().username()));
            var byName = new HashMap<String, Person>();
            people.findByUsernames(offers.stream().map(Offer::username).toList()).forEach(p -> byName.put(p.username(), p));
            for (var offer : offers) {
                var person = byName.get(offer.username());
                if (person != null && !person.username().equals(question.asker().username()) && already.add(person.username())
                        && questionAccess.mayRead(person, question)) {
                    made.add(route(question, person, round, offer.reason(), null, now));
                }
            }
        }
        questions.routed(questionId, round, waiting && round < OWNERS_ROUND ? now.plus(widenAfter()) : null);
        return made;
    }

    /** A round could not be chosen (search unavailable): it is tried again later, unless another node has done it. */
    @Transactional
    public void retryLater(long questionId, int round, Duration after) {
        em.createNativeQuery("update question set routing_claimed_until = null, routing_due_at = ?"
                        + " where id = ? and routing_due_at is not null and routing_round < ?")
                .setParameter(1, clock.instant().plus(after)).setParameter(2, questionId).setParameter(3, round).executeUpdate();
    }

    /** The owners of the question's network, for the last round (none for a company-wide question). */
    @Transactional
    public List<Offer> owners(Task task) {
        if (task.networkId() == null) {
            return List.of();
        }
        var network = em.find(org.guildhall.network.Network.class, task.networkId());
        var hours = Math.round(widenAfter().toMinutes() * (OWNERS_ROUND - 1) / 60.0);
        return networks.leaders(network).stream().filter(Membership::isOwner)
                .map(m -> new Offer(m.person().username(), "You own " + network.name() + ", where this question has waited "
                        + hours + (hours == 1 ? " hour" : " hours") + " without an answer"))
                .toList();
    }

    /** Which of these people may read the question (its audience, their standing in its network): one query. */
    @Transactional
    public Set<String> readersAmong(long questionId, Collection<String> usernames) {
        var question = questions.find(questionId).orElseThrow();
        var readable = new HashSet<String>();
        if (usernames.isEmpty()) {
            return readable;
        }
        var audience = org.guildhall.access.AccessPolicy.audienceOf(question.network());
        if (audience.keys().contains(Grants.EVERYONE)) {
            people.findByUsernames(usernames).stream().filter(p -> !p.hasLeft()).forEach(p -> readable.add(p.username()));
            return readable;
        }
        em.createQuery("select m from Membership m join fetch m.person p where m.network = :n and p.username in :names", Membership.class)
                .setParameter("n", question.network()).setParameter("names", usernames).getResultList().stream()
                .filter(m -> !m.person().hasLeft())
                .filter(m -> audience.admits(Readers.about(new Viewer(m.person().username(), Set.of(Viewer.EMPLOYEE)), java.util.Optional.of(m))))
                .forEach(m -> readable.add(m.person().username()));
        return readable;
    }

    /** How many open, unsolved questions each of these people was offered and has not declined. */
    @Transactional
    public Map<String, Long> openLoads(Collection<String> usernames) {
        var loads = new HashMap<String, Long>();
        if (!usernames.isEmpty()) {
            em.createQuery("""
                            select p.username, count(r) from Route r join r.person p join r.question q
                            where p.username in :names and r.declinedAt is null and q.deletedAt is null
                              and q.status = org.guildhall.question.QuestionStatus.OPEN and q.acceptedAnswer is null
                            group by p.username""", Object[].class)
                    .setParameter("names", usernames).getResultList().forEach(r -> loads.put((String) r[0], (Long) r[1]));
        }
        return loads;
    }

    /** How many questions on any of these skills each of these people declined as not their area. */
    @Transactional
    public Map<String, Long> declines(Collection<String> usernames, Collection<Long> skillIds) {
        var declines = new HashMap<String, Long>();
        if (!usernames.isEmpty() && !skillIds.isEmpty()) {
            em.createQuery("""
                            select p.username, count(distinct r.id) from Route r join r.person p join r.question q join q.skills s
                            where p.username in :names and r.declinedAt is not null and s.id in :skills
                            group by p.username""", Object[].class)
                    .setParameter("names", usernames).setParameter("skills", skillIds).getResultList()
                    .forEach(r -> declines.put((String) r[0], (Long) r[1]));
        }
        return declines;
    }

    /** "Not my area": the viewer declines a question offered to them; it counts against offering them its skills again. */
    @Transactional
    public Route decline(Viewer viewer, long questionId) {
        var question = questionAccess.visible(viewer, questionId);
        var route = questions.route(question, profiles.find(viewer.username()))
                .orElseThrow(() -> new Conflict("This question was not offered to you, so there is nothing to decline"));
        route.decline(clock.instant());
        return route;
    }

    /**
     * Someone who may read the question offers it to a colleague by name ("ask Priya"): the
     * colleague must be able to read it, and is told like anyone the router chose.
     */
    @Transactional
    public Route routeTo(Viewer viewer, long questionId, String username, String note) {
        var question = questionAccess.visible(viewer, questionId);
        QuestionAccess.requireOpen(question);
        var person = people.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new InvalidField("person", "There is nobody called \"" + username + "\""));
        if (viewer.is(person.username())) {
            throw new InvalidField("person", "You can answer it yourself");
        }
        if (person.username().equals(question.asker().username())) {
            throw new InvalidField("person", person.displayName() + " asked this question");
        }
        if (!questionAccess.mayRead(person, question)) {
            throw new InvalidField("person", person.displayName() + " cannot read "
                    + (question.network() == null ? "this question" : question.network().name()) + ", so it cannot be offered to them");
        }
        if (questions.route(question, person).isPresent()) {
            throw new Conflict("This question was already offered to " + person.displayName());
        }
        var me = profiles.find(viewer.username());
        sanctions.requireMayWrite(me, question.network());
        writeLimits.spend(viewer.username());
        var reason = me.displayName() + " thought you could answer" + (note == null || note.isBlank() ? "" : ": " + note.strip());
        var route = route(question, person, Route.BY_NAME, reason, me, clock.instant());
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException twice) {
            throw new Conflict("This question was already offered to " + person.displayName()); // two clicks at once
        }
        return route;
    }

    private Route route(Question question, Person person, int round, String reason, Person by, Instant now) {
        var route = new Route(question, person, round, reason, by, now);
        questions.store(route);
        routed.fire(new Routed(route));
        return route;
    }
}
