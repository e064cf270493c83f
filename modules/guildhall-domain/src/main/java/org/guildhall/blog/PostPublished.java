package org.guildhall.blog;

import java.util.Set;

/**
 * A post was published (or scheduled, released by a moderator, or edited while published) in the
 * current transaction. {@code mentioned} are the usernames its text names that it did not name
 * before; {@code first} says it was not out before (not on an edit).
 */
public record PostPublished(Post post, Set<String> mentioned, boolean first) {
}
