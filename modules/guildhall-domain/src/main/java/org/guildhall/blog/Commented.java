package org.guildhall.blog;

import java.util.Set;

/** A comment was written in the current transaction; {@code mentioned} are the usernames it names. */
public record Commented(Comment comment, Set<String> mentioned) {
}
