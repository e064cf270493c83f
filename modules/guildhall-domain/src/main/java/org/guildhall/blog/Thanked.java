package org.guildhall.blog;

import org.guildhall.people.Person;

/** Someone thanked a post, or a comment on it ({@code comment} is null for the post). */
public record Thanked(Person by, Post post, Comment comment) {
}
