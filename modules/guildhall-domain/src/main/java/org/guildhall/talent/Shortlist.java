package org.guildhall.talent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named list of people HR is considering (for a role, a project), shared by all HR users. */
@Entity
@Table(name = "shortlist")
public class Shortlist {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shortlist_seq")
    @SequenceGenerator(name = "shortlist_seq", sequenceName = "shortlist_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Shortlist() {
    }

    Shortlist(String name, String createdBy, Instant now) {
        this.name = name.strip();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
