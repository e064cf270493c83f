package org.guildhall.activity;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Post;
import org.guildhall.follow.Follows;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.WikiRepository;

/**
 * The signed-in person's home, in one transaction: their stream, and beside it their networks,
 * drafts, what waits for them (requests to decide, pages due for review, questions offered to them), the tags they follow
 * and networks and people to discover.
 */
@ApplicationScoped
public class Home {

    public static final int PAGE = 20;
    static final int DUE_PAGES = 5;

    @Inject
    Stream stream;

    @Inject
    NetworkDirectory directory;

    @Inject
    Blogs blogs;

    @Inject
    Follows follows;

    @Inject
    WikiRepository wikis;

    @Inject
    Suggestions suggestions;

    @Inject
    Profiles profiles;

    @Inject
    Readers readers;

    @Inject
    Clock clock;

    public record View(Stream.StreamPage stream, NetworkDirectory.Desk desk, List<Post> drafts, List<WikiPage> dueForReview,
                       List<String> tags, List<Network> suggestedNetworks, List<Person> suggestedPeople,
                       org.guildhall.paging.Page<org.guildhall.question.Question> offeredToMe) {
    }

    @Inject
    org.guildhall.question.QuestionRepository questions;

    static final int OFFERED = 5;

    @Transactional
    public View of(Viewer viewer, Stream.Filter filter, Stream.Cursor before) {
        var me = profiles.find(viewer.username());
        var reader = readers.of(viewer);
        var today = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        var desk = directory.desk(viewer);
        var joined = java.util.stream.Stream.concat(desk.mine().stream(), desk.pending().stream())
                .map(m -> m.network().id()).collect(java.util.stream.Collectors.toSet());
        return new View(stream.of(viewer, filter, before, PAGE), desk, blogs.myUnpublished(viewer),
                wikis.dueForReviewBy(me, today, DUE_PAGES), follows.tagsOf(viewer),
                suggestions.networks(me, reader, joined), suggestions.people(me),
                questions.list(new org.guildhall.question.QuestionRepository.Filter(null, null,
                        org.guildhall.question.QuestionRepository.State.UNSOLVED, me.id(), null, null), reader, 1, OFFERED));
    }
}
