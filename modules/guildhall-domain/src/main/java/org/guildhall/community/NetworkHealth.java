package org.guildhall.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
import org.guildhall.community.HealthFigures.Dated;
import org.guildhall.network.MembershipAction;
import org.guildhall.network.NetworkVisits;
import org.guildhall.people.Person;

/** A network's health dashboard for its owners, moderators and admins, over 30, 90 or 365 days. */
@ApplicationScoped
public class NetworkHealth {

    public static final List<Integer> PERIODS = List.of(30, 90, 365);
    static final int TOP = 10;

    private static final Set<MembershipAction> JOINS = Set.of(MembershipAction.JOINED, MembershipAction.REQUEST_APPROVED,
            MembershipAction.INVITATION_ACCEPTED);
    private static final Set<MembershipAction> LEAVES = Set.of(MembershipAction.LEFT, MembershipAction.REMOVED);

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
        var from = now.minus(Duration.ofDays(days));
        var before = from.minus(Duration.ofDays(days));
        var posts = figures.posts(n, before, now);
        var comments = figures.comments(n, before, now);
        var edits = figures.edits(n, before, now);
        var slices = slices(from, now, days <= 90 ? 7 : 30);
        var sliceRows = new ArrayList<int[]>();
        var sliceAuthors = new ArrayList<Set<Long>>();
        slices.forEach(s -> {
            sliceRows.add(new int[7]);
            sliceAuthors.add(new HashSet<>());
        });
        for (var e : figures.membershipEvents(n, from)) {
            int i = sliceOf(slices, (Instant) e[1]);
            var action = (MembershipAction) e[0];
            if (i >= 0) {
                sliceRows.get(i)[JOINS.contains(action) ? 0 : LEAVES.contains(action) ? 1 : action == MembershipAction.REQUESTED ? 2 : 6]++;
            }
        }
        var now_ = new HashMap<Long, Integer>();
        var earlier = new HashMap<Long, Integer>();
        count(posts, 3, from, slices, sliceRows, sliceAuthors, now_, earlier);
        count(comments, 4, from, slices, sliceRows, sliceAuthors, now_, earlier);
        count(edits, 5, from, slices, sliceRows, sliceAuthors, now_, earlier);
        var sliceList = new ArrayList<Slice>();
        for (int i = 0; i < slices.size(); i++) {
            var r = sliceRows.get(i);
            sliceList.add(new Slice(LocalDate.ofInstant(slices.get(i), ZoneOffset.UTC), r[0], r[1], r[2], r[3], r[4], r[5],
                    sliceAuthors.get(i).size()));
        }
        var members = figures.members(n);
        var memberIds = new HashSet<Long>();
        var memberDepartments = new HashSet<String>();
        members.forEach(m -> {
            memberIds.add((Long) m[0]);
            if (m[1] != null) {
                memberDepartments.add((String) m[1]);
            }
        });
        var people = byId(figures.people(now_.keySet().size() > 500 ? topIds(now_, 500) : now_.keySet()));
        var contributorDepartments = new HashSet<String>();
        people.values().forEach(p -> {
            if (p.department() != null) {
                contributorDepartments.add(p.department());
            }
        });
        int contributingMembers = (int) now_.keySet().stream().filter(memberIds::contains).count();
        int earlierTotal = earlier.values().stream().mapToInt(Integer::intValue).sum();
        var totals = new Dashboard.Totals(memberIds.size(), now_.size(), contributingMembers, memberIds.size() - contributingMembers,
                sum(sliceList, Slice::posts), sum(sliceList, Slice::comments), sum(sliceList, Slice::edits),
                sum(sliceList, Slice::joins), sum(sliceList, Slice::leaves), sum(sliceList, Slice::requests),
                memberDepartments.size(), contributorDepartments.size(), earlierTotal);
        var top = now_.entrySet().stream().filter(e -> people.containsKey(e.getKey()))
                .map(e -> new Contributor(people.get(e.getKey()), e.getValue(), earlier.getOrDefault(e.getKey(), 0)))
                .sorted(Comparator.comparingInt(Contributor::contributions).reversed().thenComparing(c -> c.person().displayName()))
                .limit(TOP).toList();
        var rising = now_.entrySet().stream().filter(e -> people.containsKey(e.getKey()))
                .map(e -> new Contributor(people.get(e.getKey()), e.getValue(), earlier.getOrDefault(e.getKey(), 0)))
                .filter(c -> c.contributions() > c.earlier())
                .sorted(Comparator.comparingInt((Contributor c) -> c.contributions() - c.earlier()).reversed()
                        .thenComparing(c -> c.person().displayName()))
                .limit(TOP).toList();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var due = figures.duePages(n, today, TOP).stream()
                .map(r -> new Dashboard.DuePage((String) r[0], (String) r[1], (LocalDate) r[2])).toList();
        return new Dashboard(visit, days, from, now, sliceList, totals, top, rising, tags(n, before, from, now), due,
                figures.duePageCount(n, today), now);
    }

    private List<Dashboard.TagTrend> tags(long n, Instant before, Instant from, Instant now) {
        var current = new HashMap<String, Integer>();
        var earlier = new HashMap<String, Integer>();
        for (var r : figures.tags(n, before, now)) {
            (((Instant) r[1]).isBefore(from) ? earlier : current).merge((String) r[0], 1, Integer::sum);
        }
        return current.entrySet().stream().map(e -> new Dashboard.TagTrend(e.getKey(), e.getValue(), earlier.getOrDefault(e.getKey(), 0)))
                .sorted(Comparator.comparingInt((Dashboard.TagTrend t) -> t.now() - t.earlier()).reversed()
                        .thenComparing(Comparator.comparingInt(Dashboard.TagTrend::now).reversed()).thenComparing(Dashboard.TagTrend::tag))
                .limit(TOP).toList();
    }

    private static void count(List<Dated> rows, int column, Instant from, List<Instant> slices, List<int[]> sliceRows,
                              List<Set<Long>> sliceAuthors, Map<Long, Integer> now, Map<Long, Integer> earlier) {
        for (var d : rows) {
            if (d.at().isBefore(from)) {
                earlier.merge(d.author(), 1, Integer::sum);
                continue;
            }
            now.merge(d.author(), 1, Integer::sum);
            int i = sliceOf(slices, d.at());
            if (i >= 0) {
                sliceRows.get(i)[column]++;
                sliceAuthors.get(i).add(d.author());
            }
        }
    }

    /** Slice starts from {@code from}, {@code step} days apart (the last one may be shorter). */
    static List<Instant> slices(Instant from, Instant to, int step) {
        var starts = new ArrayList<Instant>();
        for (var s = from; s.isBefore(to); s = s.plus(Duration.ofDays(step))) {
            starts.add(s);
        }
        return starts;
    }

    static int sliceOf(List<Instant> starts, Instant at) {
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (!at.isBefore(starts.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Set<Long> topIds(Map<Long, Integer> counts, int limit) {
        var ids = new HashSet<Long>();
        counts.entrySet().stream().sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> ids.add(e.getKey()));
        return ids;
    }

    private static Map<Long, Person> byId(List<Person> people) {
        var map = new HashMap<Long, Person>();
        people.forEach(p -> map.put(p.id(), p));
        return map;
    }

    private static int sum(List<Slice> slices, java.util.function.ToIntFunction<Slice> f) {
        return slices.stream().mapToInt(f).sum();
    }
}
