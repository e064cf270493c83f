/**
 * Expertise: the curated skills taxonomy ({@link org.guildhall.expertise.Taxonomy}: skills, aliases,
 * merges, suggestions), what people declare and colleagues endorse
 * ({@link org.guildhall.expertise.SkillProfiles}), and the sources of evidence from which expertise
 * is inferred ({@link org.guildhall.expertise.EvidenceSource}: posts and comments now; wiki edits
 * and answers plug in as beans). Names, aliases, network topics and post tags meet in one
 * vocabulary through {@link org.guildhall.expertise.SkillKey}. The ranking itself is in the search
 * module ({@code org.guildhall.search.expertise}), computed under the viewer's visibility.
 */
package org.guildhall.expertise;
