package org.guildhall.talent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One thing an HR user did in the talent finder: who, what (search, export, shortlist change), when, how many people it showed. */
@Entity
@Table(name = "talent_audit")
public class TalentAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "talent_audit_seq")
    @SequenceGenerator(name = "talent_audit_seq", sequenceName = "talent_audit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 1000)
    private String detail;

    @Column(nullable = false)
    private int results;

    @Column(nullable = false)
    private Instant at;

    protected TalentAuditEntry() {
    }

    TalentAuditEntry(String actor, String action, String detail, int results, Instant at) {
        this.actor = actor;
        this.action = action;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.results = results;
        this.at = at;
    }

    public Long id() { return id; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String detail() { return detail; }
    public int results() { return results; }
    public Instant at() { return at; }
}
