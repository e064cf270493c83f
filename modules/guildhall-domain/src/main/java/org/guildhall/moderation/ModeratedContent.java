package org.guildhall.moderation;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.guildhall.access.Viewer;
import org.guildhall.people.Person;

/**
 * A content feature's side of moderation, found through CDI: the blog answers for posts and
 * comments, the wiki for revisions. Each method runs inside the caller's transaction; changes that
 * search must see are put in the outbox by the implementation.
 */
public interface ModeratedContent {

    Set<ContentKind> kinds();

    Optional<ModeratedItem> find(ContentKind kind, long id);

    /** Whether the viewer may read the item (and so report it); hidden and held items are not readable by others. */
    boolean readable(Viewer viewer, ContentKind kind, long id);

    /** Out of readers' sight, with the reason its author sees; recoverable. */
    void hide(ModeratedItem item, Person moderator, String reason, Instant now);

    /** Back in readers' sight. */
    void restore(ModeratedItem item, Instant now);

    void delete(ModeratedItem item, Person moderator, String reason, Instant now);

    /** Replaces the text with a moderator's correction. */
    void correct(ModeratedItem item, String text, Instant now);

    /** Publishes an item pre-moderation held. */
    void release(ModeratedItem item, Instant now);

    /** Whether this kind of item can be corrected in place ({@link #correct}). */
    default boolean correctable(ContentKind kind) {
        return true;
    }

    /** How many items the author has contributed in the network (their history, shown beside a case). */
    long contributions(ContentKind kind, Person author, org.guildhall.network.Network network);
}
