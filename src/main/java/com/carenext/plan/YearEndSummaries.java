package com.carenext.plan;

import com.carenext.files.FileStore;
import com.carenext.files.FileUse;
import com.carenext.files.StoredFile;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Year-end summaries (年度工作总结) of a plan's organization: read by whoever reaches the plan; generated, edited
 * (one text per section, against the version read) and issued as a notice by a {@link Role#TOWN_ADMIN} or
 * {@link Role#ORG_MANAGER} of the plan's own organization. Regenerating refreshes the figures and keeps the texts.
 */
@Service
@Transactional
public class YearEndSummaries {

    static final String ENTITY = "YearEndSummary";
    static final int TEXT_LIMIT = 4000;

    private final JdbcClient jdbc;
    private final PlanSections plans;
    private final Organizations organizations;
    private final SummaryComposer composer;
    private final SummaryDocument document;
    private final Notices notices;
    private final FileStore files;
    private final JsonMapper json;
    private final Clock clock;

    YearEndSummaries(JdbcClient jdbc, PlanSections plans, Organizations organizations, SummaryComposer composer,
                     SummaryDocument document, Notices notices, FileStore files, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.organizations = organizations;
        this.composer = composer;
        this.document = document;
        this.notices = notices;
        this.files = files;
        this.json = json;
        this.clock = clock;
    }

    private record Row(long id, String content, Instant generatedAt, Long noticeId, long version) {
    }

    /** The saved draft, or the summary generated now while there is none (404 outside the actor's scope). */
    @Transactional(readOnly = true)
    public YearEndSummary get(Actor actor, long planId) {
        PlanViews.Plan plan = plans.get(actor, planId);
        boolean editable = editable(actor, plan);
        Optional<Row> row = row(planId);
        if (row.isEmpty()) {
            return view(plan, composer.compose(plan, organizationName(plan)), null, Map.of(), editable);
        }
        return view(plan, json.readValue(row.get().content(), SummaryContent.class), row.get(), texts(row.get().id()),
                editable);
    }

    /** Generates the draft, or regenerates its figures keeping the office's texts (against the version read). */
    public long generate(Actor actor, long planId, Long seenVersion) {
        PlanViews.Plan plan = editableBy(actor, planId);
        String content = json.writeValueAsString(composer.compose(plan, organizationName(plan)));
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Row> row = row(planId);
        if (row.isEmpty()) {
            if (seenVersion != null) {
                throw new StaleEditException(ENTITY, planId);
            }
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO year_end_summary (work_plan_id, organization_id, organization_path, content,
                                generated_at, version, created_by, created_at, updated_by, updated_at)
                            SELECT id, organization_id, organization_path, :content, :now, 0, :by, :now, :by, :now
                            FROM work_plan WHERE id = :plan""")
                    .param("content", content).param("now", now).param("by", actor.username()).param("plan", planId)
                    .update(key, "id");
            return Objects.requireNonNull(key.getKey()).longValue();
        }
        StaleEditException.requireSeen(ENTITY, planId, seenVersion, row.get().version());
        bump(row.get(), actor, "content = :content, generated_at = :now,", Map.of("content", content, "now", now));
        return row.get().id();
    }

    /** Saves the office's text of one section; a blank text brings the generated sentence back. Returns the draft. */
    public long write(Actor actor, long planId, long sectionId, String text, Long seenVersion) {
        PlanViews.Plan plan = editableBy(actor, planId);
        if (plan.sections().stream().noneMatch(section -> section.id() == sectionId)) {
            throw new NotFoundException("PlanSection", sectionId);
        }
        Row row = row(planId).orElseThrow(() -> new BusinessRuleException("summary.notGenerated"));
        String body = text == null ? "" : text.strip();
        if (body.length() > TEXT_LIMIT) {
            throw new BusinessRuleException("summary.textTooLong", TEXT_LIMIT);
        }
        StaleEditException.requireSeen(ENTITY, planId, seenVersion, row.version());
        bump(row, actor, "", Map.of());
        jdbc.sql("DELETE FROM year_end_summary_text WHERE summary_id = :id AND section_id = :section")
                .param("id", row.id()).param("section", sectionId).update();
        if (!body.isEmpty()) {
            jdbc.sql("INSERT INTO year_end_summary_text (summary_id, section_id, body) VALUES (:id, :section, :body)")
                    .param("id", row.id()).param("section", sectionId).param("body", body).update();
        }
        return row.id();
    }

    /**
     * Issues the draft as a notice (通知) of the plan's organization to every unit below it, with the .docx attached;
     * returns the notice.
     */
    public long issue(Actor actor, long planId, Long seenVersion) {
        editableBy(actor, planId);
        Row row = row(planId).orElseThrow(() -> new BusinessRuleException("summary.notGenerated"));
        StaleEditException.requireSeen(ENTITY, planId, seenVersion, row.version());
        YearEndSummary summary = get(actor, planId);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        writeDocx(summary, docx);
        StoredFile file = files.store(FileUse.NOTICE_ATTACHMENT, summary.title() + ".docx",
                new ByteArrayInputStream(docx.toByteArray()));
        long noticeId = notices.create(actor, new NoticeDraft(
                composer.text("summary.notice.title", summary.organizationName(), summary.title()), "",
                composer.text("summary.notice.body", summary.title()), planId, actor.organizationId(), List.of()),
                List.of(file));
        // published at once, at the version it was just created with
        notices.publish(actor, noticeId, notices.get(actor, noticeId).version());
        bump(row, actor, "notice_id = :notice,", Map.of("notice", noticeId));
        return noticeId;
    }

    /** The summary as a .docx in the official layout. */
    public void writeDocx(YearEndSummary summary, OutputStream out) {
        try {
            document.write(summary, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bump(Row row, Actor actor, String set, Map<String, Object> values) {
        int changed = jdbc.sql("UPDATE year_end_summary SET " + set
                        + " version = version + 1, updated_by = :by, updated_at = :at WHERE id = :id AND version = :version")
                .params(values).param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .param("id", row.id()).param("version", row.version()).update();
        if (changed == 0) {
            throw new StaleEditException(ENTITY, row.id());
        }
    }

    private PlanViews.Plan editableBy(Actor actor, long planId) {
        PlanViews.Plan plan = plans.get(actor, planId);
        if (!editable(actor, plan)) {
            throw new AccessDeniedException("only the plan's own organization writes its year-end summary");
        }
        return plan;
    }

    private static boolean editable(Actor actor, PlanViews.Plan plan) {
        return actor.hasAny(Role.TOWN_ADMIN, Role.ORG_MANAGER) && actor.organizationId() == plan.organizationId();
    }

    private String organizationName(PlanViews.Plan plan) {
        return organizations.byId(plan.organizationId()).map(o -> o.name())
                .orElseThrow(() -> new NotFoundException(PlanSections.PLAN, plan.id()));
    }

    private YearEndSummary view(PlanViews.Plan plan, SummaryContent content, Row row, Map<Long, String> texts,
                                boolean editable) {
        List<YearEndSummary.Section> sections = content.sections().stream()
                .map(section -> texts.containsKey(section.id()) ? section.withText(texts.get(section.id())) : section)
                .toList();
        return new YearEndSummary(plan.id(), plan.title(), content.title(), content.organizationName(), content.year(),
                content.progress(), content.opening(), row != null, row == null ? null : row.version(),
                row == null ? clock.instant() : row.generatedAt(), row == null ? null : row.noticeId(), editable,
                sections);
    }

    private Optional<Row> row(long planId) {
        return jdbc.sql("SELECT id, content, generated_at, notice_id, version FROM year_end_summary WHERE work_plan_id = :plan")
                .param("plan", planId)
                .query((rs, n) -> {
                    long notice = rs.getLong("notice_id");
                    Long noticeId = rs.wasNull() ? null : notice;
                    return new Row(rs.getLong("id"), rs.getString("content"),
                            rs.getTimestamp("generated_at").toInstant(), noticeId, rs.getLong("version"));
                }).optional();
    }

    private Map<Long, String> texts(long summaryId) {
        record Text(long sectionId, String body) {
        }
        return jdbc.sql("SELECT section_id, body FROM year_end_summary_text WHERE summary_id = :id")
                .param("id", summaryId).query((rs, n) -> new Text(rs.getLong("section_id"), rs.getString("body")))
                .list().stream().collect(Collectors.toMap(Text::sectionId, Text::body));
    }
}
