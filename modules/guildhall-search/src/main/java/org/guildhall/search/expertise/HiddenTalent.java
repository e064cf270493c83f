package org.guildhall.search.expertise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;
import org.guildhall.people.PeopleFilter;
import org.guildhall.search.expertise.ExpertSearch.Expert;
import org.guildhall.talent.Shortlists;

/**
 * HR's hidden-talent view: people whose evidence for a skill is strong while their department and
 * job title are not where that skill usually lives. Where a skill "lives" is learned from the
 * data: the share of all evidence for it held by each department and by each word of the job
 * titles (without seniority words). A person's typicality is the larger of their department's and
 * their title's share, each counted without the person themself; the hidden-talent score is their
 * evidence × (1 − typicality). Only people who opted in to talent discovery are ranked.
 */
@ApplicationScoped
public class HiddenTalent {

    /** Below this share, a department or title is not where the skill usually lives. */
    public static final double USUAL = 0.2;

    static final Set<String> SENIORITY = Set.of("senior", "junior", "lead", "principal", "staff", "head", "chief", "of",
            "and", "the", "associate", "assistant", "vp", "director", "manager", "i", "ii", "iii", "sr", "jr", "intern", "&", "-");

    @Inject
    ExpertSearch experts;

    /** A person found, with where the skill usually lives and how far from it they are. */
    public record Talent(Expert expert, double score, String department, double departmentShare, String titleWord,
                         double titleShare, String usualDepartment, double usualDepartmentShare) {
        public int percent() {
            return (int) Math.round(score * 100);
        }
        public int departmentPercent() {
            return (int) Math.round(departmentShare * 100);
        }
        public int titlePercent() {
            return (int) Math.round(titleShare * 100);
        }
        public int usualPercent() {
            return (int) Math.round(usualDepartmentShare * 100);
        }
    }

    @Transactional
    public Page<Talent> find(Viewer viewer, List<String> skills, PeopleFilter filter, int page, int size) {
        Shortlists.requireHr(viewer);
        // Where a skill lives is measured over everyone HR may find; the filter then narrows who is shown.
        var ranked = experts.rank(viewer, skills, PeopleFilter.talentPool(), false).stream()
                .filter(e -> e.evidence() > 0).toList();
        var byDepartment = new HashMap<String, Double>();
        var byTitleWord = new HashMap<String, Double>();
        double total = 0;
        for (var e : ranked) {
            total += e.evidence();
            byDepartment.merge(department(e), e.evidence(), Double::sum);
            titleWords(e).forEach(w -> byTitleWord.merge(w, e.evidence(), Double::sum));
        }
        var usual = byDepartment.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("", 0.0));
        var talents = new ArrayList<Talent>();
        var narrowed = filter.optedIn();
        for (var e : ranked) {
            if (!narrowed.admits(e.person())) {
                continue;
            }
            double others = total - e.evidence();
            if (others <= 0) {
                continue;
            }
            double departmentShare = (byDepartment.get(department(e)) - e.evidence()) / others;
            String word = null;
            double titleShare = 0;
            for (var w : titleWords(e)) {
                double share = (byTitleWord.get(w) - e.evidence()) / others;
                if (share >= titleShare) {
                    titleShare = share;
                    word = w;
                }
            }
            double typicality = Math.max(departmentShare, titleShare);
            talents.add(new Talent(e, e.evidence() * (1 - typicality), department(e), departmentShare, word, titleShare,
                    usual.getKey(), total == 0 ? 0 : usual.getValue() / total));
        }
        talents.sort(Comparator.comparingDouble(Talent::score).reversed().thenComparing(t -> t.expert().person().username()));
        var from = Math.min(talents.size(), (page - 1) * size);
        var shown = talents.subList(from, Math.min(talents.size(), from + size));
        var explained = experts.explain(viewer, skills, shown.stream().map(Talent::expert).toList());
        var items = new ArrayList<Talent>();
        for (int i = 0; i < shown.size(); i++) {
            var t = shown.get(i);
            items.add(new Talent(explained.get(i), t.score(), t.department(), t.departmentShare(), t.titleWord(),
                    t.titleShare(), t.usualDepartment(), t.usualDepartmentShare()));
        }
        return new Page<>(items, talents.size(), page, size);
    }

    private static String department(Expert e) {
        return e.person().department() == null ? "" : e.person().department();
    }

    private static List<String> titleWords(Expert e) {
        var title = e.person().title();
        if (title == null) {
            return List.of();
        }
        return java.util.Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&]+"))
                .filter(w -> !w.isBlank() && !SENIORITY.contains(w)).distinct().toList();
    }
}
