/**
 * Network health: whether a network still gives its members value. A dashboard per network for
 * its owners and moderators (membership, contributors and quiet members, posts, comments, wiki
 * edits, reach across departments, top and rising contributors, trending tags, pages due for
 * review), read from per-day aggregates that {@link org.guildhall.community.HealthSnapshots}
 * rebuilds hourly (membership is read live from its log); and, for admins, every network's
 * figures, with the time they were computed. These are reports over the content features' tables,
 * so this package imports none of them.
 */
package org.guildhall.community;
