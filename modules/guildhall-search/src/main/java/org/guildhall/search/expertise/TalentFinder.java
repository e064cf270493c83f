package org.guildhall.search.expertise;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;
import org.guildhall.people.PeopleFilter;
import org.guildhall.search.expertise.ExpertSearch.Expert;
import org.guildhall.search.expertise.HiddenTalent.Talent;
import org.guildhall.talent.Shortlists;
import org.guildhall.talent.TalentAudit;

/**
 * HR's talent finder: skill searches across the company and the hidden-talent view, among people
 * who opted in to talent discovery only, each recorded in the audit log (what was asked, by whom,
 * how many people it showed). Not HR: it does not exist (404).
 */
@ApplicationScoped
public class TalentFinder {

    @Inject
    ExpertSearch experts;

    @Inject
    HiddenTalent hidden;

    @Inject
    TalentAudit audit;

    public Page<Expert> search(Viewer viewer, List<String> skills, PeopleFilter filter, int page, int size) {
        Shortlists.requireHr(viewer);
        var found = experts.find(viewer, skills, filter.optedIn(), page, size);
        audit.record(viewer, TalentAudit.SEARCH, describe(skills, filter) + ", page " + page, (int) found.total());
        return found;
    }

    public Page<Talent> hidden(Viewer viewer, List<String> skills, PeopleFilter filter, int page, int size) {
        Shortlists.requireHr(viewer);
        var found = hidden.find(viewer, skills, filter, page, size);
        audit.record(viewer, TalentAudit.HIDDEN_TALENT, describe(skills, filter) + ", page " + page, (int) found.total());
        return found;
    }

    /** Every result of a search, for a CSV export (recorded as an export). */
    public List<Expert> export(Viewer viewer, List<String> skills, PeopleFilter filter) {
        Shortlists.requireHr(viewer);
        var found = experts.rank(viewer, skills, filter.optedIn(), false);
        audit.record(viewer, TalentAudit.EXPORT, "search " + describe(skills, filter), found.size());
        return found;
    }

    static String describe(List<String> skills, PeopleFilter filter) {
        var text = new StringBuilder("skills: ").append(String.join(", ", skills == null ? List.of() : skills));
        if (filter.department() != null) text.append("; department: ").append(filter.department());
        if (filter.location() != null) text.append("; location: ").append(filter.location());
        if (filter.language() != null) text.append("; language: ").append(filter.language());
        if (filter.openToQuestions()) text.append("; open to questions");
        if (filter.openToMentoring()) text.append("; open to mentoring");
        if (filter.openToProjects()) text.append("; open to projects");
        return text.toString();
    }
}
