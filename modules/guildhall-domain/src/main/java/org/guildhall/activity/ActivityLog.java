package org.guildhall.activity;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.guildhall.blog.PostPublished;
import org.guildhall.expertise.Endorsed;
import org.guildhall.network.MembershipEvent;
import org.guildhall.wiki.PageEdited;

/**
 * Writes the stream from the features' events, in their transactions. Grouped kinds share a row
 * per group key (a network and a day, say): the first event inserts it, the next ones count it
 * up and move it to the top; the key is unique, so two nodes recording at once still make one.
 */
@ApplicationScoped
public class ActivityLog {

    @PersistenceContext
    EntityManager em;

    void onPost(@Observes PostPublished published) {
        var post = published.post();
        // One entry per post however often it is edited; a rescheduled post moves to its new time.
        var key = "post:" + post.id();
        if (!insert(ActivityKind.POST_PUBLISHED, post.author().id(), post.network() == null ? null : post.network().id(),
                post.id(), null, key, post.publishAt())) {
            em.createNativeQuery("update activity set occurred_at = ? where group_key = ?")
                    .setParameter(1, post.publishAt()).setParameter(2, key).executeUpdate();
        }
        retag(key, post.tags(), post.publishAt());
    }

    void onPageEdited(@Observes PageEdited edited) {
        var revision = edited.revision();
        var page = revision.page();
        var key = "wiki:" + page.id() + ":" + day(revision.createdAt());
        record(ActivityKind.WIKI_EDITED, revision.author().id(), page.network().id(), page.id(), null, key, revision.createdAt());
        retag(key, revision.tags(), revision.createdAt());
    }

    void onMembership(@Observes MembershipEvent event) {
        switch (event.action()) {
            case JOINED, REQUEST_APPROVED, INVITATION_ACCEPTED -> record(ActivityKind.MEMBERS_JOINED, event.subject().id(),
                    event.network().id(), event.network().id(), null,
                    "members:" + event.network().id() + ":" + day(event.occurredAt()), event.occurredAt());
            default -> {
            }
        }
    }

    void onEndorsed(@Observes Endorsed endorsed) {
        var endorsement = endorsed.endorsement();
        var person = endorsement.declared().person();
        record(ActivityKind.ENDORSED, endorsement.endorser().id(), null, person.id(), person.id(),
                "endorsed:" + person.id() + ":" + day(endorsement.endorsedAt()), endorsement.endorsedAt());
    }

    void onQuestion(@Observes org.guildhall.question.QuestionAsked asked) {
        var question = asked.question();
        var key = "question:" + question.id();
        insert(ActivityKind.QUESTION_ASKED, question.asker().id(), question.network() == null ? null : question.network().id(),
                question.id(), null, key, question.createdAt());
        retag(key, question.tags(), question.createdAt());
    }

    private void record(ActivityKind kind, long actorId, Long networkId, long subjectId, Long recipientId, String groupKey,
                        Instant at) {
        if (!insert(kind, actorId, networkId, subjectId, recipientId, groupKey, at)) {
            em.createNativeQuery("update activity set group_count = group_count + 1, actor_id = ?, occurred_at = ? where group_key = ?")
                    .setParameter(1, actorId).setParameter(2, at).setParameter(3, groupKey).executeUpdate();
        }
    }

    /** Inserts the entry unless its group exists; whether it inserted. */
    private boolean insert(ActivityKind kind, long actorId, Long networkId, long subjectId, Long recipientId, String groupKey,
                           Instant at) {
        return em.createNativeQuery("insert into activity (id, kind, actor_id, network_id, subject_id, recipient_id, group_key,"
                        + " group_count, occurred_at) values (nextval('activity_seq'), ?, ?, ?, ?, ?, ?, 1, ?) on conflict do nothing")
                .setParameter(1, kind.name()).setParameter(2, actorId).setParameter(3, networkId)
                .setParameter(4, subjectId).setParameter(5, recipientId).setParameter(6, groupKey).setParameter(7, at)
                .executeUpdate() == 1;
    }

    /** The entry's tags as they are now, at the entry's time (a followed tag's stream walks them). */
    private void retag(String groupKey, java.util.Collection<String> tags, Instant at) {
        em.createNativeQuery("delete from activity_tag where activity_id = (select id from activity where group_key = ?)")
                .setParameter(1, groupKey).executeUpdate();
        for (var tag : new java.util.LinkedHashSet<>(tags)) {
            em.createNativeQuery("insert into activity_tag (activity_id, tag, occurred_at) select id, ?, ? from activity where group_key = ?")
                    .setParameter(1, tag).setParameter(2, at).setParameter(3, groupKey).executeUpdate();
        }
    }

    private static String day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
