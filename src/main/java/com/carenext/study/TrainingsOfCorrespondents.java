package com.carenext.study;

import com.carenext.publicity.CorrespondentTrainings;
import com.carenext.volunteer.Volunteers;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 通讯员培训 sessions on a correspondent's record. Attendance is kept per 五老 volunteer, so a correspondent's
 * trainings are those attended by the volunteer who shares the correspondent's login account; a correspondent
 * without such a link shows none.
 */
@Component
class TrainingsOfCorrespondents implements CorrespondentTrainings {

    private final JdbcClient jdbc;
    private final Volunteers volunteers;

    TrainingsOfCorrespondents(JdbcClient jdbc, Volunteers volunteers) {
        this.jdbc = jdbc;
        this.volunteers = volunteers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Session> sessionsOf(long correspondentId, Long userId) {
        if (userId == null) {
            return List.of();
        }
        return volunteers.ofUser(userId).map(volunteer -> jdbc.sql("""
                        SELECT s.id, s.topic, s.starts_at FROM study_session s
                        JOIN attendance a ON a.study_session_id = s.id
                        WHERE a.volunteer_id = :volunteer AND s.kind = 'CORRESPONDENT_TRAINING'
                        ORDER BY s.starts_at DESC, s.id DESC""")
                .param("volunteer", volunteer.id())
                .query((rs, row) -> new Session(rs.getLong("id"), rs.getString("topic"),
                        rs.getTimestamp("starts_at").toLocalDateTime().toLocalDate(), true))
                .list()).orElse(List.of());
    }
}
