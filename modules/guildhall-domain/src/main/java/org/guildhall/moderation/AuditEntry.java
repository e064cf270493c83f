package org.guildhall.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
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

import org.guildhall.network.Network;
import org.guildhall.people.Person;

/**
 * One moderation action: who did what to which item (and whose), when, why, with the content
 * before and after. Never changed once written.
 */
@Entity
@Table(name = "moderation_audit")
public class AuditEntry {

    static final int TEXT_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_audit_seq")
    @SequenceGenerator(name = "moderation_audit_seq", sequenceName = "moderation_audit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ContentKind kind;

    @Column(name = "target_id")
    private Long targetId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Person subject;

    @Column(name = "case_id")
    private Long caseId;

    @Column(length = 1000)
    private String reason;

    @Column(name = "before_text", length = TEXT_MAX)
    private String before;

    @Column(name = "after_text", length = TEXT_MAX)
    private String after;

    @Column(nullable = false)
    private Instant at;

    protected AuditEntry() {
    }

    AuditEntry(Network network, Person actor, AuditAction action, ContentKind kind, Long targetId, Person subject,
               Long caseId, String reason, String before, String after, Instant at) {
        this.network = network;
        this.actor = actor;
        this.action = action;
        this.kind = kind;
        this.targetId = targetId;
        this.subject = subject;
        this.caseId = caseId;
        this.reason = reason;
        this.before = clip(before);
        this.after = clip(after);
        this.at = at;
    }

    private static String clip(String text) {
        return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }

    public Long id() { return id; }
    public Network network() { return network; }
    public Person actor() { return actor; }
    public AuditAction action() { return action; }
    public ContentKind kind() { return kind; }
    public Long targetId() { return targetId; }
    public Person subject() { return subject; }
    public Long caseId() { return caseId; }
    public String reason() { return reason; }
    public String before() { return before; }
    public String after() { return after; }
    public Instant at() { return at; }
}
