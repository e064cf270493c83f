package org.guildhall.blog;

import java.util.List;

/** What a list shows of a post (its title, excerpt and tags), read without its text and HTML. */
public record PostCard(Long id, String title, String excerpt, List<String> tags) {
}
