package org.guildhall.search.question;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.question.QuestionRepository;
import org.guildhall.question.Questions;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.NetworkFanOut;

/** A network's audience changed: each of its questions (and its answers' evidence) is indexed again. */
@ApplicationScoped
public class NetworkQuestionsIndexer extends NetworkFanOut {

    @Inject
    QuestionRepository questions;

    @Override
    public String aggregateType() {
        return Questions.NETWORK_QUESTIONS;
    }

    @Override
    public IndexDefinition index() {
        return QuestionIndexer.INDEX;
    }

    @Override
    protected String itemType() {
        return Questions.AGGREGATE;
    }

    @Override
    protected List<Long> itemsIn(Collection<Long> networkIds) {
        return questions.idsInNetworks(networkIds);
    }
}
