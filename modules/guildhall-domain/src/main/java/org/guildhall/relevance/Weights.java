package org.guildhall.relevance;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How the unified search ranks what it finds, tuned by admins at run time. A match in a title
 * counts {@code title} times a match in the body; recent content gains up to
 * {@code recencyBoost} (halving every {@code recencyDays}); appreciated content gains
 * {@code thanksBoost × log10(1 + thanks)}; a wiki page past its review date is multiplied by
 * {@code staleFactor}.
 */
@Entity
@Table(name = "search_relevance")
public class Weights {

    public static final int ROW = 1;

    @Id
    private Integer id;

    @Column(name = "title_weight")
    private double title;

    @Column(name = "tags_weight")
    private double tags;

    @Column(name = "body_weight")
    private double body;

    @Column(name = "recency_boost")
    private double recencyBoost;

    @Column(name = "recency_days")
    private int recencyDays;

    @Column(name = "thanks_boost")
    private double thanksBoost;

    @Column(name = "stale_factor")
    private double staleFactor;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected Weights() {
    }

    void tune(Tuning tuning, String by, Instant now) {
        title = tuning.title();
        tags = tuning.tags();
        body = tuning.body();
        recencyBoost = tuning.recencyBoost();
        recencyDays = tuning.recencyDays();
        thanksBoost = tuning.thanksBoost();
        staleFactor = tuning.staleFactor();
        updatedBy = by;
        updatedAt = now;
    }

    /** The values alone, detached from the row. */
    public Tuning tuning() {
        return new Tuning(title, tags, body, recencyBoost, recencyDays, thanksBoost, staleFactor);
    }

    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public long version() { return version; }
}
