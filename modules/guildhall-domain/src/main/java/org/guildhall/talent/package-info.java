/**
 * HR's talent finder: shortlists shared among everyone with the {@code hr} role, with private
 * notes, and an audit log of every search, shortlist change and export, which administrators read.
 * Only people who opted in to talent discovery ever appear here; the search itself lives in the
 * search module ({@code org.guildhall.search.expertise}).
 */
package org.guildhall.talent;
