package org.guildhall.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.guildhall.network.NetworkAudienceChanged;
import org.guildhall.outbox.Outbox;

/** When who may read a network changes, its wiki pages' search documents and evidence must follow. */
@ApplicationScoped
class WikiAudiences {

    @Inject
    Outbox outbox;

    void onAudienceChanged(@Observes NetworkAudienceChanged changed) {
        outbox.append(WikiEditor.NETWORK_PAGES, changed.networkId());
    }
}
