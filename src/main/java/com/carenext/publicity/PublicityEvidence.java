package com.carenext.publicity;

import com.carenext.plan.EvidenceSource;
import com.carenext.shared.Actor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Articles (稿件) as evidence of plan tasks: an article the actor may read. */
@Component
class PublicityEvidence implements EvidenceSource {

    private final Articles articles;

    PublicityEvidence(Articles articles) {
        this.articles = articles;
    }

    @Override
    public String kind() {
        return "ARTICLE";
    }

    @Override
    public Optional<Record> find(Actor actor, long recordId) {
        return EvidenceSource.visible(() -> articles.get(actor, recordId),
                article -> new Record(article.title(), "/publicity/articles/" + article.id()));
    }
}
