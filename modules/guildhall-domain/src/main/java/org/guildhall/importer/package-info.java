/**
 * Bulk import: the HR directory (CSV) and content from another platform (JSON Lines, see
 * {@code docs/import.md}). An upload becomes an {@link org.guildhall.importer.ImportJob} row;
 * any node claims it, reads the stored file in chunks (each chunk one transaction, with the job's
 * progress), reports bad lines, and can be cancelled. The feature packages own how their records
 * are created ({@code HrDirectory}, {@code NetworkImports}, {@code BlogImports}); this package
 * parses, validates, maps external ids and keeps the job.
 */
package org.guildhall.importer;
