package com.carenext.plan;

import com.carenext.files.StoredFile;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices (通知): written and published by an organization to target organizations; each target sees it unread
 * until one of its users signs for it (签收); the issuer sees the receipts and reminds those who have not signed.
 */
@Service
@Transactional
public class Notices {

    static final String ENTITY = "Notice";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Organizations organizations;
    private final PlanSections plans;
    private final Clock clock;

    Notices(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Organizations organizations, PlanSections plans,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.organizations = organizations;
        this.plans = plans;
        this.clock = clock;
    }

    /** Writes a notice of the actor's organization (not yet published) with its targets. */
    public long create(Actor actor, NoticeDraft draft) {
        return create(actor, draft, List.of());
    }

    /** {@link #create(Actor, NoticeDraft)} with files the pages already stored. */
    long create(Actor actor, NoticeDraft draft, List<StoredFile> files) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        OrganizationSummary issuer = organizations.get(actor, actor.organizationId());
        if (draft.workPlanId() != null) {
            plans.check(actor, draft.workPlanId());
        }
        Map<Long, OrganizationSummary> targets = new LinkedHashMap<>();
        // Two queries whatever the number of recipients: the chosen unit's subtree, and the ticked units together.
        if (draft.targetRootId() != null) {
            organizations.subtreeOf(actor, draft.targetRootId())
                    .forEach(organization -> targets.put(organization.id(), organization));
        }
        organizations.every(actor, draft.targetIds()).forEach(organization -> targets.put(organization.id(), organization));
        targets.remove(issuer.id());
        if (targets.isEmpty()) {
            throw new BusinessRuleException("notice.noTargets");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO notice (organization_id, organization_path, issuer_name, title, document_number, body,
                            work_plan_id, version, created_by, created_at)
                        VALUES (:org, :path, :issuer, :title, :number, :body, :plan, 0, :by, :now)""")
                .param("org", issuer.id()).param("path", issuer.path()).param("issuer", issuer.name())
                .param("title", draft.title().strip())
                .param("number", draft.documentNumber() == null ? "" : draft.documentNumber().strip())
                .param("body", draft.body().strip()).param("plan", draft.workPlanId(), java.sql.Types.BIGINT)
                .param("by", actor.username()).param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        long noticeId = Objects.requireNonNull(key.getKey()).longValue();
        // One batch (one round trip) for all recipients: a notice to a banner's units has hundreds.
        batch.batchUpdate("""
                        INSERT INTO notice_target (notice_id, organization_id, organization_path, organization_name,
                            remind_count) VALUES (:notice, :org, :path, :name, 0)""",
                targets.values().stream().map(target -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                        .addValue("notice", noticeId).addValue("org", target.id()).addValue("path", target.path())
                        .addValue("name", target.name())).toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
        for (StoredFile file : files) {
            jdbc.sql("""
                            INSERT INTO notice_attachment (notice_id, file_name, stored_name, content_type, file_size)
                            VALUES (:notice, :name, :stored, :type, :size)""")
                    .param("notice", noticeId).param("name", file.originalName()).param("stored", file.storedName())
                    .param("type", file.contentType()).param("size", file.size()).update();
        }
        return noticeId;
    }

    /** A file attached to a notice the actor may read. */
    @Transactional(readOnly = true)
    StoredAttachment attachment(Actor actor, long noticeId, long attachmentId) {
        get(actor, noticeId);
        return jdbc.sql("""
                        SELECT file_name, stored_name, content_type FROM notice_attachment
                        WHERE id = :id AND notice_id = :notice""")
                .param("id", attachmentId).param("notice", noticeId)
                .query((rs, row) -> new StoredAttachment(rs.getString("file_name"),
                        rs.getString("stored_name"), rs.getString("content_type")))
                .optional().orElseThrow(() -> new NotFoundException("NoticeAttachment", attachmentId));
    }

    public void publish(Actor actor, long noticeId, Long seenVersion) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        NoticeViews.Notice notice = issued(actor, noticeId);
        if (notice.published()) {
            throw new BusinessRuleException("notice.alreadyPublished");
        }
        long seen = StaleEditException.requireSeen(ENTITY, noticeId, seenVersion, notice.version());
        int changed = jdbc.sql("""
                        UPDATE notice SET published_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("now", Timestamp.from(clock.instant())).param("id", noticeId)
                .param("version", seen).update();
        if (changed == 0) {
            throw new StaleEditException(ENTITY, noticeId);
        }
    }

    /** 签收: a user of a target organization signs for it; signing twice keeps the first signature. */
    public void acknowledge(Actor actor, long noticeId) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.CORRESPONDENT, Role.VOLUNTEER);
        NoticeViews.Notice notice = get(actor, noticeId);
        if (notice.ownReceipt() == null) {
            throw new BusinessRuleException("notice.notTarget");
        }
        jdbc.sql("""
                        UPDATE notice_target SET acknowledged_at = :now, acknowledged_by = :by
                        WHERE notice_id = :notice AND organization_id = :org AND acknowledged_at IS NULL""")
                .param("now", Timestamp.from(clock.instant())).param("by", actor.displayName())
                .param("notice", noticeId).param("org", actor.organizationId()).update();
    }

    /** Reminds every target that has not signed, or only {@code organizationId}; returns how many were reminded. */
    public int remind(Actor actor, long noticeId, Long organizationId) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        NoticeViews.Notice notice = issued(actor, noticeId);
        if (!notice.published()) {
            throw new BusinessRuleException("notice.notPublished");
        }
        return jdbc.sql("""
                        UPDATE notice_target SET reminded_at = :now, remind_count = remind_count + 1
                        WHERE notice_id = :notice AND acknowledged_at IS NULL
                          AND (CAST(:org AS BIGINT) IS NULL OR organization_id = :org)""")
                .param("now", Timestamp.from(clock.instant())).param("notice", noticeId)
                .param("org", organizationId, java.sql.Types.BIGINT).update();
    }

    /**
     * A notice the actor may read: one issued within the actor's scope, or a published one addressed to an
     * organization in the actor's scope.
     */
    @Transactional(readOnly = true)
    public NoticeViews.Notice get(Actor actor, long noticeId) {
        String path = jdbc.sql("SELECT organization_path FROM notice WHERE id = :id").param("id", noticeId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException(ENTITY, noticeId));
        boolean issuer = actor.reaches(path);
        NoticeViews.Notice notice = load(noticeId, issuer ? "%" : actor.scopePattern())
                .orElseThrow(() -> new NotFoundException(ENTITY, noticeId));
        if (!issuer && (!notice.published() || notice.receipts().isEmpty())) {
            throw new NotFoundException(ENTITY, noticeId);
        }
        NoticeViews.Receipt own = notice.receipts().stream()
                .filter(receipt -> receipt.organizationId() == actor.organizationId()).findFirst().orElse(null);
        return new NoticeViews.Notice(notice.id(), notice.organizationId(), notice.issuerName(), notice.title(),
                notice.documentNumber(), notice.body(), notice.workPlanId(), notice.workPlanTitle(),
                notice.publishedAt(), notice.version(), issuer, notice.published() ? own : null, notice.receipts(),
                notice.attachments());
    }

    /** Notices on one page of a list (received, issued), fetched by key: {@code before} is the last id seen. */
    public static final int PAGE = 50;

    /**
     * One page ({@value #PAGE}) of the notices addressed to the actor's own organization, newest first, with its
     * receipt and reminders.
     */
    @Transactional(readOnly = true)
    public List<NoticeViews.NoticeSummary> received(Actor actor, Long before) {
        return jdbc.sql("""
                        SELECT n.id, n.title, n.document_number, n.issuer_name, n.published_at, t.acknowledged_at,
                            t.remind_count, 0 AS signed, 0 AS targets
                        FROM notice_target t JOIN notice n ON n.id = t.notice_id
                        WHERE t.organization_id = :org AND n.published_at IS NOT NULL AND n.id < :before
                        ORDER BY n.id DESC FETCH FIRST :n ROWS ONLY""")
                .param("org", actor.organizationId()).param("before", before == null ? Long.MAX_VALUE : before)
                .param("n", PAGE)
                .query(Notices::summary).list();
    }

    /** One page ({@value #PAGE}) of the notices issued within the actor's scope, newest first, with how many signed. */
    @Transactional(readOnly = true)
    public List<NoticeViews.NoticeSummary> issued(Actor actor, Long before) {
        return jdbc.sql("""
                        SELECT n.id, n.title, n.document_number, n.issuer_name, n.published_at,
                            CAST(NULL AS TIMESTAMP) AS acknowledged_at, 0 AS remind_count,
                            (SELECT COUNT(*) FROM notice_target t WHERE t.notice_id = n.id
                                AND t.acknowledged_at IS NOT NULL) AS signed,
                            (SELECT COUNT(*) FROM notice_target t WHERE t.notice_id = n.id) AS targets
                        FROM notice n WHERE n.organization_path LIKE :scope AND n.id < :before
                        ORDER BY n.id DESC FETCH FIRST :n ROWS ONLY""")
                .param("scope", actor.scopePattern()).param("before", before == null ? Long.MAX_VALUE : before)
                .param("n", PAGE)
                .query(Notices::summary).list();
    }

    /** How many notices the two lists hold on all their pages: received (published) and issued. */
    @Transactional(readOnly = true)
    public NoticeViews.Counts counts(Actor actor) {
        long received = jdbc.sql("""
                        SELECT COUNT(*) FROM notice_target t JOIN notice n ON n.id = t.notice_id
                        WHERE t.organization_id = :org AND n.published_at IS NOT NULL""")
                .param("org", actor.organizationId()).query(Long.class).single();
        long issued = jdbc.sql("SELECT COUNT(*) FROM notice WHERE organization_path LIKE :scope")
                .param("scope", actor.scopePattern()).query(Long.class).single();
        return new NoticeViews.Counts(received, issued);
    }

    /**
     * Published notices the actor's own organization has not signed: one indexed count, for the menu's badge on
     * every page; atomic on its own, so without a transaction (it cost a BEGIN and a COMMIT per page).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int unread(Actor actor) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM notice_target t JOIN notice n ON n.id = t.notice_id
                        WHERE t.organization_id = :org AND t.acknowledged_at IS NULL AND n.published_at IS NOT NULL""")
                .param("org", actor.organizationId()).query(Integer.class).single();
    }

    private NoticeViews.Notice issued(Actor actor, long noticeId) {
        NoticeViews.Notice notice = get(actor, noticeId);
        if (!notice.issuer()) {
            throw new NotFoundException(ENTITY, noticeId);
        }
        return notice;
    }

    /** The notice with the receipts of the targets whose path matches {@code receiptScope}. */
    private java.util.Optional<NoticeViews.Notice> load(long noticeId, String receiptScope) {
        List<NoticeViews.Receipt> receipts = jdbc.sql("""
                        SELECT * FROM notice_target WHERE notice_id = :id AND organization_path LIKE :scope
                        ORDER BY organization_path""")
                .param("id", noticeId).param("scope", receiptScope)
                .query((rs, row) -> new NoticeViews.Receipt(rs.getLong("organization_id"),
                        rs.getString("organization_name"), instant(rs, "acknowledged_at"),
                        rs.getString("acknowledged_by"), instant(rs, "reminded_at"), rs.getInt("remind_count")))
                .list();
        List<NoticeViews.Attachment> attachments = jdbc.sql("""
                        SELECT id, file_name, file_size FROM notice_attachment WHERE notice_id = :id ORDER BY id""")
                .param("id", noticeId)
                .query((rs, row) -> new NoticeViews.Attachment(rs.getLong("id"), rs.getString("file_name"),
                        rs.getLong("file_size")))
                .list();
        return jdbc.sql("""
                        SELECT n.*, p.title AS plan_title FROM notice n LEFT JOIN work_plan p ON p.id = n.work_plan_id
                        WHERE n.id = :id""")
                .param("id", noticeId)
                .query((rs, row) -> {
                    long plan = rs.getLong("work_plan_id");
                    Long planId = rs.wasNull() ? null : plan;
                    return new NoticeViews.Notice(rs.getLong("id"), rs.getLong("organization_id"),
                            rs.getString("issuer_name"), rs.getString("title"), rs.getString("document_number"),
                            rs.getString("body"), planId, rs.getString("plan_title"), instant(rs, "published_at"),
                            rs.getLong("version"), false, null, receipts, attachments);
                }).optional();
    }

    private static NoticeViews.NoticeSummary summary(ResultSet rs, int row) throws SQLException {
        return new NoticeViews.NoticeSummary(rs.getLong("id"), rs.getString("title"), rs.getString("document_number"),
                rs.getString("issuer_name"), instant(rs, "published_at"), instant(rs, "acknowledged_at"),
                rs.getInt("remind_count"), rs.getInt("signed"), rs.getInt("targets"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
