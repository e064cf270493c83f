package org.guildhall.search.unified;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.guildhall.access.Reader;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Post;
import org.guildhall.blog.PostRepository;
import org.guildhall.expertise.BlogEvidence;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkLifecycle;
import org.guildhall.network.NetworkRepository;
import org.guildhall.outbox.Outbox;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.WikiRepository;

/**
 * The database's word on a page of hits: the index may lag a change of audience or a deletion,
 * so every hit is checked against the database, type by type, before it is shown. A hit that fails
 * is dropped, the total lowered by as much, and its aggregate queued for re-indexing so the index
 * heals. Must run inside a transaction.
 */
@ApplicationScoped
class Visible {

    private static final Map<ResultType, String> AGGREGATES = Map.of(ResultType.PERSON, Profiles.AGGREGATE,
            ResultType.NETWORK, NetworkLifecycle.AGGREGATE, ResultType.POST, Blogs.AGGREGATE, ResultType.COMMENT, Blogs.AGGREGATE,
            ResultType.WIKI, WikiEditor.AGGREGATE, ResultType.QUESTION, org.guildhall.question.Questions.AGGREGATE);

    @Inject
    PersonRepository people;

    @Inject
    NetworkRepository networks;

    @Inject
    PostRepository posts;

    @Inject
    BlogEvidence blog;

    @Inject
    WikiRepository wikis;

    @Inject
    org.guildhall.question.QuestionRepository questions;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    Page<Result> page(SearchResponse<Entry> response, Reader reader, int page, int size) {
        var hits = response.hits().hits();
        var allowed = allowed(hits, reader);
        var shown = new ArrayList<Result>();
        int dropped = 0;
        for (var hit : hits) {
            var entry = hit.source();
            var type = entry == null ? null : ResultType.named(entry.type()).orElse(null);
            if (type != null && allowed.contains(hit.id())) {
                shown.add(result(type, hit));
            } else {
                dropped++;
                if (type != null) {
                    outbox.append(AGGREGATES.get(type), entry.aggregateId());
                }
            }
        }
        long total = response.hits().total() == null ? shown.size() : response.hits().total().value();
        return new Page<>(shown, Math.max(shown.size(), total - dropped), page, size);
    }

    /** A hit as the check needs it: its document id, its type's key and the aggregate it was built from. */
    record Found(String id, String type, long aggregateId) {
    }

    /** The ids of the hits the reader may see now. */
    Set<String> allowed(List<Hit<Entry>> hits, Reader reader) {
        return allowedAmong(hits.stream().filter(h -> h.source() != null)
                .map(h -> new Found(h.id(), h.source().type(), h.source().aggregateId())).toList(), reader);
    }

    /** Of these hits, the ids of those the reader may see now; one query per type. */
    Set<String> allowedAmong(List<Found> hits, Reader reader) {
        var byType = new EnumMap<ResultType, Map<Long, String>>(ResultType.class);
        for (var hit : hits) {
            ResultType.named(hit.type()).ifPresent(type -> byType.computeIfAbsent(type, t -> new java.util.HashMap<>())
                    .put(hit.aggregateId(), hit.id()));
        }
        var allowed = new HashSet<String>();
        byType.forEach((type, ids) -> allowed.addAll(switch (type) {
            case PERSON -> idsOf(people.findAll(ids.keySet()).stream().map(Person::id).toList(), ids);
            case NETWORK -> idsOf(networks.seenAmong(ids.keySet(), reader).stream().map(Network::id).toList(), ids);
            case POST -> idsOf(posts.readable(ids.keySet(), reader, clock.instant()).stream().map(Post::id).toList(), ids);
            case WIKI -> idsOf(wikis.readable(ids.keySet(), reader).stream().map(WikiPage::id).toList(), ids);
            case QUESTION -> idsOf(questions.readable(ids.keySet(), reader).stream().map(q -> q.id()).toList(), ids);
            case COMMENT -> blog.readable(reader, hits.stream().map(Found::id).filter(id -> id.startsWith("comment-")).toList());
        }));
        return allowed;
    }

    private static Collection<String> idsOf(List<Long> readable, Map<Long, String> hitIds) {
        return readable.stream().map(hitIds::get).collect(Collectors.toList());
    }

    private Result result(ResultType type, Hit<Entry> hit) {
        var e = hit.source();
        var title = hit.highlight().get("title");
        var text = hit.highlight().get("text");
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new Result(type, e.title(), title == null ? null : String.join(" ", title),
                text == null ? null : String.join(" … ", text), e.link(), e.networkSlug(), e.networkName(), e.author(),
                e.authorName(), e.at(), e.appreciation(), e.reviewBy() != null && e.reviewBy().isBefore(today), List.of());
    }
}
