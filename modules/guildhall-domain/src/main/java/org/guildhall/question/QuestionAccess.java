package org.guildhall.question;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import org.guildhall.access.Reader;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.network.Membership;
import org.guildhall.network.NetworkRepository;
import org.guildhall.network.NetworkStatus;
import org.guildhall.people.Person;

/**
 * Who may see and act on one question: it is read by its network's audience (every employee
 * when asked company-wide), like a post; its network's owners and moderators (administrators for
 * company-wide questions) moderate it. A deleted question is gone for everyone.
 */
@ApplicationScoped
public class QuestionAccess {

    @Inject
    QuestionRepository questions;

    @Inject
    NetworkRepository networks;

    @Inject
    AccessPolicy access;

    @Inject
    Readers readers;

    /** The question, when the viewer may read it; {@link NotFound} otherwise. */
    Question visible(Viewer viewer, long id) {
        var question = questions.find(id).orElseThrow(() -> new NotFound("No question " + id));
        requireVisible(viewer, question);
        return question;
    }

    void requireVisible(Viewer viewer, Question question) {
        if (question.isDeleted() || !access.canRead(Readers.about(viewer, membership(viewer, question)), question.network())) {
            throw new NotFound("No question " + question.id());
        }
    }

    boolean moderates(Viewer viewer, Question question) {
        return question.network() == null ? viewer.isAdmin() : access.canModerate(viewer, membership(viewer, question));
    }

    /** Whether someone (who is not signed in now) may read the question: what routing and notifications ask. */
    public boolean mayRead(Person person, Question question) {
        return !person.hasLeft() && AccessPolicy.audienceOf(question.network()).admits(readerOf(person, question));
    }

    Reader readerOf(Person person, Question question) {
        return readers.about(new Viewer(person.username(), java.util.Set.of(Viewer.EMPLOYEE)), question.network());
    }

    /** Answers, comments and votes are taken while the question is open and its network is not archived. */
    static void requireOpen(Question question) {
        if (question.isClosed()) {
            throw new Conflict("This question is closed: it takes no more answers, comments or votes");
        }
        if (question.network() != null && question.network().status() != NetworkStatus.ACTIVE) {
            throw new Conflict(question.network().name() + " is " + question.network().status().code() + ": its questions no longer change");
        }
    }

    /** Editing, closing and accepting stop when the question's network is archived. */
    static void requireLive(Question question) {
        if (question.network() != null && question.network().status() != NetworkStatus.ACTIVE) {
            throw new Conflict(question.network().name() + " is " + question.network().status().code() + ": its questions no longer change");
        }
    }

    /** Accepting is the asker's, or a moderator's when the asker cannot. */
    void requireMayAccept(Viewer viewer, Question question) {
        if (!viewer.is(question.asker().username()) && !moderates(viewer, question)) {
            throw new Forbidden("Only " + question.asker().displayName() + ", who asked, or a moderator can accept an answer to this question");
        }
    }

    Optional<Membership> membership(Viewer viewer, Question question) {
        return question.network() == null ? Optional.empty() : networks.membership(question.network(), viewer.username());
    }
}
