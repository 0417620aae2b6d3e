package com.carenext.scorecard;

import com.carenext.files.FileStore;
import com.carenext.files.FileUse;
import com.carenext.files.StoredFile;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence for the criteria met by evidence: the unit (its manager, or the town office) uploads a file through the
 * one upload pipeline; the office that set the criterion confirms it (the criterion is met) or rejects it with a
 * reason. Everything is limited to the actor's subtree.
 */
@Service
@Transactional
class Evidence {

    static final String ENTITY = "ScorecardEvidence";
    private static final String COLUMNS = """
            SELECT e.id, e.criterion_id, e.organization_id, e.note, e.original_name, e.state, e.reason, e.demo,
                   e.uploaded_by, e.uploaded_at, e.decided_by, e.decided_at, e.version
            FROM scorecard_evidence e""";

    private final JdbcClient jdbc;
    private final FileStore files;
    private final Organizations organizations;
    private final Clock clock;

    Evidence(JdbcClient jdbc, FileStore files, Organizations organizations, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Every evidence item of the year's criteria for units in the actor's subtree, newest first. */
    @Transactional(readOnly = true)
    List<EvidenceItem> ofYear(Actor actor, int year) {
        return jdbc.sql(COLUMNS + """
                         JOIN scorecard_criterion c ON c.id = e.criterion_id
                        WHERE c.score_year = :year AND e.organization_path LIKE :scope ORDER BY e.id DESC""")
                .param("year", year).param("scope", actor.scopePattern()).query(EvidenceItem.class).list();
    }

    /** Uploads evidence of {@code unit} for a criterion that scores it by evidence, through the upload pipeline. */
    long upload(Actor actor, OrganizationSummary unit, Criterion criterion, MultipartFile file, String note) {
        check(actor, unit, criterion, note);
        StoredFile stored = files.store(FileUse.SCORECARD_EVIDENCE, file);
        if (stored == null) {
            throw new BusinessRuleException("scorecard.evidence.fileRequired");
        }
        return insert(actor, unit, criterion, stored, note, false);
    }

    /** Evidence made up for the demo (marked 演示), from bytes rather than an upload. */
    long demo(Actor actor, OrganizationSummary unit, Criterion criterion, String name, byte[] content, String note) {
        check(actor, unit, criterion, note);
        StoredFile stored = files.store(FileUse.SCORECARD_EVIDENCE, name, new java.io.ByteArrayInputStream(content));
        return insert(actor, unit, criterion, stored, note, true);
    }

    private static void check(Actor actor, OrganizationSummary unit, Criterion criterion, String note) {
        actor.require(Role.ORG_MANAGER, Role.TOWN_ADMIN);
        if (criterion.method() != CriterionMethod.EVIDENCE || !criterion.active()
                || !criterion.scores(unit.path(), unit.type())) {
            throw new BusinessRuleException("scorecard.evidence.notForThis");
        }
        if (note != null && note.length() > 500) {
            throw new BusinessRuleException("scorecard.evidence.noteTooLong");
        }
    }

    private long insert(Actor actor, OrganizationSummary unit, Criterion criterion, StoredFile stored, String note,
                        boolean demo) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO scorecard_evidence (criterion_id, organization_id, organization_path, note,
                               original_name, stored_name, content_type, size_bytes, state, demo, uploaded_by,
                               uploaded_at, version)
                        VALUES (:criterion, :org, :path, :note, :name, :stored, :type, :size, 'SUBMITTED', :demo,
                                :by, :at, 0)""")
                .param("criterion", criterion.id()).param("org", unit.id()).param("path", unit.path())
                .param("note", note == null || note.isBlank() ? null : note.trim())
                .param("name", stored.originalName()).param("stored", stored.storedName())
                .param("type", stored.contentType()).param("size", stored.size()).param("demo", demo)
                .param("by", actor.username()).param("at", Timestamp.valueOf(LocalDateTime.now(clock)))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The office that set the criterion confirms the evidence: the criterion is met. */
    void confirm(Actor actor, long id, Long seenVersion) {
        decide(actor, id, seenVersion, EvidenceState.CONFIRMED, null);
    }

    /** The office that set the criterion rejects the evidence, saying why. */
    void reject(Actor actor, long id, Long seenVersion, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new BusinessRuleException("scorecard.evidence.reasonRequired");
        }
        decide(actor, id, seenVersion, EvidenceState.REJECTED, reason.trim());
    }

    private void decide(Actor actor, long id, Long seenVersion, EvidenceState state, String reason) {
        actor.require(Role.TOWN_ADMIN);
        EvidenceItem item = visible(actor, id);
        long setter = jdbc.sql("SELECT organization_id FROM scorecard_criterion WHERE id = :id")
                .param("id", item.criterionId()).query(Long.class).single();
        if (setter != actor.organizationId()) {
            throw new BusinessRuleException("scorecard.evidence.notYourCriterion");
        }
        StaleEditException.requireSeen(ENTITY, id, seenVersion, item.version());
        jdbc.sql("""
                        UPDATE scorecard_evidence SET state = :state, reason = :reason, decided_by = :by,
                               decided_at = :at, version = version + 1 WHERE id = :id AND version = :version""")
                .param("state", state.name()).param("reason", reason).param("by", actor.username())
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock))).param("id", id)
                .param("version", item.version()).update();
    }

    /** The uploaded file, through the upload pipeline's download (attachments never open in the page). */
    @Transactional(readOnly = true)
    ResponseEntity<Resource> download(Actor actor, long id) {
        visible(actor, id);
        StoredFile stored = jdbc.sql("""
                        SELECT original_name, stored_name, content_type, size_bytes FROM scorecard_evidence
                        WHERE id = :id""").param("id", id)
                .query((rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .single();
        return files.download(FileUse.SCORECARD_EVIDENCE, stored);
    }

    private EvidenceItem visible(Actor actor, long id) {
        EvidenceItem item = jdbc.sql(COLUMNS + " WHERE e.id = :id AND e.organization_path LIKE :scope")
                .param("id", id).param("scope", actor.scopePattern()).query(EvidenceItem.class).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        organizations.get(actor, item.organizationId());
        return item;
    }
}
