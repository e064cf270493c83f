package org.guildhall.question;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.blog.PostDraft;
import org.guildhall.expertise.Skill;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.moderation.Sanctions;
import org.guildhall.moderation.WriteLimits;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkStatus;
import org.guildhall.network.NetworkVisits;
import org.guildhall.outbox.Outbox;
import org.guildhall.paging.Page;
import org.guildhall.people.Profiles;
import org.guildhall.wiki.WikiPage;

/**
 * Asking, editing, closing and reading questions. Who may read a question is its network's
 * audience ({@link QuestionAccess}); answers, votes and acceptance are {@link Answers}'.
 */
@ApplicationScoped
public class Questions {

    /** The questions index's outbox aggregate (also followed by the answers' evidence). */
    public static final String AGGREGATE = "question";
    /** "Every question of this network needs re-indexing": its audience changed. */
    public static final String NETWORK_QUESTIONS = "network-questions";

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionAccess questionAccess;

    @Inject
    NetworkVisits networks;

    @Inject
    Profiles profiles;

    @Inject
    Taxonomy taxonomy;

    @Inject
    AccessPolicy access;

    @Inject
    Readers readers;

    @Inject
    Sanctions sanctions;

    @Inject
    WriteLimits writeLimits;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<QuestionAsked> asked;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** A question as one reader sees it, with what they may do. */
    /** Answers shown on one page of a question. */
    public static final int ANSWERS_PAGE = 30;

    public record Reading(Question question, Page<Answer> answers, Map<Long, List<AnswerComment>> comments,
                          Map<Long, Integer> myVotes, boolean canEdit, boolean canModerate, boolean canAccept,
                          boolean canAnswer, List<Route> routes, Route myRoute, WikiPage wikiPage) {
    }

    @Transactional
    public Question ask(Viewer viewer, @Valid QuestionDraft draft) {
        var asker = profiles.find(viewer.username());
        var network = draft.network() == null ? null : askableNetwork(viewer, draft.network());
        if (network == null && !access.canSeeDirectory(viewer)) {
            throw new Forbidden("Only employees ask company-wide questions");
        }
        sanctions.requireMayWrite(asker, network);
        writeLimits.spend(viewer.username());
        var question = Question.ask(asker, network, draft, skills(draft), clock.instant());
        questions.store(question);
        questions.store(Revision.of(question, asker, clock.instant()));
        changed(question);
        asked.fire(new QuestionAsked(question));
        return question;
    }

    /**
     * The asker edits, or a moderator corrects; {@code version} is the one they started from, so a
     * change made meanwhile is reported with both texts instead of lost. Where it was asked stays.
     */
    @Transactional
    public Question edit(Viewer viewer, long id, @Valid QuestionDraft draft, Long version) {
        var question = questionAccess.visible(viewer, id);
        if (!viewer.is(question.asker().username()) && !questionAccess.moderates(viewer, question)) {
            throw new Forbidden("Only " + question.asker().displayName() + ", who asked, or a moderator can edit this question");
        }
        QuestionAccess.requireLive(question);
        sanctions.requireMayWrite(profiles.find(viewer.username()), question.network());
        if (version != null && version != question.version()) {
            throw new StaleEdit("question", new StaleEdit.Text(question.title(), question.body()), question.version(),
                    new StaleEdit.Text(draft.title(), draft.body()));
        }
        question.apply(draft, skills(draft), clock.instant());
        questions.store(Revision.of(question, profiles.find(viewer.username()), clock.instant()));
        changed(question);
        return question;
    }

    @Transactional
    public Question close(Viewer viewer, long id, boolean closed) {
        var question = questionAccess.visible(viewer, id);
        if (!viewer.is(question.asker().username()) && !questionAccess.moderates(viewer, question)) {
            throw new Forbidden("Only " + question.asker().displayName() + ", who asked, or a moderator can close or reopen this question");
        }
        QuestionAccess.requireLive(question);
        if (closed) {
            question.close(clock.instant());
        } else {
            question.reopen(clock.instant());
        }
        changed(question);
        return question;
    }

    /** Deleting is the asker's while nobody answered, and a moderator's at any time. */
    @Transactional
    public void delete(Viewer viewer, long id) {
        var question = questionAccess.visible(viewer, id);
        boolean moderates = questionAccess.moderates(viewer, question);
        if (!moderates && !viewer.is(question.asker().username())) {
            throw new Forbidden("Only " + question.asker().displayName() + ", who asked, or a moderator can delete this question");
        }
        if (!moderates && question.answerCount() > 0) {
            throw new Conflict("This question has answers; close it instead, or ask a moderator to delete it");
        }
        question.delete(clock.instant());
        changed(question);
    }

    @Transactional
    public Reading read(Viewer viewer, long id) {
        return read(viewer, id, 1);
    }

    /** The question with one page of its answers ({@value #ANSWERS_PAGE} a page). */
    @Transactional
    public Reading read(Viewer viewer, long id, int page) {
        var question = questionAccess.visible(viewer, id);
        var me = profiles.find(viewer.username());
        boolean moderates = questionAccess.moderates(viewer, question);
        boolean asker = viewer.is(question.asker().username());
        var answers = questions.answers(question, page, ANSWERS_PAGE);
        var ids = answers.items().stream().map(Answer::id).toList();
        var routes = asker || moderates ? questions.routes(question) : List.<Route>of();
        var myRoute = questions.route(question, me).filter(r -> !r.isDeclined()).orElse(null);
        var wikiPage = question.wikiPageId() == null ? null : em.find(WikiPage.class, question.wikiPageId());
        return new Reading(question, answers, questions.comments(ids), questions.votesOf(me, ids), asker || moderates,
                moderates, asker || moderates, isOpen(question), routes, myRoute, wikiPage);
    }

    /** Every version of the question's and its live answers' text, newest first. */
    @Transactional
    public List<Revision> history(Viewer viewer, long id) {
        return questions.revisions(questionAccess.visible(viewer, id));
    }

    /** The question, when the viewer may edit it (its asker, or a moderator): what the edit form starts from. */
    @Transactional
    public Question editable(Viewer viewer, long id) {
        var question = questionAccess.visible(viewer, id);
        if (!viewer.is(question.asker().username()) && !questionAccess.moderates(viewer, question)) {
            throw new Forbidden("Only " + question.asker().displayName() + ", who asked, or a moderator can edit this question");
        }
        return question;
    }

    /** What a list of questions asks for, as the reader typed it (blank is no filter). */
    public record ListQuery(String network, String tag, QuestionRepository.State state, boolean routedToMe, String askedBy,
                            String answeredBy) {
    }

    @Transactional
    public Page<Question> list(Viewer viewer, ListQuery query, int page, int size) {
        if (!access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        Long networkId = blank(query.network()) ? null : networks.requireContent(viewer, query.network().strip()).network().id();
        var tags = blank(query.tag()) ? List.<String>of() : PostDraft.normaliseTags(List.of(query.tag()));
        var filter = new QuestionRepository.Filter(networkId, tags.isEmpty() ? null : tags.get(0), query.state(),
                query.routedToMe() ? profiles.find(viewer.username()).id() : null,
                blank(query.askedBy()) ? null : profiles.find(query.askedBy().strip()).id(),
                blank(query.answeredBy()) ? null : profiles.find(query.answeredBy().strip()).id());
        return questions.list(filter, readers.of(viewer), page, size);
    }

    /** Where a new question goes: the network with this slug, checked before anyone types; null for company-wide. */
    @Transactional
    public Network placeToAsk(Viewer viewer, String slug) {
        return blank(slug) ? null : askableNetwork(viewer, slug.strip());
    }

    /** Members of an active network ask in it (whoever may read it, when its content is open). */
    private Network askableNetwork(Viewer viewer, String slug) {
        var visit = networks.requireContent(viewer, slug);
        var network = visit.network();
        if (network.status() != NetworkStatus.ACTIVE) {
            throw new Conflict(network.name() + " is " + network.status().code() + ": it takes no new questions");
        }
        if (visit.mine().filter(org.guildhall.network.Membership::isActive).isEmpty() && !viewer.isAdmin()) {
            throw new Forbidden("Join " + network.name() + " to ask in it, or ask company-wide");
        }
        return network;
    }

    private Set<Skill> skills(QuestionDraft draft) {
        var found = new LinkedHashSet<Skill>();
        for (var name : draft.skills()) {
            found.add(taxonomy.require("skills", name));
        }
        return found;
    }

    private static boolean isOpen(Question question) {
        try {
            QuestionAccess.requireOpen(question);
            return true;
        } catch (Conflict closed) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    void changed(Question question) {
        questions.flush();
        outbox.append(AGGREGATE, question.id());
    }
}
