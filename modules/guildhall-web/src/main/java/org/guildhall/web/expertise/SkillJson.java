package org.guildhall.web.expertise;

import java.util.List;

import org.guildhall.expertise.Skill;

/** A skill of the taxonomy as the API shows it. */
public record SkillJson(String slug, String name, String category, String parent, List<String> aliases, String status,
                        String mergedInto, long version) {

    public static SkillJson of(Skill s) {
        return new SkillJson(s.slug(), s.name(), s.category(), s.parent() == null ? null : s.parent().slug(), s.aliases(),
                s.status().name().toLowerCase(java.util.Locale.ROOT),
                s.mergedInto() == null ? null : s.mergedInto().slug(), s.version());
    }

    /** Enough to name and link a skill. */
    public record Ref(String slug, String name) {
        public static Ref of(Skill s) {
            return new Ref(s.slug(), s.name());
        }
    }
}
