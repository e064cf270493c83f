/**
 * Network wikis: each network's pages in a hierarchy, every save kept as a revision, {@code [[links]]}
 * with backlinks, attachments, freshness (an owner and a review date per page), and edits of the
 * same page by two people merged three-way instead of overwritten. Who may read a page is its
 * network's audience; who may edit is decided by {@link org.guildhall.access.AccessPolicy}.
 */
package org.guildhall.wiki;
