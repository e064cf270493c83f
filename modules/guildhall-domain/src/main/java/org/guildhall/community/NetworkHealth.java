package org.guildhall.community;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.community.Dashboard.Contributor;
import org.guildhall.community.Dashboard.Slice;
import org.guildhall.network.MembershipAction;
import org.guildhall.network.NetworkVisits;
import org.guildhall.people.Person;

/**
 * A network's health dashboard for its owners, moderators and admins, over 30, 90 or 365 days
 * (UTC days), each compared with the period before it.
 */
@ApplicationScoped
public class NetworkHealth {

    public static final List<Integer> PERIODS = List.of(30, 90, 365);
    static final int TOP = 10;

    static final Set<MembershipAction> JOINS = Set.of(MembershipAction.JOINED, MembershipAction.REQUEST_APPROVED,
            MembershipAction.INVITATION_ACCEPTED);
    static final Set<MembershipAction> LEAVES = Set.of(MembershipAction.LEFT, MembershipAction.REMOVED);

    @Inject
    HealthFigures figures;

    @Inject
    NetworkVisits visits;

    @Inject
    Clock clock;

    @Transactional
    public Dashboard of(Viewer viewer, String slug, int days) {
        if (!PERIODS.contains(days)) {
            throw new InvalidField("days", "Choose a period of 30, 90 or 365 days.");
        }
        var visit = visits.requireModerator(viewer, slug);
        long n = visit.network().id();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var from = firstDay(today, days);
        var starts = starts(from, today, days <= 90 ? 7 : 30);
        var rows = new int[starts.size()][6];
        for (var e : figures.membershipEvents(n, from.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            var action = (MembershipAction) e[1];
            int column = JOINS.contains(action) ? 0 : LEAVES.contains(action) ? 1 : action == MembershipAction.REQUESTED ? 2 : -1;
            int i = sliceOf(starts, HealthFigures.day(e[0]));
            if (column >= 0 && i >= 0) {
                rows[i][column] += ((Number) e[2]).intValue();
            }
        }
        for (var d : figures.days(n, from)) {
            int i = sliceOf(starts, d.day());
            if (i >= 0) {
                rows[i][3] += d.posts();
                rows[i][4] += d.comments();
                rows[i][5] += d.edits();
            }
        }
        var slices = new ArrayList<Slice>();
        for (int i = 0; i < starts.size(); i++) {
            var r = rows[i];
            slices.add(new Slice(starts.get(i), r[0], r[1], r[2], r[3], r[4], r[5]));
        }
        int members = visit.network().memberCount();
        var period = figures.period(n, days);
        var totals = new Dashboard.Totals(members, period[0], period[2], Math.max(0, members - period[2]),
                sum(slices, Slice::posts), sum(slices, Slice::comments), sum(slices, Slice::edits), sum(slices, Slice::joins),
                sum(slices, Slice::leaves), sum(slices, Slice::requests), figures.memberDepartments(n), period[1], period[3]);
        var top = people(figures.contributors(n, days, false, TOP));
        var rising = people(figures.contributors(n, days, true, TOP));
        var tags = figures.tags(n, days, TOP).stream()
                .map(r -> new Dashboard.TagTrend((String) r[0], HealthFigures.number(r[1]), HealthFigures.number(r[2]))).toList();
        var due = figures.duePages(n, today, TOP).stream()
                .map(r -> new Dashboard.DuePage((String) r[0], (String) r[1], (LocalDate) r[2])).toList();
        return new Dashboard(visit, days, from.atStartOfDay(ZoneOffset.UTC).toInstant(), now, slices, totals, top, rising, tags, due,
                figures.duePageCount(n, today), figures.figuresAt());
    }

    /** The contributors with their people: one query for ten people. */
    private List<Contributor> people(List<HealthFigures.Contributions> contributions) {
        Map<Long, Person> people = new HashMap<>();
        figures.people(contributions.stream().map(HealthFigures.Contributions::personId).toList()).forEach(p -> people.put(p.id(), p));
        return contributions.stream().filter(c -> people.containsKey(c.personId()))
                .map(c -> new Contributor(people.get(c.personId()), c.now(), c.earlier())).toList();
    }

    /** The first day of a period of {@code days} days ending today. */
    static LocalDate firstDay(LocalDate today, int days) {
        return today.minusDays(days - 1L);
    }

    /** Slice starts from {@code from} to {@code to}, {@code step} days apart (the last one may be shorter). */
    static List<LocalDate> starts(LocalDate from, LocalDate to, int step) {
        var starts = new ArrayList<LocalDate>();
        for (var s = from; !s.isAfter(to); s = s.plusDays(step)) {
            starts.add(s);
        }
        return starts;
    }

    static int sliceOf(List<LocalDate> starts, LocalDate day) {
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (!day.isBefore(starts.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int sum(List<Slice> slices, java.util.function.ToIntFunction<Slice> f) {
        return slices.stream().mapToInt(f).sum();
    }
}
