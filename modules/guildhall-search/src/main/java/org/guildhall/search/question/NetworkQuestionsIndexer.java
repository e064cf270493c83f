package org.guildhall.search.question;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.outbox.Outbox;
import org.guildhall.question.QuestionRepository;
import org.guildhall.question.Questions;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * A network's audience changed, so its questions' documents (and their answers' evidence) must
 * change: this turns the one "network's questions" entry into one outbox entry per question.
 */
@ApplicationScoped
public class NetworkQuestionsIndexer implements Indexer {

    @Inject
    QuestionRepository questions;

    @Inject
    Outbox outbox;

    @Override
    public String aggregateType() {
        return Questions.NETWORK_QUESTIONS;
    }

    @Override
    public IndexDefinition index() {
        return QuestionIndexer.INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> networkIds) {
        questions.idsInNetworks(networkIds).forEach(id -> outbox.append(Questions.AGGREGATE, id));
        return List.of();
    }

    @Override
    public boolean rebuilds() {
        return false;
    }

    @Override
    public List<Long> idsAfter(long after, int limit) {
        return List.of();
    }

    @Override
    public long count() {
        return 0;
    }
}
