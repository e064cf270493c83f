package org.guildhall.blog;

import java.util.Set;

/**
 * A post was published (or scheduled, or edited while published) in the current transaction.
 * {@code mentioned} are the usernames its text names that it did not name before.
 */
public record PostPublished(Post post, Set<String> mentioned) {
}
