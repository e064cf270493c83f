package org.guildhall.expertise;

import java.util.Collection;
import java.util.List;

/**
 * A kind of contribution that counts as evidence of expertise. Each source follows the outbox
 * entries of one aggregate type and rebuilds that aggregate's contributions from the database; the
 * search module indexes whatever every source yields, and the ranking never knows which source a
 * contribution came from. A new content type (wiki edits, accepted answers) plugs in by adding a
 * bean that implements this.
 */
public interface EvidenceSource {

    /** The outbox aggregate type whose changes this source follows. */
    String aggregateType();

    /**
     * The contributions of these aggregates as they are now, and the ids of contributions that no
     * longer count (deleted, unpublished) so they are removed.
     */
    Evidence evidence(Collection<Long> aggregateIds);

    /** Aggregate ids after {@code after}, in order, for a full rebuild in chunks. */
    List<Long> idsAfter(long after, int limit);

    long count();

    /**
     * Which of these contribution ids (those this source owns; others are ignored) the reader may
     * still read, according to the database: search can lag behind a change of audience or a
     * deletion, and evidence shown must never outrun the database.
     */
    java.util.Set<String> readable(org.guildhall.access.Reader reader, Collection<String> contributionIds);

    record Evidence(List<Contribution> contributions, List<Gone> gone) {
    }

    /** A contribution that no longer counts, and the aggregate it belonged to. */
    record Gone(String id, long aggregateId) {
    }
}
