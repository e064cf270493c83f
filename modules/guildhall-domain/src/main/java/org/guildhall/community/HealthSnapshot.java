package org.guildhall.community;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import org.guildhall.network.Network;

/** One network's figures over the last 30 days (and the 30 before), as last computed for company-wide views. */
@Entity
@Table(name = "network_health")
public class HealthSnapshot {

    /** Where a network is heading. */
    public enum Trend {
        GROWING, HEALTHY, DYING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Growing: a fifth more than before; dying: nothing, or under half of before; healthy between. */
        static Trend of(int contributions, int earlier) {
            if (contributions == 0 || (earlier > 0 && contributions * 2 < earlier)) {
                return DYING;
            }
            return contributions >= 5 && contributions * 5 > earlier * 6 ? GROWING : HEALTHY;
        }
    }

    @Id
    @Column(name = "network_id")
    private Long networkId;

    @MapsId
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    private int members;
    private int joins;
    private int leaves;
    private int contributors;
    private int contributions;

    @Column(name = "earlier_contributions")
    private int earlierContributions;

    private int departments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trend trend;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected HealthSnapshot() {
    }

    HealthSnapshot(Network network, int members, int joins, int leaves, int contributors, int contributions, int earlier,
                   int departments, Instant at) {
        this.network = network;
        this.members = members;
        this.joins = joins;
        this.leaves = leaves;
        this.contributors = contributors;
        this.contributions = contributions;
        this.earlierContributions = earlier;
        this.departments = departments;
        this.trend = Trend.of(contributions, earlier);
        this.computedAt = at;
    }

    public Network network() { return network; }
    public int members() { return members; }
    public int joins() { return joins; }
    public int leaves() { return leaves; }
    public int contributors() { return contributors; }
    public int contributions() { return contributions; }
    public int earlierContributions() { return earlierContributions; }
    public int departments() { return departments; }
    public Trend trend() { return trend; }
    public Instant computedAt() { return computedAt; }
}
