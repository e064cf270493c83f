/**
 * Inferred expertise in Elasticsearch: one document per contribution
 * ({@link org.guildhall.search.expertise.ContributionIndexer}, fed by every
 * {@link org.guildhall.expertise.EvidenceSource}), each skill's vocabulary learned from the
 * organisation's writing ({@link org.guildhall.search.expertise.VocabularyLearner}), and the
 * rankings built on them — expert search, a profile's inferred skills, a skill's page and HR's
 * hidden talent — always among the contributions the viewer may read. See docs/expertise.md.
 */
package org.guildhall.search.expertise;
