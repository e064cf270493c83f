package org.guildhall.question;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.wiki.PageDraft;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.Wikis;

/**
 * Good answers become the network's knowledge: its owners and moderators turn a question's
 * accepted answer into a wiki page, or a section added to one, in one action. The page names
 * and links its question; the question links its page.
 */
@ApplicationScoped
public class Promotion {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    QuestionAccess questionAccess;

    @Inject
    Questions questions;

    @Inject
    WikiEditor editor;

    @Inject
    Wikis wikis;

    @Inject
    Clock clock;

    /**
     * Promotes the accepted answer: to a new page titled {@code title} (the question's title when
     * blank), or, when {@code pageSlug} names a page, as a section at its end.
     */
    @Transactional
    public WikiPage promote(Viewer viewer, long questionId, String pageSlug, String title) {
        var question = questionAccess.visible(viewer, questionId);
        if (question.network() == null) {
            throw new Conflict("Company-wide questions have no wiki to go to; a network's owners can promote questions asked in their network");
        }
        if (!questionAccess.moderates(viewer, question)) {
            throw new Forbidden("Only the owners and moderators of " + question.network().name() + " turn answers into wiki pages");
        }
        var answer = question.acceptedAnswer();
        if (answer == null) {
            throw new Conflict("Accept an answer first: only an accepted answer becomes a wiki page");
        }
        if (question.wikiPageId() != null) {
            throw new Conflict("This question's answer is already in the wiki");
        }
        var slug = question.network().slug();
        WikiPage page;
        if (pageSlug == null || pageSlug.isBlank()) {
            var pageTitle = title == null || title.isBlank() ? question.title() : title.strip();
            page = editor.create(viewer, slug, new PageDraft(pageTitle, newPage(question, answer), question.tags(),
                    "From the question “" + question.title() + "”", false, PageDraft.TOP, null));
        } else {
            var existing = wikis.readablePage(viewer, slug, pageSlug.strip());
            var body = existing.body().stripTrailing() + "\n\n## " + question.title() + "\n\n" + answer.body().strip()
                    + "\n\n" + credit(question, answer) + "\n";
            page = editor.save(viewer, slug, existing.slug(), new PageDraft(existing.title(), body, existing.tags(),
                    "Added the answer to “" + question.title() + "”", false, null, existing.revision())).page();
        }
        question.promoted(page.id());
        questions.changed(question);
        return page;
    }

    private String newPage(Question question, Answer answer) {
        var intro = question.body().isBlank() ? "" : "## The question\n\n" + question.body().strip() + "\n\n";
        return intro + "## The answer\n\n" + answer.body().strip() + "\n\n" + credit(question, answer) + "\n";
    }

    private String credit(Question question, Answer answer) {
        return "*From the question [“" + question.title().replace("]", "\\]") + "”](/questions/" + question.id() + "), asked by "
                + question.asker().displayName() + " and answered by [" + answer.author().displayName() + "](/people/"
                + answer.author().username() + ") on " + DAY.format(answer.createdAt()) + ".*";
    }
}
