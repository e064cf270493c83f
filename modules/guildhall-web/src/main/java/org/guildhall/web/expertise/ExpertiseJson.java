package org.guildhall.web.expertise;

import java.time.Instant;
import java.util.List;

import org.guildhall.expertise.SkillProfiles.Declared;
import org.guildhall.search.expertise.EvidenceItem;
import org.guildhall.search.expertise.ExpertSearch.Expert;
import org.guildhall.search.expertise.ProfileExpertise.Inferred;
import org.guildhall.web.people.PersonJson.PersonRef;

/** Expertise as the API shows it: declared and inferred skills, evidence, experts found. */
public final class ExpertiseJson {

    private ExpertiseJson() {
    }

    public record EvidenceJson(String kind, String title, String snippet, String link, Instant at, String network,
                               int thanks) {
        public static EvidenceJson of(EvidenceItem e) {
            return new EvidenceJson(e.kind(), e.title(), e.snippet(), e.link(), e.at(), e.networkName(), e.appreciation());
        }
    }

    public record EndorsementJson(PersonRef endorser, String note, Instant at) {
    }

    public record DeclaredJson(SkillJson.Ref skill, int level, List<EndorsementJson> endorsements, boolean endorsedByMe) {
        public static DeclaredJson of(Declared d) {
            return new DeclaredJson(SkillJson.Ref.of(d.skill()), d.level(), d.endorsements().stream()
                    .map(e -> new EndorsementJson(new PersonRef(e.endorser().username(), e.endorser().displayName(),
                            e.endorser().title()), e.note(), e.endorsedAt())).toList(), d.endorsedByViewer());
        }
    }

    public record InferredJson(SkillJson.Ref skill, double confidence, long contributions, boolean hidden,
                               List<EvidenceJson> evidence) {
        public static InferredJson of(Inferred i) {
            return new InferredJson(SkillJson.Ref.of(i.skill()), round(i.confidence()), i.contributions(), i.hidden(),
                    i.evidence().stream().map(EvidenceJson::of).toList());
        }
    }

    public record StandingJson(SkillJson.Ref skill, long contributions, Integer declaredLevel, int endorsements) {
    }

    public record ExpertJson(String username, String displayName, String department, String title, String location,
                             double score, double evidence, long contributions, List<StandingJson> skills,
                             List<EvidenceJson> why, List<String> networks, PersonJsonAvailability availability) {
        public static ExpertJson of(Expert e) {
            var p = e.person();
            return new ExpertJson(p.username(), p.displayName(), p.department(), p.title(), p.location(), round(e.score()),
                    round(e.evidence()), e.contributions(), e.skills().stream().map(s -> new StandingJson(SkillJson.Ref.of(s.skill()),
                    s.contributions(), s.declaredLevel(), s.endorsements())).toList(),
                    e.shown().stream().map(EvidenceJson::of).toList(), e.networks(),
                    new PersonJsonAvailability(p.openToQuestions(), p.openToMentoring(), p.openToProjects()));
        }
    }

    public record PersonJsonAvailability(boolean questions, boolean mentoring, boolean projects) {
    }

    public record ProfileSkillsJson(List<DeclaredJson> declared, List<InferredJson> inferred) {
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
