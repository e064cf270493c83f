/**
 * Following: a person follows networks, people, tags and wiki pages, and their home stream is
 * made of what those do. Members follow their networks from the day they join (and may stop);
 * leaving or being removed ends it. What a person follows is listed to others only as far as
 * those may see it.
 */
package org.guildhall.follow;
