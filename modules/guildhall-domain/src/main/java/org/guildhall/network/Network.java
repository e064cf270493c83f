package org.guildhall.network;

import java.text.Normalizer;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import org.guildhall.access.Audience;
import org.guildhall.access.Conflict;
import org.guildhall.access.NetworkAudiences;
import org.guildhall.people.Person;

/**
 * A formal expert network: a charter (purpose, focus topics, who should join, sponsoring
 * departments), policies for visibility, content and joining, and a life cycle an admin steers.
 *
 * <p>Its audiences (who sees it, who reads what is in it) are stored with it, recomputed by
 * {@link NetworkAudiences} whenever they may change, so list queries can filter on them. The
 * member count and last activity are counters kept by {@link NetworkRepository} with atomic
 * updates: they never bump the version, so a join does not make an owner's charter edit stale.
 */
@Entity
@DynamicUpdate
@Table(name = "network")
public class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_seq")
    @SequenceGenerator(name = "network_seq", sequenceName = "network_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    /** The name folded for uniqueness: "Data Science" and "data  science" are the same network. */
    @Column(name = "name_key", nullable = false, unique = true, length = 120)
    private String nameKey;

    @Column(nullable = false, length = 300)
    private String description;

    @Column(nullable = false, length = 4000)
    private String purpose;

    @Column(name = "who_should_join", length = 2000)
    private String whoShouldJoin;

    /** Eager (batch-loaded, see hibernate.default_batch_fetch_size): every view of a network shows them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_topic", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "topic", length = 60)
    @OrderBy
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_department", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "department", length = 120)
    @OrderBy
    private Set<String> departments = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_access", nullable = false, length = 20)
    private ContentAccess contentAccess;

    @Enumerated(EnumType.STRING)
    @Column(name = "join_policy", nullable = false, length = 20)
    private JoinPolicy joinPolicy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostingPolicy posting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NetworkStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposed_by_id")
    private Person proposedBy;

    @Column(name = "member_count", nullable = false)
    private int memberCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    /** Grant keys of who may know the network exists. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "network_seen_by", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "grant_key", length = 80)
    private Set<String> seenBy = new LinkedHashSet<>();

    /** Grant keys of who may read its content and member list. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "network_read_by", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "grant_key", length = 80)
    private Set<String> readBy = new LinkedHashSet<>();

    @Version
    private long version;

    protected Network() {
    }

    static Network propose(Charter charter, Person proposer, boolean approvalRequired, String slug, Instant now) {
        var network = new Network();
        network.slug = slug;
        network.proposedBy = proposer;
        network.status = approvalRequired ? NetworkStatus.PROPOSED : NetworkStatus.ACTIVE;
        network.createdAt = now;
        network.lastActivityAt = now;
        network.memberCount = 1;
        network.apply(charter, now);
        return network;
    }

    /** A network brought from another platform, as it was there: created then, active or archived. */
    static Network imported(Charter charter, Person creator, String slug, boolean archived, Instant createdAt) {
        var network = propose(charter, creator, false, slug, createdAt);
        if (archived) {
            network.status = NetworkStatus.ARCHIVED;
            network.statusReason = "Archived before it came to Guildhall";
        }
        return network;
    }

    /** Folds a name for comparison: case, accents and runs of whitespace do not make it new. */
    static String key(String name) {
        var folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** A URL-safe slug: "R&D Leaders (EMEA)" becomes "r-d-leaders-emea". */
    static String slugOf(String name) {
        var slug = key(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.length() > 70 ? slug.substring(0, 70).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "network" : slug;
    }

    void apply(Charter charter, Instant now) {
        name = charter.name();
        nameKey = key(charter.name());
        description = charter.description();
        purpose = charter.purpose();
        whoShouldJoin = charter.whoShouldJoin();
        topics.clear();
        topics.addAll(charter.topics());
        departments.clear();
        departments.addAll(charter.departments());
        visibility = charter.visibilityValue();
        contentAccess = charter.contentAccessValue();
        joinPolicy = charter.joinPolicyValue();
        posting = charter.postingValue();
        updatedAt = now;
        refreshAudiences();
    }

    /**
     * Recomputes the stored audiences from the current status, visibility and content access
     * (once the network has an id: the keys name it). Answers whether who may read changed.
     */
    boolean refreshAudiences() {
        if (id == null) {
            return false;
        }
        var seers = NetworkAudiences.seers(id, status, visibility).keys();
        var readers = NetworkAudiences.readers(id, status, visibility, contentAccess).keys();
        boolean changed = !seenBy.equals(seers) || !readBy.equals(readers);
        if (!seenBy.equals(seers)) {
            seenBy.clear();
            seenBy.addAll(seers);
        }
        if (!readBy.equals(readers)) {
            readBy.clear();
            readBy.addAll(readers);
        }
        return changed;
    }

    void renameSlug(String newSlug) {
        slug = newSlug;
    }

    void approve(Instant now) {
        requireStatus(NetworkStatus.PROPOSED, "Only a proposed network can be approved; this one is " + status.code());
        status = NetworkStatus.ACTIVE;
        statusReason = null;
        updatedAt = now;
        lastActivityAt = now;
        refreshAudiences();
    }

    void reject(String reason, Instant now) {
        requireStatus(NetworkStatus.PROPOSED, "Only a proposed network can be rejected; this one is " + status.code());
        status = NetworkStatus.REJECTED;
        statusReason = reason;
        updatedAt = now;
        refreshAudiences();
    }

    void archive(String reason, Instant now) {
        requireStatus(NetworkStatus.ACTIVE, "Only an active network can be archived; this one is " + status.code());
        status = NetworkStatus.ARCHIVED;
        statusReason = reason;
        updatedAt = now;
        refreshAudiences();
    }

    void requireOpenForMembership() {
        if (status == NetworkStatus.ARCHIVED || status == NetworkStatus.REJECTED) {
            throw new Conflict(name + " is " + status.code() + ": its membership no longer changes");
        }
    }

    private void requireStatus(NetworkStatus expected, String message) {
        if (status != expected) {
            throw new Conflict(message);
        }
    }

    public boolean isHidden() {
        return visibility == Visibility.HIDDEN;
    }

    public boolean isMembersOnly() {
        return contentAccess == ContentAccess.MEMBERS_ONLY;
    }

    public boolean isModeratorsPost() {
        return posting == PostingPolicy.MODERATORS;
    }

    public boolean isLive() {
        return status == NetworkStatus.ACTIVE || status == NetworkStatus.ARCHIVED;
    }

    public Long id() { return id; }
    public String slug() { return slug; }
    public String name() { return name; }
    public String description() { return description; }
    public String purpose() { return purpose; }
    public String whoShouldJoin() { return whoShouldJoin; }
    public List<String> topics() { return topics.stream().sorted().toList(); }
    public List<String> departments() { return departments.stream().sorted().toList(); }
    public Visibility visibility() { return visibility; }
    public ContentAccess contentAccess() { return contentAccess; }
    public JoinPolicy joinPolicy() { return joinPolicy; }
    public PostingPolicy posting() { return posting; }
    public NetworkStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public Person proposedBy() { return proposedBy; }
    public int memberCount() { return memberCount; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant lastActivityAt() { return lastActivityAt; }
    public long version() { return version; }
    public Audience seenBy() { return Audience.of(seenBy); }
    public Audience readBy() { return Audience.of(readBy); }
}
