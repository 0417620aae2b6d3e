package com.carenext.activity;

import com.carenext.plan.EvidenceSource;
import com.carenext.shared.Actor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Activities as evidence of plan tasks: an activity the actor may read (own or as a partner). */
@Component
class ActivityEvidence implements EvidenceSource {

    private final Activities activities;

    ActivityEvidence(Activities activities) {
        this.activities = activities;
    }

    @Override
    public String kind() {
        return "ACTIVITY";
    }

    @Override
    public Optional<Record> find(Actor actor, long recordId) {
        return EvidenceSource.visible(() -> activities.get(actor, recordId),
                activity -> new Record(activity.title(), "/activities/" + activity.id()));
    }
}
