package org.guildhall.importer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Refusal;
import org.guildhall.blog.BlogImports;
import org.guildhall.blog.PostDraft;
import org.guildhall.expertise.ExpertiseImports;
import org.guildhall.expertise.Skill;
import org.guildhall.network.Charter;
import org.guildhall.network.NetworkImports;
import org.guildhall.network.Role;
import org.guildhall.people.HrDirectory;
import org.guildhall.people.HrRecord;
import org.guildhall.wiki.PageDraft;
import org.guildhall.wiki.WikiImports;

/**
 * Imports a chunk of content lines in one transaction, together with the job's progress, so a
 * chunk is either wholly there (and counted) or not at all. External ids the chunk refers to are
 * looked up in one query per kind; counters and search are brought up to date once per chunk.
 */
@ApplicationScoped
class ContentChunk {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    HrDirectory people;

    @Inject
    NetworkImports networks;

    @Inject
    BlogImports blogs;

    @Inject
    ExpertiseImports expertise;

    @Inject
    WikiImports wikis;

    @Inject
    org.guildhall.question.QuestionImports questions;

    @Inject
    ImportJobs jobs;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    record Line(long number, String text) {
    }

    /** Every line, and the job's progress to {@code lastLine}, in one transaction. Answers whether the job goes on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean importAll(long jobId, String node, String source, long lastLine, List<Line> lines) {
        if (!jobs.hold(jobId, node)) {
            return false;
        }
        var batch = new Batch(jobId, source, lines);
        batch.run();
        return jobs.progress(jobId, node, lastLine, batch.tally(), batch.rejected);
    }

    /** One line in a transaction of its own (its chunk failed as a whole); rejections are added to {@code rejected}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally importOne(long jobId, String source, Line line, List<Rejected> rejected) {
        var batch = new Batch(jobId, source, List.of(line));
        batch.run();
        rejected.addAll(batch.rejected);
        return batch.tally();
    }

    /** One chunk's work: its parsed lines, the external ids they need, and what it touched. */
    private final class Batch {
        private final long jobId;
        private final String source;
        private final List<Line> lines;
        private final Map<Long, Object> parsed = new HashMap<>();
        private final Map<String, ImportKey> keys = new HashMap<>();
        private final Set<Long> touchedPosts = new LinkedHashSet<>();
        private final Set<Long> touchedNetworks = new LinkedHashSet<>();
        private final Set<Long> touchedQuestions = new LinkedHashSet<>();
        private final Map<Long, Long> questionOfAnswer = new HashMap<>();
        private final Map<Long, Instant> networkActivity = new HashMap<>();
        private final Map<Long, Long> postOfComment = new HashMap<>();
        private final Map<Long, Long> postAuthor = new HashMap<>();
        private final Map<Long, Long> commentAuthor = new HashMap<>();
        private Set<String> memberships = new HashSet<>();
        private final List<Rejected> rejected = new ArrayList<>();
        private final Instant now = clock.instant();
        private long imported;
        private long unchanged;

        Batch(long jobId, String source, List<Line> lines) {
            this.jobId = jobId;
            this.source = source;
            this.lines = lines;
        }

        Tally tally() {
            return new Tally(imported, unchanged, rejected.size());
        }

        void run() {
            // Every lookup a record needs is made up front (preload) or kept from this chunk, so
            // queries need not flush pending inserts: they go to the database in JDBC batches.
            em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
            em.unwrap(org.hibernate.Session.class).setJdbcBatchSize(ContentImport.CHUNK);
            preload();
            for (var line : lines) {
                try {
                    take(line);
                } catch (BadRecord e) {
                    rejected.add(new Rejected(line.number(), e.field(), e.getMessage()));
                } catch (InvalidField e) {
                    rejected.add(new Rejected(line.number(), e.field(), e.getMessage()));
                } catch (Refusal e) {
                    rejected.add(new Rejected(line.number(), null, e.getMessage()));
                }
            }
            blogs.recount(touchedPosts);
            questions.recount(touchedQuestions);
            networks.recount(touchedNetworks);
            networks.active(networkActivity);
        }

        /** Parses every line and loads, in one query per kind, every external id the chunk mentions. */
        private void preload() {
            var wanted = new HashMap<String, Set<String>>();
            for (var line : lines) {
                try {
                    var record = ContentFile.parse(line.text());
                    parsed.put(line.number(), record);
                    mentions(record).forEach(m -> wanted.computeIfAbsent(m.getKey(), k -> new HashSet<>()).add(m.getValue()));
                } catch (BadRecord e) {
                    parsed.put(line.number(), e);
                }
            }
            wanted.forEach((kind, ids) -> em.createQuery("""
                            select k from ImportKey k where k.id.source = :source and k.id.kind = :kind and k.id.externalId in :ids""",
                            ImportKey.class)
                    .setParameter("source", source).setParameter("kind", kind).setParameter("ids", ids)
                    .getResultList().forEach(key -> keys.put(key.id().kind() + ":" + key.id().externalId(), key)));
            var thankedPosts = new HashSet<Long>();
            var thankedComments = new HashSet<Long>();
            var memberNetworks = new HashSet<Long>();
            var memberPeople = new HashSet<Long>();
            parsed.values().stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).forEach(record -> {
                switch (record.getString("type", "")) {
                    case "thanks" -> {
                        text(record, "post").map(id -> keys.get("post:" + id)).ifPresent(k -> thankedPosts.add(k.internalId()));
                        text(record, "comment").map(id -> keys.get("comment:" + id)).ifPresent(k -> thankedComments.add(k.internalId()));
                    }
                    case "member" -> {
                        text(record, "network").map(id -> keys.get("network:" + id)).ifPresent(k -> memberNetworks.add(k.internalId()));
                        text(record, "person").map(id -> keys.get("person:" + id)).ifPresent(k -> memberPeople.add(k.internalId()));
                    }
                    default -> { }
                }
            });
            var authors = blogs.authors(thankedPosts, thankedComments);
            postAuthor.putAll(authors.ofPosts());
            commentAuthor.putAll(authors.ofComments());
            postOfComment.putAll(authors.postOfComment());
            memberships = new HashSet<>(networks.memberships(memberNetworks, memberPeople));
        }

        /** Every (kind, external id) the record names: its own id and the records it refers to. */
        private List<Map.Entry<String, String>> mentions(JsonObject record) {
            var mentioned = new ArrayList<Map.Entry<String, String>>();
            var fields = Map.of("author", "person", "person", "person", "createdBy", "person", "network", "network",
                    "post", "post", "comment", "comment", "replyTo", "comment", "question", "question", "answer", "answer");
            fields.forEach((field, kind) -> text(record, field).ifPresent(id -> mentioned.add(Map.entry(kind, id))));
            var type = record.getString("type", "");
            switch (type) {
                case "person", "network", "post", "comment", "question", "answer" -> text(record, "id").ifPresent(id -> mentioned.add(Map.entry(type, id)));
                case "wikiPage" -> {
                    text(record, "id").ifPresent(id -> mentioned.add(Map.entry(type, id)));
                    text(record, "parent").ifPresent(id -> mentioned.add(Map.entry("wikiPage", id)));
                    text(record, "owner").ifPresent(id -> mentioned.add(Map.entry("person", id)));
                    if (record.get("revisions") instanceof jakarta.json.JsonArray revisions) {
                        revisions.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                                .forEach(r -> text(r, "author").ifPresent(id -> mentioned.add(Map.entry("person", id))));
                    }
                }
                case "vote" -> mentioned.add(Map.entry("vote", text(record, "answer").orElse("") + "/" + text(record, "person").orElse("")));
                case "member" -> mentioned.add(Map.entry("member",
                        text(record, "network").orElse("") + "/" + text(record, "person").orElse("")));
                case "thanks" -> mentioned.add(Map.entry("thanks", text(record, "post").map(p -> "post:" + p)
                        .orElseGet(() -> "comment:" + text(record, "comment").orElse("")) + "/" + text(record, "person").orElse("")));
                default -> { }
            }
            return mentioned;
        }

        private java.util.Optional<String> text(JsonObject record, String field) {
            return record.get(field) instanceof jakarta.json.JsonString s ? java.util.Optional.of(s.getString().strip())
                    : java.util.Optional.empty();
        }

        private void take(Line line) {
            var parsedLine = parsed.get(line.number());
            if (parsedLine instanceof BadRecord bad) {
                throw bad;
            }
            var record = (JsonObject) parsedLine;
            var type = ContentFile.required(record, "type", 20);
            switch (type) {
                case "person" -> person(line, record);
                case "network" -> network(line, record);
                case "member" -> member(line, record);
                case "post" -> post(line, record);
                case "comment" -> comment(line, record);
                case "thanks" -> thanks(line, record);
                case "skill" -> skill(record);
                case "wikiPage" -> wikiPage(line, record);
                case "question" -> question(line, record);
                case "answer" -> answer(line, record);
                case "vote" -> vote(line, record);
                default -> throw new BadRecord("type", "Unknown record type “" + type + "”: format version 1 knows skill, person,"
                        + " network, member, post, comment, thanks, wikiPage, question, answer and vote.");
            }
        }

        private void person(Line line, JsonObject record) {
            var id = ContentFile.required(record, "id", ContentFile.ID_MAX);
            if (already("person", id, line)) {
                return;
            }
            var email = ContentFile.required(record, "email", HrRecord.EMAIL_MAX);
            if (!EMAIL.matcher(email).matches()) {
                throw new BadRecord("email", "“" + email + "” is not an email address.");
            }
            var known = people.findOrCreate(ContentFile.text(record, "employeeId", HrRecord.EMPLOYEE_ID_MAX), email,
                    ContentFile.required(record, "name", HrRecord.NAME_MAX), ContentFile.text(record, "username", HrRecord.USERNAME_MAX),
                    ContentFile.text(record, "department", HrRecord.DEPARTMENT_MAX), ContentFile.text(record, "title", HrRecord.TITLE_MAX));
            remember("person", id, known.id(), line);
            profile(record, known);
        }

        /** What a person record may add: declared skills and the talent-discovery consent of the source system. */
        private void profile(JsonObject record, HrDirectory.Known known) {
            var declared = record.get("skills") instanceof jakarta.json.JsonArray array ? array : null;
            var consent = record.get("talentDiscovery");
            if (declared == null && consent == null) {
                return;
            }
            var person = em.find(org.guildhall.people.Person.class, known.id());
            // Someone already here decided about talent discovery themself; an import does not decide for them.
            if (consent != null && known.created()) {
                person.consentToTalentDiscovery(consent == jakarta.json.JsonValue.TRUE);
            }
            if (declared != null) {
                if (declared.size() > 50) {
                    throw new BadRecord("skills", "A person declares at most 50 skills.");
                }
                for (var item : declared) {
                    if (!(item instanceof JsonObject skill) || !(skill.get("skill") instanceof jakarta.json.JsonString name)) {
                        throw new BadRecord("skills", "Each declared skill is {\"skill\": name, \"level\": 1-4}.");
                    }
                    expertise.declare(person, name.getString().strip(), skill.getInt("level", 3), now);
                }
            }
        }

        private void skill(JsonObject record) {
            var name = ContentFile.required(record, "name", Skill.NAME_MAX);
            var aliases = ContentFile.list(record, "aliases", Skill.ALIASES_MAX, Skill.NAME_MAX);
            if (expertise.skill(name, ContentFile.text(record, "category", 80), aliases, now)) {
                imported++;
            } else {
                unchanged++;
            }
        }

        private void network(Line line, JsonObject record) {
            var id = ContentFile.required(record, "id", ContentFile.ID_MAX);
            if (already("network", id, line)) {
                return;
            }
            var creator = resolve("person", "createdBy", ContentFile.required(record, "createdBy", ContentFile.ID_MAX));
            var charter = new Charter(ContentFile.required(record, "name", 120), ContentFile.required(record, "description", 300),
                    ContentFile.required(record, "purpose", 4000), ContentFile.list(record, "topics", 10, 60),
                    ContentFile.text(record, "whoShouldJoin", 2000), ContentFile.list(record, "departments", 5, 120),
                    ContentFile.code(record, "visibility", "listed", "listed", "hidden"),
                    ContentFile.code(record, "contentAccess", "public", "public", "members_only").replace('_', '-'),
                    ContentFile.code(record, "joinPolicy", "open", "open", "request", "invitation"),
                    ContentFile.code(record, "posting", "members", "members", "moderators"));
            validator.validate(charter).stream().findFirst().ifPresent(v -> {
                throw new BadRecord(v.getPropertyPath().toString(), v.getMessage());
            });
            boolean archived = ContentFile.code(record, "status", "active", "active", "archived").equals("archived");
            var networkId = networks.create(charter, creator, archived, ContentFile.instant(record, "createdAt", now));
            memberships.add(networkId + "/" + creator);
            remember("network", id, networkId, line);
            touchedNetworks.add(networkId);
        }

        private void member(Line line, JsonObject record) {
            var network = ContentFile.required(record, "network", ContentFile.ID_MAX);
            var person = ContentFile.required(record, "person", ContentFile.ID_MAX);
            if (already("member", network + "/" + person, line)) {
                return;
            }
            long networkId = resolve("network", "network", network);
            long personId = resolve("person", "person", person);
            var role = Role.valueOf(ContentFile.code(record, "role", "member", "owner", "moderator", "member").toUpperCase(java.util.Locale.ROOT));
            networks.join(networkId, personId, role, ContentFile.instant(record, "joinedAt", now),
                    !memberships.add(networkId + "/" + personId));
            remember("member", network + "/" + person, personId, line);
            touchedNetworks.add(networkId);
        }

        private void post(Line line, JsonObject record) {
            var id = ContentFile.required(record, "id", ContentFile.ID_MAX);
            if (already("post", id, line)) {
                return;
            }
            long author = resolve("person", "author", ContentFile.required(record, "author", ContentFile.ID_MAX));
            var network = ContentFile.text(record, "network", ContentFile.ID_MAX);
            Long networkId = network == null ? null : resolve("network", "network", network);
            var publishedAt = ContentFile.instant(record, "publishedAt", now);
            long postId = blogs.post(author, networkId, ContentFile.required(record, "title", PostDraft.TITLE_MAX),
                    ContentFile.required(record, "body", PostDraft.BODY_MAX), ContentFile.list(record, "tags", 10, PostDraft.TAG_MAX),
                    publishedAt, ContentFile.instant(record, "editedAt", null));
            remember("post", id, postId, line);
            postAuthor.put(postId, author);
            touchedPosts.add(postId);
            if (networkId != null) {
                networkActivity.merge(networkId, publishedAt, (a, b) -> a.isAfter(b) ? a : b);
            }
        }

        private void comment(Line line, JsonObject record) {
            var id = ContentFile.required(record, "id", ContentFile.ID_MAX);
            if (already("comment", id, line)) {
                return;
            }
            long postId = resolve("post", "post", ContentFile.required(record, "post", ContentFile.ID_MAX));
            long author = resolve("person", "author", ContentFile.required(record, "author", ContentFile.ID_MAX));
            var replyTo = ContentFile.text(record, "replyTo", ContentFile.ID_MAX);
            Long parentId = replyTo == null ? null : resolve("comment", "replyTo", replyTo);
            long commentId = blogs.comment(postId, author, parentId, ContentFile.required(record, "body", 10_000),
                    ContentFile.instant(record, "createdAt", now));
            remember("comment", id, commentId, line);
            postOfComment.put(commentId, postId);
            commentAuthor.put(commentId, author);
            touchedPosts.add(postId);
        }

        private void thanks(Line line, JsonObject record) {
            var person = ContentFile.required(record, "person", ContentFile.ID_MAX);
            var post = ContentFile.text(record, "post", ContentFile.ID_MAX);
            var comment = ContentFile.text(record, "comment", ContentFile.ID_MAX);
            if ((post == null) == (comment == null)) {
                throw new BadRecord("post", "Thanks are for a post or for a comment: give exactly one of post and comment.");
            }
            var key = (post != null ? "post:" + post : "comment:" + comment) + "/" + person;
            if (already("thanks", key, line)) {
                return;
            }
            long personId = resolve("person", "person", person);
            var at = ContentFile.instant(record, "at", now);
            long thanksId;
            if (post != null) {
                long postId = resolve("post", "post", post);
                thanksId = blogs.thankPost(personId, postId, known(postAuthor, postId, "post"), at);
                touchedPosts.add(postId);
            } else {
                long commentId = resolve("comment", "comment", comment);
                thanksId = blogs.thankComment(personId, commentId, known(commentAuthor, commentId, "comment"), at);
                touchedPosts.add(known(postOfComment, commentId, "comment"));
            }
            remember("thanks", key, thanksId, line);
        }

        private void question(Line line, JsonObject record) {
            var id = ContentFile.required(record, "id", ContentFile.ID_MAX);
            if (already("question", id, line)) {
                return;
            }
            long asker = resolve("person", "author", ContentFile.required(record, "author", ContentFile.ID_MAX));
            var network = ContentFile.text(record, "network", ContentFile.ID_MAX);
            Long networkId = network == null ? null : resolve("network", "network", network);
            long questionId = questions.question(asker, networkId,
                    ContentFile.required(record, "title", org.guildhall.question.QuestionDraft.TITLE_MAX),
                    ContentFile.text(record, "body", org.guildhall.question.QuestionDraft.BODY_MAX),
                    ContentFile.list(record, "tags", 10, PostDraft.TAG_MAX), ContentFile.list(record, "skills", 5, Skill.NAME_MAX),
                    ContentFile.instant(record, "askedAt", now), ContentFile.code(record, "status", "open", "open", "closed").equals("closed"));
            remember("question", id, questionId, line);
            touchedQuestions.add(questionId);
        }

        private void answer(Line line, JsonObject record) {
            var id = ContentFile.required(record, "id", ContentFile.ID_MAX);
            if (already("answer", id, line)) {
                return;
            }
            long questionId = resolve("question", "question", ContentFile.required(record, "question", ContentFile.ID_MAX));
            long author = resolve("person", "author", ContentFile.required(record, "author", ContentFile.ID_MAX));
            long answerId = questions.answer(questionId, author, ContentFile.required(record, "body", org.guildhall.question.Answer.BODY_MAX),
                    ContentFile.instant(record, "createdAt", now), record.get("accepted") == jakarta.json.JsonValue.TRUE);
            remember("answer", id, answerId, line);
            questionOfAnswer.put(answerId, questionId);
            touchedQuestions.add(questionId);
        }

        private void vote(Line line, JsonObject record) {
            var answer = ContentFile.required(record, "answer", ContentFile.ID_MAX);
            var person = ContentFile.required(record, "person", ContentFile.ID_MAX);
            var key = answer + "/" + person;
            if (already("vote", key, line)) {
                return;
            }
            long answerId = resolve("answer", "answer", answer);
            long personId = resolve("person", "person", person);
            questions.vote(answerId, personId, !ContentFile.code(record, "vote", "up", "up", "down").equals("down"),
                    ContentFile.instant(record, "at", now));
            remember("vote", key, answerId, line);
            var questionId = questionOfAnswer.get(answerId);
            touchedQuestions.add(questionId != null ? questionId : questions.questionOf(answerId));
        }

        /** A wiki page with its whole history; revisions are replayed oldest first. */
        private void wikiPage(Line line, JsonObject record) {
            var id = ContentFile.required(record, "id", ContentFile.ID_MAX);
            if (already("wikiPage", id, line)) {
                return;
            }
            long networkId = resolve("network", "network", ContentFile.required(record, "network", ContentFile.ID_MAX));
            var parent = ContentFile.text(record, "parent", ContentFile.ID_MAX);
            Long parentId = parent == null ? null : resolve("wikiPage", "parent", parent);
            var owner = ContentFile.text(record, "owner", ContentFile.ID_MAX);
            Long ownerId = owner == null ? null : resolve("person", "owner", owner);
            var title = ContentFile.required(record, "title", PageDraft.TITLE_MAX);
            var reviewBy = ContentFile.text(record, "reviewBy", 10);
            java.time.LocalDate review;
            try {
                review = reviewBy == null ? null : java.time.LocalDate.parse(reviewBy);
            } catch (java.time.format.DateTimeParseException e) {
                throw new BadRecord("reviewBy", "“" + reviewBy + "” is not a date such as 2027-03-31.");
            }
            if (!(record.get("revisions") instanceof jakarta.json.JsonArray history) || history.isEmpty() || history.size() > 1000) {
                throw new BadRecord("revisions", "A wiki page has 1 to 1,000 revisions, oldest first.");
            }
            var revisions = new ArrayList<WikiImports.ImportedRevision>();
            for (var item : history) {
                if (!(item instanceof JsonObject r)) {
                    throw new BadRecord("revisions", "Each revision is {\"author\": person id, \"body\": Markdown, \"at\": time}.");
                }
                revisions.add(new WikiImports.ImportedRevision(
                        resolve("person", "revisions.author", ContentFile.required(r, "author", ContentFile.ID_MAX)),
                        ContentFile.text(r, "title", PageDraft.TITLE_MAX),
                        ContentFile.required(r, "body", PageDraft.BODY_MAX),
                        ContentFile.text(r, "summary", PageDraft.SUMMARY_MAX), r.getBoolean("minor", false),
                        ContentFile.instant(r, "at", now)));
            }
            long pageId = wikis.page(networkId, parentId, title, ContentFile.list(record, "tags", 10, PostDraft.TAG_MAX),
                    record.getBoolean("restricted", false), ownerId, review, revisions);
            remember("wikiPage", id, pageId, line);
            networkActivity.merge(networkId, revisions.get(revisions.size() - 1).at(), (a, b) -> a.isAfter(b) ? a : b);
        }

        private long known(Map<Long, Long> facts, long id, String field) {
            var fact = facts.get(id);
            if (fact == null) {
                throw new BadRecord(field, "The " + field + " thanked is no longer in Guildhall.");
            }
            return fact;
        }

        /** Whether the record is already there (then counted as unchanged); an id used twice in one file is refused. */
        private boolean already(String kind, String externalId, Line line) {
            var key = keys.get(kind + ":" + externalId);
            if (key == null) {
                return false;
            }
            if (key.jobId() == jobId && key.line() != line.number()) {
                throw new BadRecord("id", "The " + kind + " “" + externalId + "” is already on line " + key.line() + ".");
            }
            unchanged++;
            return true;
        }

        private long resolve(String kind, String field, String externalId) {
            var key = keys.get(kind + ":" + externalId);
            if (key == null) {
                throw new BadRecord(field, "Unknown " + kind + " “" + externalId + "”: it must come earlier in the file,"
                        + " or from an earlier import of source “" + source + "”.");
            }
            return key.internalId();
        }

        private void remember(String kind, String externalId, long internalId, Line line) {
            var key = new ImportKey(new ImportKey.Id(source, kind, externalId), internalId, jobId, line.number());
            em.persist(key);
            keys.put(kind + ":" + externalId, key);
            imported++;
        }
    }
}
