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

import org.guildhall.people.Person;

/** One person's report of one item (once per person and item); its outcome is its case's decision. */
@Entity
@Table(name = "moderation_report")
public class Report {

    public static final int DETAILS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_report_seq")
    @SequenceGenerator(name = "moderation_report_seq", sequenceName = "moderation_report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ModerationCase moderationCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id")
    private Person reporter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentKind kind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportReason reason;

    @Column(length = DETAILS_MAX)
    private String details;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Report() {
    }

    Report(ModerationCase moderationCase, Person reporter, ReportReason reason, String details, Instant now) {
        this.moderationCase = moderationCase;
        this.reporter = reporter;
        this.kind = moderationCase.kind();
        this.targetId = moderationCase.targetId();
        this.reason = reason;
        this.details = details == null || details.isBlank() ? null : details.strip();
        this.createdAt = now;
    }

    public Long id() { return id; }
    public ModerationCase moderationCase() { return moderationCase; }
    public Person reporter() { return reporter; }
    public ContentKind kind() { return kind; }
    public long targetId() { return targetId; }
    public ReportReason reason() { return reason; }
    public String details() { return details; }
    public Instant createdAt() { return createdAt; }
}
