package org.guildhall.blog;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkHomeSections;
import org.guildhall.people.Person;

/**
 * The blog's part of a network's home page: the posts its moderators feature, its latest posts
 * (pinned ones first), and the members who wrote and commented most in the last 90 days.
 */
@ApplicationScoped
public class BlogNetworkSections implements NetworkHomeSections {

    static final int LATEST = 3;
    static final int FEATURED = 3;
    static final int MOST_ACTIVE = 5;
    /** The "all posts" link counts up to this many (then it just says all). */
    static final int LATEST_COUNT_CAP = 1_000;
    static final Duration ACTIVE_WITHIN = Duration.ofDays(90);

    /** A member and what they wrote lately. */
    public record Contributor(Person person, long posts, long comments) {
        public long total() {
            return posts + comments;
        }
    }

    @Inject
    PostRepository posts;

    @Inject
    Readers readers;

    @Inject
    Clock clock;

    @Override
    public List<Section> sections(Viewer viewer, Network network) {
        var now = clock.instant();
        var latest = posts.published(new PostRepository.Filter(network.id(), null, null), readers.about(viewer, network), now,
                1, LATEST, LATEST_COUNT_CAP);
        var sections = new ArrayList<Section>();
        var featured = posts.featured(network.id(), readers.about(viewer, network), now, FEATURED);
        if (!featured.isEmpty()) {
            sections.add(new Section("blog/network-featured", 5, featured));
        }
        sections.add(new Section("blog/network-latest", 10, latest));
        var active = posts.mostActive(network, now.minus(ACTIVE_WITHIN), MOST_ACTIVE);
        if (!active.isEmpty()) {
            sections.add(new Section("blog/network-active", 20, active));
        }
        return sections;
    }
}
