package org.guildhall.expertise;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator says a skill is. {@code parent} is the broader skill's slug, if any. */
public record SkillDefinition(
        @NotBlank(message = "{skill.name.required}") @Size(max = Skill.NAME_MAX, message = "{skill.name.size}") String name,
        @Size(max = 80, message = "{skill.category.size}") String category,
        String parent,
        @Size(max = Skill.ALIASES_MAX, message = "{skill.aliases.size}")
        List<@Size(max = Skill.NAME_MAX, message = "{skill.alias.size}") String> aliases,
        Long version) {

    public SkillDefinition {
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank()).toList();
    }
}
