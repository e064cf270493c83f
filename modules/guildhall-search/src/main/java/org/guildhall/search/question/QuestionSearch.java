package org.guildhall.search.question;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.outbox.Outbox;
import org.guildhall.paging.Page;
import org.guildhall.question.Question;
import org.guildhall.question.QuestionRepository;
import org.guildhall.question.Questions;
import org.guildhall.search.Audiences;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;

/**
 * Finds questions among those the reader may read: by words (titles first, then text, tags and
 * answers) and, while someone types a new question's title, the few most like it. Hits are
 * re-checked against the database before they are shown.
 */
@ApplicationScoped
public class QuestionSearch {

    public static final int SIMILAR = 5;
    private static final List<String> FIELDS = List.of("title^3", "tags.text^2", "skills^2", "body", "answers", "networkName");

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    QuestionRepository questions;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    /** A question found, with a highlighted snippet (HTML-escaped text with {@code <mark>}). */
    public record QuestionHit(Question question, String snippet) {
    }

    @Transactional
    public Page<QuestionHit> find(Viewer viewer, String text, int page, int size) {
        if (text == null || text.isBlank() || !access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        return run(viewer, Query.of(q -> q.multiMatch(mm -> mm.query(text.strip()).type(TextQueryType.BestFields).fields(FIELDS))),
                page, size);
    }

    /**
     * The questions most like a title being typed: on titles, both words of two and two in five
     * of more must match, a typo forgiven, the last word a prefix (it is still being typed); on
     * bodies, tags, skills and answers, most words. Fewer than three letters suggest nothing.
     */
    @Transactional
    public List<QuestionHit> similar(Viewer viewer, String title) {
        if (title == null || title.strip().length() < 3 || !access.canSeeDirectory(viewer)) {
            return List.of();
        }
        var words = title.strip();
        var query = Query.of(q -> q.bool(b -> b
                .should(s -> s.matchBoolPrefix(m -> m.field("title").query(words).minimumShouldMatch("2<40%").fuzziness("AUTO")
                        .prefixLength(1).boost(3f)))
                .should(s -> s.multiMatch(mm -> mm.query(words).fields("body", "tags.text", "skills", "answers").operator(Operator.Or)
                        .minimumShouldMatch("60%")))
                .minimumShouldMatch("1")));
        return run(viewer, query, 1, SIMILAR).items();
    }

    private Page<QuestionHit> run(Viewer viewer, Query matching, int page, int size) {
        indices.requireSearchable(QuestionIndexer.INDEX);
        var reader = readers.of(viewer);
        SearchResponse<Void> response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(QuestionIndexer.INDEX))
                .query(q -> q.bool(b -> b.filter(Audiences.filter("readers", reader)).must(matching)))
                .from((page - 1) * size).size(size)
                .source(src -> src.fetch(false))
                .trackTotalHits(t -> t.count(Hits.MAX_WINDOW))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields("body", f -> f.numberOfFragments(1).fragmentSize(180))
                        .fields("answers", f -> f.numberOfFragments(1).fragmentSize(180))), Void.class));
        var allowed = questions.readable(Hits.ids(response), reader).stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        return Hits.recheck(response, allowed, (question, hit) -> new QuestionHit(question, Hits.snippet(hit)),
                stale -> stale.forEach(id -> outbox.append(Questions.AGGREGATE, id)), page, size);
    }
}
