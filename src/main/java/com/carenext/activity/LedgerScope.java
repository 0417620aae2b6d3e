package com.carenext.activity;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import java.sql.Timestamp;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which activities a caller sees and a filter keeps, as one SQL condition on {@code activity a}: the caller's own
 * and those a unit of the caller's subtree co-organized, shared by the ledger and its figures.
 */
@Component
class LedgerScope {

    /** Own or partner activities of the caller's subtree; the figures split it in two branches (see there). */
    static final String VISIBLE = "(a.organization_path LIKE :scope OR EXISTS (SELECT 1 FROM activity_partner vp"
            + " WHERE vp.activity_id = a.id AND vp.organization_path LIKE :scope))";

    private final Organizations organizations;

    LedgerScope(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The condition for the caller and filter, {@link #VISIBLE} first; its parameters go into {@code params}. */
    String where(Actor actor, ActivityFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(VISIBLE);
        params.put("scope", actor.scopePattern());
        if (filter.type() != null) {
            where.append(" AND a.activity_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.from() != null) {
            where.append(" AND a.starts_at >= :from");
            params.put("from", Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.append(" AND a.starts_at < :to");
            params.put("to", Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        if (filter.organizationId() != null) {
            where.append(" AND a.organization_path LIKE :organizer");
            params.put("organizer", organizations.get(actor, filter.organizationId()).path() + "%");
        }
        if (filter.partnerId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM activity_partner fp WHERE fp.activity_id = a.id"
                    + " AND fp.organization_id = :partner)");
            params.put("partner", filter.partnerId());
        }
        return where.toString();
    }
}
