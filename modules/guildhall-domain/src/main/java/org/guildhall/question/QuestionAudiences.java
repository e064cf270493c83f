package org.guildhall.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.guildhall.network.NetworkAudienceChanged;
import org.guildhall.outbox.Outbox;

/**
 * When who may read a network changes, its questions' search documents and their answers'
 * evidence must carry the new audience: one outbox entry for the whole network, which the search
 * module turns into one per question.
 */
@ApplicationScoped
class QuestionAudiences {

    @Inject
    Outbox outbox;

    void onAudienceChanged(@Observes NetworkAudienceChanged changed) {
        outbox.append(Questions.NETWORK_QUESTIONS, changed.networkId());
    }
}
