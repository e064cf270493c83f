package org.guildhall.expertise;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A skill of the curated taxonomy: a name, aliases (other names for it: "k8s" for Kubernetes),
 * a category and an optional broader skill. Its keys ({@link SkillKey}) are what topics and tags
 * are matched against.
 */
@Entity
@Table(name = "skill")
public class Skill {

    public static final int NAME_MAX = 80;
    public static final int ALIASES_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "skill_seq")
    @SequenceGenerator(name = "skill_seq", sequenceName = "skill_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @Column(length = 80)
    private String category;

    // Skills are few and small, and shown outside transactions (JSON, pages): loaded whole.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private Skill parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SkillStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "merged_into")
    private Skill mergedInto;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "skill_alias", joinColumns = @JoinColumn(name = "skill_id"))
    @Column(name = "alias", length = NAME_MAX)
    private Set<String> aliases = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Skill() {
    }

    Skill(SkillDefinition definition, Skill parent, Instant now) {
        this.createdAt = now;
        this.status = SkillStatus.ACTIVE;
        define(definition, parent);
    }

    void define(SkillDefinition definition, Skill newParent) {
        name = definition.name().strip();
        if (slug == null) {
            slug = SkillKey.of(name); // set once: a renamed skill keeps its address
        }
        category = definition.category() == null || definition.category().isBlank() ? null : definition.category().strip();
        parent = newParent;
        aliases.clear();
        definition.aliases().stream().map(String::strip).filter(a -> !a.isEmpty() && !SkillKey.of(a).equals(slug))
                .forEach(aliases::add);
    }

    /** This skill now lives on in {@code target}, which takes its name as an alias; its slug still leads there. */
    void mergeInto(Skill target) {
        status = SkillStatus.MERGED;
        mergedInto = target;
        target.aliases.add(name);
        target.aliases.addAll(aliases);
        aliases.clear();
    }

    /** Another address, when a renamed skill still holds the one its name would give. */
    void addressAt(String freeSlug) {
        slug = freeSlug;
    }

    void retire() {
        status = SkillStatus.RETIRED;
    }

    void restore() {
        status = SkillStatus.ACTIVE;
    }

    /** The keys that lead here: the name's and every alias's. */
    public Set<String> keys() {
        var keys = new LinkedHashSet<String>();
        if (status != SkillStatus.MERGED) {
            keys.add(SkillKey.of(name));
            aliases.forEach(a -> keys.add(SkillKey.of(a)));
        }
        return keys;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String slug() { return slug; }
    public String category() { return category; }
    public Skill parent() { return parent; }
    public SkillStatus status() { return status; }
    public boolean isActive() { return status == SkillStatus.ACTIVE; }
    public Skill mergedInto() { return mergedInto; }
    public List<String> aliases() { return aliases.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(); }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Skill skill && id != null && id.equals(skill.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
