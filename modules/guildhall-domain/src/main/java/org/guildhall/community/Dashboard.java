package org.guildhall.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.network.Visit;
import org.guildhall.people.Person;

/**
 * A network's health over a period, as its owners and moderators see it. Membership is read live;
 * contributions come from the hourly aggregates of {@code figuresAt} (null before the first run).
 */
public record Dashboard(Visit visit, int days, Instant from, Instant to, List<Slice> slices, Totals totals,
                        List<Contributor> top, List<Contributor> rising, List<TagTrend> tags, List<DuePage> due, long dueCount,
                        Instant figuresAt) {

    /** One stretch of the period (a week, or a month for a year). */
    public record Slice(LocalDate start, int joins, int leaves, int requests, int posts, int comments, int edits) {
    }

    /**
     * The period's sums. Quiet members are members who contributed nothing in the period (they
     * may read: reading is not recorded). Earlier figures are for the period just before.
     */
    public record Totals(int members, int contributors, int contributingMembers, int quietMembers, int posts, int comments,
                         int edits, int joins, int leaves, int requests, int memberDepartments, int contributorDepartments,
                         int earlierContributions) {
        public int contributions() {
            return posts + comments + edits;
        }
    }

    public record Contributor(Person person, int contributions, int earlier) {
    }

    public record TagTrend(String tag, int now, int earlier) {
    }

    public record DuePage(String slug, String title, LocalDate reviewBy) {
    }
}
