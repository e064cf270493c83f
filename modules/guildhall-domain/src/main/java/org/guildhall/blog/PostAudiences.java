package org.guildhall.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.guildhall.network.NetworkAudienceChanged;
import org.guildhall.outbox.Outbox;

/**
 * When who may read a network changes, its posts' search documents must carry the new audience:
 * one outbox entry for the whole network, which the search module turns into one per post.
 */
@ApplicationScoped
class PostAudiences {

    @Inject
    Outbox outbox;

    void onAudienceChanged(@Observes NetworkAudienceChanged changed) {
        outbox.append(Blogs.NETWORK_POSTS, changed.networkId());
    }
}
