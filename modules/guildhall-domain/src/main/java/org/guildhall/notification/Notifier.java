package org.guildhall.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.blog.Commented;
import org.guildhall.blog.Post;
import org.guildhall.blog.PostPublished;
import org.guildhall.blog.Thanked;
import org.guildhall.expertise.Endorsed;
import org.guildhall.moderation.AuditAction;
import org.guildhall.moderation.AuditEntry;
import org.guildhall.moderation.AuditLog;
import org.guildhall.network.MembershipEvent;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkRepository;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;

/**
 * Turns the features' events into notifications, in their transactions: the change and the
 * news of it commit together. Nobody is told about their own doing, and nobody is told about a
 * post they may not read (it is checked again whenever the notification is shown or mailed).
 */
@ApplicationScoped
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonRepository people;

    @Inject
    NetworkRepository networks;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy policy;

    @Inject
    Preferences preferences;

    @Inject
    AuditLog audit;

    @Inject
    java.time.Clock clock;

    void onPost(@Observes PostPublished published) {
        var post = published.post();
        // A scheduled post tells when it appears; a mention added to an old post, now.
        var at = post.publishAt().isAfter(clock.instant()) ? post.publishAt() : null;
        for (var person : people.findByUsernames(published.mentioned())) {
            if (mayRead(person, post)) {
                tell(person, NotificationKind.MENTION, post.author(), post.network(), SubjectType.POST, post.id(), null, at);
            }
        }
    }

    void onComment(@Observes Commented commented) {
        var comment = commented.comment();
        var post = comment.post();
        var told = new LinkedHashSet<Person>();
        told.add(comment.author());
        if (told.add(post.author())) {
            tell(post.author(), NotificationKind.REPLY, comment.author(), post.network(), SubjectType.COMMENT, comment.id(), null, null);
        }
        if (comment.parent() != null && told.add(comment.parent().author()) && mayRead(comment.parent().author(), post)) {
            tell(comment.parent().author(), NotificationKind.REPLY, comment.author(), post.network(), SubjectType.COMMENT,
                    comment.id(), null, null);
        }
        for (var person : people.findByUsernames(commented.mentioned())) {
            if (told.add(person) && mayRead(person, post)) {
                tell(person, NotificationKind.MENTION, comment.author(), post.network(), SubjectType.COMMENT, comment.id(), null, null);
            }
        }
    }

    void onThanks(@Observes Thanked thanked) {
        var post = thanked.post();
        if (thanked.comment() == null) {
            tell(post.author(), NotificationKind.THANKS, thanked.by(), post.network(), SubjectType.POST, post.id(), null, null);
        } else {
            tell(thanked.comment().author(), NotificationKind.THANKS, thanked.by(), post.network(), SubjectType.COMMENT,
                    thanked.comment().id(), null, null);
        }
    }

    void onEndorsed(@Observes Endorsed endorsed) {
        var endorsement = endorsed.endorsement();
        var person = endorsement.declared().person();
        tell(person, NotificationKind.ENDORSEMENT, endorsement.endorser(), null, SubjectType.PERSON, person.id(),
                endorsement.declared().skill().name(), null);
    }

    void onMembership(@Observes MembershipEvent event) {
        var network = event.network();
        switch (event.action()) {
            case REQUESTED -> networks.leaders(network).forEach(m -> tell(m.person(), NotificationKind.REQUEST, event.subject(),
                    network, SubjectType.NETWORK, network.id(), event.detail(), null));
            case INVITED -> tell(event.subject(), NotificationKind.INVITATION, event.actor(), network, SubjectType.NETWORK,
                    network.id(), event.detail(), null);
            case REQUEST_APPROVED, REQUEST_DECLINED, ROLE_CHANGED, REMOVED, APPROVED, REJECTED ->
                    tell(event.subject(), NotificationKind.MEMBERSHIP, event.actor(), network, SubjectType.NETWORK, network.id(),
                            event.action().code() + (event.detail() == null ? "" : ": " + event.detail()), null);
            default -> {
            }
        }
    }

    void onModeration(@Observes AuditEntry entry) {
        if (entry.subject() != null && entry.action().toldToSubject()) {
            tell(entry.subject(), NotificationKind.MODERATION, entry.actor(), entry.network(), null, null,
                    entry.action().code() + (entry.reason() == null ? "" : ": " + entry.reason()), null);
        }
        if (entry.caseId() != null && OUTCOMES.contains(entry.action())) {
            for (var reporter : audit.reportersOf(entry.caseId())) {
                tell(reporter, NotificationKind.REPORT_OUTCOME, entry.actor(), entry.network(), null, null, entry.action().code(), null);
            }
        }
    }

    void onRouted(@Observes org.guildhall.question.Routed routed) {
        var route = routed.route();
        var question = route.question();
        tell(route.person(), NotificationKind.QUESTION_ROUTED, route.routedBy(), question.network(), SubjectType.QUESTION,
                question.id(), route.reason(), null);
    }

    void onAnswered(@Observes org.guildhall.question.Answered answered) {
        var answer = answered.answer();
        var question = answer.question();
        tell(question.asker(), NotificationKind.ANSWER, answer.author(), question.network(), SubjectType.ANSWER, answer.id(), null, null);
    }

    void onAccepted(@Observes org.guildhall.question.AnswerAccepted accepted) {
        var answer = accepted.answer();
        tell(answer.author(), NotificationKind.ANSWER_ACCEPTED, accepted.by(), answer.question().network(), SubjectType.ANSWER,
                answer.id(), null, null);
    }

    void onAnswerComment(@Observes org.guildhall.question.AnswerCommented commented) {
        var comment = commented.comment();
        var answer = comment.answer();
        tell(answer.author(), NotificationKind.REPLY, comment.author(), answer.question().network(), SubjectType.ANSWER,
                answer.id(), null, null);
    }

    private static final Set<AuditAction> OUTCOMES = Set.of(AuditAction.KEEP, AuditAction.HIDE, AuditAction.DELETE,
            AuditAction.EDIT, AuditAction.WARN, AuditAction.BAN, AuditAction.MUTE);

    private void tell(Person recipient, NotificationKind kind, Person actor, Network network, SubjectType subjectType,
                      Long subjectId, String detail, java.time.Instant at) {
        if (recipient == null || recipient.equals(actor) || recipient.hasLeft()) {
            return;
        }
        var when = at == null ? clock.instant() : at;
        var delivery = recipient.email() == null || recipient.email().isBlank() ? Delivery.OFF
                : preferences.of(recipient).get(kind);
        em.persist(new Notification(recipient, kind, actor, network, subjectType, subjectId, detail, when, delivery,
                preferences.due(delivery, when)));
    }

    private boolean mayRead(Person person, Post post) {
        var reader = readers.of(new Viewer(person.username(), Set.of(Viewer.EMPLOYEE)));
        return AccessPolicy.audienceOf(post.network()).admits(reader);
    }
}
