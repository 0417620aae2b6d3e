package com.carenext.scorecard;

import com.carenext.organization.OrganizationType;
import com.carenext.plan.Measures;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criteria a town sets for its units, per year and level. Only the town office (TOWN_ADMIN) keeps them, for its
 * own organization; every edit checks the version read and keeps the former version in the history.
 */
@Service
@Transactional
class Criteria {

    static final String ENTITY = "ScorecardCriterion";
    private static final String COLUMNS = """
            SELECT id, organization_id, organization_path, score_year, level, criterion_group, title, description,
                   method, measure, measure_param, threshold, water_only, points, sort_order, default_key, active,
                   version, updated_by, updated_at FROM scorecard_criterion""";

    private final JdbcClient jdbc;
    private final Measures measures;
    private final MessageSource messages;
    private final Clock clock;

    Criteria(JdbcClient jdbc, Measures measures, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.measures = measures;
        this.messages = messages;
        this.clock = clock;
    }

    /** The criteria the actor's own organization set for a year and level, disabled ones included. */
    @Transactional(readOnly = true)
    List<Criterion> own(Actor actor, int year, OrganizationType level) {
        return jdbc.sql(COLUMNS + " WHERE organization_id = :org AND score_year = :year AND level = :level"
                        + " ORDER BY sort_order, id")
                .param("org", actor.organizationId()).param("year", year).param("level", level.name())
                .query(Criterion.class).list();
    }

    /**
     * Every active criterion of a year that can score a unit the actor sees: set inside the actor's subtree, or by
     * an organization above it.
     */
    @Transactional(readOnly = true)
    List<Criterion> applicable(Actor actor, int year) {
        return jdbc.sql(COLUMNS + """
                         WHERE score_year = :year AND active = TRUE
                          AND (organization_path LIKE :scope
                               OR CAST(:path AS VARCHAR(1000)) LIKE organization_path || '%')
                        ORDER BY sort_order, id""")
                .param("year", year).param("scope", actor.scopePattern()).param("path", actor.scopePath())
                .query(Criterion.class).list();
    }

    /** A criterion the actor's organization set (404 for anyone else's). */
    @Transactional(readOnly = true)
    Criterion own(Actor actor, long id) {
        actor.require(Role.TOWN_ADMIN);
        return jdbc.sql(COLUMNS + " WHERE id = :id AND organization_id = :org").param("id", id)
                .param("org", actor.organizationId()).query(Criterion.class).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Loads the default set for a year and level (items already loaded are left as they are); how many were added. */
    int loadDefaults(Actor actor, int year, OrganizationType level) {
        actor.require(Role.TOWN_ADMIN);
        year(year);
        int added = 0;
        int order = 0;
        for (DefaultCriteria.Item item : DefaultCriteria.ITEMS) {
            order += 10;
            boolean present = jdbc.sql("""
                            SELECT COUNT(*) FROM scorecard_criterion WHERE organization_id = :org AND score_year = :year
                             AND level = :level AND default_key = :key""")
                    .param("org", actor.organizationId()).param("year", year).param("level", level.name())
                    .param("key", item.key()).query(Integer.class).single() > 0;
            if (!present) {
                insert(actor, year, level, new CriterionDraft(item.group(), text("scorecard.default." + item.key()
                        + ".title"), text("scorecard.default." + item.key() + ".description"), item.method(),
                        item.measure(), item.param(), item.threshold(), item.waterOnly(), item.points(), order,
                        null), item.key());
                added++;
            }
        }
        return added;
    }

    long add(Actor actor, int year, OrganizationType level, CriterionDraft draft) {
        actor.require(Role.TOWN_ADMIN);
        year(year);
        check(draft);
        return insert(actor, year, level, draft, null);
    }

    void update(Actor actor, long id, CriterionDraft draft) {
        Criterion current = own(actor, id);
        StaleEditException.requireSeen(ENTITY, id, draft.version(), current.version());
        check(draft);
        keepHistory(current);
        jdbc.sql("""
                        UPDATE scorecard_criterion SET criterion_group = :group, title = :title,
                               description = :description, method = :method, measure = :measure,
                               measure_param = :param, threshold = :threshold, water_only = :waterOnly,
                               points = :points, sort_order = :sortOrder, version = version + 1, updated_by = :by,
                               updated_at = :at WHERE id = :id AND version = :version""")
                .params(values(actor, draft)).param("id", id).param("version", current.version()).update();
    }

    void setActive(Actor actor, long id, boolean active, Long seenVersion) {
        Criterion current = own(actor, id);
        StaleEditException.requireSeen(ENTITY, id, seenVersion, current.version());
        keepHistory(current);
        jdbc.sql("""
                        UPDATE scorecard_criterion SET active = :active, version = version + 1, updated_by = :by,
                               updated_at = :at WHERE id = :id AND version = :version""")
                .param("active", active).param("by", actor.username()).param("at", now()).param("id", id)
                .param("version", current.version()).update();
    }

    /** The former versions of a criterion, newest first. */
    @Transactional(readOnly = true)
    List<CriterionVersion> history(Actor actor, long id) {
        own(actor, id);
        return jdbc.sql("""
                        SELECT version, title, method, measure, measure_param, threshold, water_only, points, active,
                               changed_by, changed_at FROM scorecard_criterion_history WHERE criterion_id = :id
                        ORDER BY version DESC""").param("id", id).query(CriterionVersion.class).list();
    }

    /** One former version of a criterion, as the history shows it. */
    record CriterionVersion(long version, String title, CriterionMethod method, String measure, String measureParam,
                            long threshold, boolean waterOnly, int points, boolean active, String changedBy,
                            LocalDateTime changedAt) {
    }

    private long insert(Actor actor, int year, OrganizationType level, CriterionDraft draft, String defaultKey) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO scorecard_criterion (organization_id, organization_path, score_year, level,
                               criterion_group, title, description, method, measure, measure_param, threshold,
                               water_only, points, sort_order, default_key, active, version, updated_by, updated_at)
                        VALUES (:org, :path, :year, :level, :group, :title, :description, :method, :measure, :param,
                                :threshold, :waterOnly, :points, :sortOrder, :defaultKey, TRUE, 0, :by, :at)""")
                .params(values(actor, draft)).param("org", actor.organizationId()).param("path", actor.scopePath())
                .param("year", year).param("level", level.name()).param("defaultKey", defaultKey)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private java.util.Map<String, Object> values(Actor actor, CriterionDraft draft) {
        boolean automatic = draft.method() == CriterionMethod.AUTOMATIC;
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("group", draft.criterionGroup().name());
        values.put("title", draft.title().trim());
        values.put("description", draft.description() == null || draft.description().isBlank() ? null
                : draft.description().trim());
        values.put("method", draft.method().name());
        values.put("measure", automatic ? draft.measure() : null);
        values.put("param", automatic ? draft.param() : null);
        values.put("threshold", automatic ? draft.thresholdOrZero() : 0L);
        values.put("waterOnly", automatic && draft.onlyWithWater());
        values.put("points", draft.points());
        values.put("sortOrder", draft.sortOrder() == null ? 100 : draft.sortOrder());
        values.put("by", actor.username());
        values.put("at", now());
        return values;
    }

    /** An automatic criterion names a figure that exists, with a parameter that figure takes. */
    private void check(CriterionDraft draft) {
        if (draft.method() != CriterionMethod.AUTOMATIC) {
            return;
        }
        String code = draft.measure();
        if (code == null || code.isBlank()) {
            throw new BusinessRuleException("scorecard.criterion.measureRequired");
        }
        if (UnitFigures.ROSTER.contains(code)) {
            if (draft.param() != null) {
                throw new BusinessRuleException("scorecard.criterion.badParam");
            }
            return;
        }
        var measure = measures.all().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("scorecard.criterion.unknownMeasure"));
        if (draft.param() != null && !measure.options().containsKey(draft.param())) {
            throw new BusinessRuleException("scorecard.criterion.badParam");
        }
    }

    private void keepHistory(Criterion c) {
        jdbc.sql("""
                        INSERT INTO scorecard_criterion_history (criterion_id, version, title, description, method,
                               measure, measure_param, threshold, water_only, points, active, changed_by, changed_at)
                        VALUES (:id, :version, :title, :description, :method, :measure, :param, :threshold,
                                :waterOnly, :points, :active, :by, :at)""")
                .param("id", c.id()).param("version", c.version()).param("title", c.title())
                .param("description", c.description()).param("method", c.method().name())
                .param("measure", c.measure()).param("param", c.measureParam()).param("threshold", c.threshold())
                .param("waterOnly", c.waterOnly()).param("points", c.points()).param("active", c.active())
                .param("by", c.updatedBy()).param("at", Timestamp.valueOf(c.updatedAt())).update();
    }

    private static void year(int year) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("scorecard.year.invalid");
        }
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    /** A default's title or description: in Chinese whoever loads it (the criteria are the office's data). */
    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
