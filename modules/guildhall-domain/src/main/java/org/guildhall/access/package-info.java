/**
 * Access: the {@link org.guildhall.access.AccessPolicy} is the single decision point for
 * visibility and permissions. Anything hidden from a viewer is reported as
 * {@link org.guildhall.access.NotFound}, never as forbidden, so its existence does not leak.
 */
package org.guildhall.access;
