package org.guildhall.search.expertise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.expertise.Skill;
import org.guildhall.expertise.SkillStatus;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.network.DirectoryQuery;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.network.NetworkDirectory.Card;
import org.guildhall.people.PeopleFilter;
import org.guildhall.search.SearchUnavailable;

/**
 * A skill's page: the one place its name, aliases, network topics and post tags lead to, with its
 * experts, the latest posts about it and the networks that focus on it, as the viewer may see them.
 */
@ApplicationScoped
public class SkillOverview {

    @Inject
    Taxonomy taxonomy;

    @Inject
    ExpertSearch experts;

    @Inject
    ExpertRanking ranking;

    @Inject
    SkillVocabulary vocabulary;

    @Inject
    NetworkDirectory networks;

    @Inject
    Readers readers;

    /** {@code experts} and {@code latest} are null when search is unavailable. */
    public record Overview(Skill skill, List<Skill> narrower, List<ExpertSearch.Expert> experts,
                           List<EvidenceItem> latest, List<Card> networks, List<String> learned) {
    }

    @Transactional(dontRollbackOn = SearchUnavailable.class)
    public Overview of(Viewer viewer, Skill skill) {
        List<ExpertSearch.Expert> top = null;
        List<EvidenceItem> latest = null;
        var words = vocabulary.of(skill);
        if (skill.status() == SkillStatus.ACTIVE) {
            try {
                var ranked = experts.rank(viewer, List.of(skill.slug()), PeopleFilter.ANYONE, true);
                top = experts.explain(viewer, List.of(skill.slug()), ranked.subList(0, Math.min(6, ranked.size())));
                latest = ranking.latestOn(readers.of(viewer), words, 8);
            } catch (SearchUnavailable e) {
                top = null;
                latest = null;
            }
        }
        return new Overview(skill, taxonomy.children(skill), top, latest, networksOn(viewer, skill),
                words.learned().stream().limit(12).map(t -> t.term()).toList());
    }

    /** Networks whose focus topics name the skill or one of its aliases. */
    private List<Card> networksOn(Viewer viewer, Skill skill) {
        var found = new LinkedHashMap<Long, Card>();
        var names = new ArrayList<String>();
        names.add(skill.name());
        names.addAll(skill.aliases());
        for (var name : names) {
            var topic = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            networks.directory(viewer, new DirectoryQuery(topic, null, null, null, false, DirectoryQuery.Sort.SIZE, 1, 6))
                    .items().forEach(card -> found.putIfAbsent(card.network().id(), card));
        }
        return found.values().stream().limit(6).toList();
    }
}
