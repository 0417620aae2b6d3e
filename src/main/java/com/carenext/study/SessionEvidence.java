package com.carenext.study;

import com.carenext.plan.EvidenceSource;
import com.carenext.shared.Actor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Study and training sessions as evidence of plan tasks: a session the actor may read. */
@Component
class SessionEvidence implements EvidenceSource {

    private final StudySessions sessions;

    SessionEvidence(StudySessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public String kind() {
        return "STUDY_SESSION";
    }

    @Override
    public Optional<Record> find(Actor actor, long recordId) {
        return EvidenceSource.visible(() -> sessions.get(actor, recordId),
                session -> new Record(session.topic(), "/study-sessions/" + session.id()));
    }
}
