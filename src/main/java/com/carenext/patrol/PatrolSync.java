package com.carenext.patrol;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.PhoneSync;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Patrols as a phone with no signal sends them: check-in and check-out carry the phone's id for each (sent again, or
 * twice at once, they are one record) and the time they really happened; a check-out kept on the phone names its
 * check-in by that check-in's id, because the patrol had no number yet. A patrol closed meanwhile by the village is
 * a conflict told in words, never dropped silently.
 */
@Service
public class PatrolSync {

    private final PatrolLog log;
    private final PhoneSync sync;
    private final JdbcClient jdbc;

    PatrolSync(PatrolLog log, PhoneSync sync, JdbcClient jdbc) {
        this.log = log;
        this.sync = sync;
        this.jdbc = jdbc;
    }

    /**
     * The caller's own patrols, newest first, at most {@code size} (for 我的记录): only those walked with this account,
     * also for a manager who patrols.
     */
    public List<PatrolView> mine(Actor actor, int size) {
        return jdbc.sql(PatrolLog.SELECT + " WHERE p.user_id = :u ORDER BY p.id DESC FETCH FIRST :n ROWS ONLY")
                .param("u", actor.userId()).param("n", Math.max(1, size)).query(PatrolLog.ROW).list();
    }

    /** How many patrols the caller walked in all. */
    public long mineCount(Actor actor) {
        return jdbc.sql("SELECT COUNT(*) FROM patrol WHERE user_id = :u").param("u", actor.userId())
                .query(Long.class).single();
    }

    PatrolView checkIn(Actor actor, long waterBodyId, BigDecimal latitude, BigDecimal longitude, String clientId,
                       Long happenedAt) {
        String client = sync.clientId(clientId);
        LocalDateTime at = sync.happenedAt(happenedAt).withNano(0);
        return sync.once(client, () -> sent("client_id", client, actor), () -> {
            PatrolView patrol = log.checkIn(actor, waterBodyId, latitude, longitude, at);
            mark("client_id", client, patrol.id());
            return patrol;
        });
    }

    /** By the patrol's number, or (sent from the queue) by the id of its check-in. */
    PatrolView checkOut(Actor actor, Long patrolId, String checkInClientId, CheckOut checkOut,
                        List<InputStream> hazardPhotos, String clientId, Long happenedAt) {
        String client = sync.clientId(clientId);
        LocalDateTime sentAt = sync.happenedAt(happenedAt).withNano(0);
        PatrolView patrol = patrolId != null ? log.get(actor, patrolId)
                : sent("client_id", sync.clientId(checkInClientId), actor)
                        .orElseThrow(() -> new NotFoundException(PatrolAccess.PATROL, 0L));
        LocalDateTime at = sentAt.isBefore(patrol.checkedInAt()) ? patrol.checkedInAt() : sentAt;
        try {
            return sync.once(client, () -> sent("check_out_client_id", client, actor), () -> {
                PatrolView out = log.checkOut(actor, patrol.id(), checkOut, hazardPhotos, at);
                mark("check_out_client_id", client, out.id());
                return out;
            });
        } catch (BusinessRuleException closed) {
            if (client != null && "patrol.checkOut.twice".equals(closed.messageKey())) {
                throw new BusinessRuleException("patrol.sync.closed", patrol.waterBodyName());
            }
            throw closed;
        }
    }

    private Optional<PatrolView> sent(String column, String client, Actor actor) {
        if (client == null) {
            return Optional.empty();
        }
        return jdbc.sql(PatrolLog.SELECT + " WHERE p." + column + " = :c AND p.user_id = :u")
                .param("c", client).param("u", actor.userId()).query(PatrolLog.ROW).optional();
    }

    private void mark(String column, String client, long patrolId) {
        if (client != null) {
            jdbc.sql("UPDATE patrol SET " + column + " = :c WHERE id = :id").param("c", client).param("id", patrolId)
                    .update();
        }
    }
}
