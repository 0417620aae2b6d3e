package com.carenext.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records of a generated dataset, each kind in one or two set-based statements: activities over the last year,
 * one water body per unit with patrols through the summer season, a correspondent per unit with articles (adopted ones
 * published at an outlet level), study sessions with the unit's 五老 attending.
 */
final class Records {

    private final Steps steps;
    private final JdbcTemplate jdbc;
    private final Sql sql;
    private final Generator.Plan plan;
    private final LocalDateTime yearAgo;

    Records(Steps steps, Generator.Plan plan) {
        this.steps = steps;
        this.jdbc = steps.jdbc();
        this.sql = new Sql(steps.postgres());
        this.plan = plan;
        this.yearAgo = plan.today().minusDays(365).atStartOfDay();
    }

    Map<String, Long> insert() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("activity", activities(plan.scale().records(Scale.Kind.ACTIVITY)));
        counts.put("patrol", patrols(plan.scale().records(Scale.Kind.PATROL)));
        counts.put("article", articles(plan.scale().records(Scale.Kind.ARTICLE)));
        long sessions = plan.scale().records(Scale.Kind.STUDY_SESSION);
        counts.put("study_session", sessions);
        counts.put("attendance", study(sessions, plan.scale().records(Scale.Kind.ATTENDANCE)));
        return counts;
    }

    private long activities(long count) {
        long first = nextId("activity");
        String pick = "MOD(CAST(s.x AS BIGINT) * 7919, 15)";
        steps.chunked("activity", 1, count, Steps.CHUNK, (from, to) -> jdbc.update(
                "INSERT INTO activity (id, organization_id, organization_path, activity_type, title, starts_at, "
                + "youths, parents, others, version, created_by, created_at) SELECT " + (first - 1) + " + s.x, o.id, "
                + "o.path, CASE " + pick + " WHEN 0 THEN 'LEGAL_EDUCATION' WHEN 1 THEN 'FAMILY_VALUES' WHEN 2 THEN "
                + "'DROWNING_PREVENTION_TALK' WHEN 3 THEN 'RED_EDUCATION' WHEN 4 THEN 'CIVILITY_REFORM' WHEN 5 THEN "
                + "'CULTURE' WHEN 6 THEN 'RURAL_REVITALIZATION' WHEN 7 THEN 'FAMILY_VALUES' WHEN 11 THEN "
                + "'LEGAL_EDUCATION' WHEN 12 THEN 'CULTURE' WHEN 13 THEN 'RED_EDUCATION' WHEN 14 THEN 'RED_EDUCATION' "
                + "ELSE 'OTHER' END, " + Words.pick("activity", "s.x") + ", " + minutesInYear("s.x") + ", "
                + "MOD(s.x * 13, 120) + 10, MOD(s.x * 7, 40), MOD(s.x * 3, 15), 0, 'generator', ? FROM "
                + sql.series(from, to, "s") + " JOIN organization o ON o.id = " + plan.unitOf("s.x"), plan.now()));
        jdbc.execute(sql.restartIdentity("activity", first + count));
        return count;
    }

    /** One water body per unit; patrols from June to August of the last season, by the unit's own 五老. */
    private long patrols(long count) {
        long firstBody = nextId("water_body");
        steps.step("water_body", () -> jdbc.update(
                "INSERT INTO water_body (id, organization_id, organization_path, name, kind, risk_tier, "
                + "check_in_code, version, created_at) SELECT " + firstBody + " - " + plan.firstUnit() + " + o.id, o.id, "
                + "o.path, " + Words.pick("place1", "o.id") + " || " + Words.pick("water", "o.id / 7") + ", CASE MOD(o.id, 5) "
                + "WHEN 0 THEN 'RIVER' WHEN 1 THEN 'LAKE' WHEN 2 THEN 'NAOER' WHEN 3 THEN 'RESERVOIR' ELSE 'POND' END, "
                + "CASE MOD(o.id, 3) WHEN 0 THEN 'RED' WHEN 1 THEN 'YELLOW' ELSE 'GREEN' END, 'W' || "
                + sql.text(firstBody + " - " + plan.firstUnit() + " + o.id") + ", 0, ? FROM organization o WHERE o.id "
                + "BETWEEN " + plan.firstUnit() + " AND " + (plan.firstUnit() + plan.units() - 1), plan.now()));
        jdbc.execute(sql.restartIdentity("water_body", firstBody + plan.units()));
        int year = plan.today().getMonthValue() >= 9 ? plan.today().getYear() : plan.today().getYear() - 1;
        LocalDateTime june = LocalDate.of(year, 6, 1).atTime(8, 0);
        long first = nextId("patrol");
        String unit = "MOD(s.x, " + plan.units() + ")";
        String volunteer = plan.firstVolunteer() + " + " + unit + " * " + plan.perUnit() + " + MOD(s.x / "
                + plan.units() + ", " + plan.perUnit() + ")";
        String minutes = "MOD(CAST(s.x AS BIGINT) * 7919, 92) * 1440 + MOD(s.x * 31, 600)";
        steps.chunked("patrol", 1, count, Steps.CHUNK, (from, to) -> jdbc.update(
                "INSERT INTO patrol (id, water_body_id, organization_id, organization_path, volunteer_id, "
                + "volunteer_name, user_id, checked_in_at, checked_out_at, dissuaded) SELECT " + (first - 1) + " + s.x, "
                + firstBody + " + " + unit + ", v.organization_id, v.organization_path, v.id, v.name, 0, "
                + sql.plusMinutes(june, minutes) + ", " + sql.plusMinutes(june, minutes + " + 45 + MOD(s.x, 45)")
                + ", MOD(s.x, 4) FROM " + sql.series(from, to, "s") + " JOIN volunteer v ON v.id = " + volunteer));
        jdbc.execute(sql.restartIdentity("patrol", first + count));
        return count;
    }

    private long articles(long count) {
        long firstCorrespondent = nextId("correspondent");
        String person = Words.pick("surname", "o.id") + " || " + Words.pick("female", "o.id");
        steps.step("correspondent", () -> jdbc.update(
                "INSERT INTO correspondent (id, organization_id, organization_path, name, grid, active, version, "
                + "created_at, updated_at) SELECT " + firstCorrespondent + " - " + plan.firstUnit() + " + o.id, o.id, "
                + "o.path, " + person + ", o.name, TRUE, 0, ?, ? FROM organization o WHERE o.id BETWEEN "
                + plan.firstUnit() + " AND " + (plan.firstUnit() + plan.units() - 1), plan.now(), plan.now()));
        jdbc.execute(sql.restartIdentity("correspondent", firstCorrespondent + plan.units()));
        long first = nextId("article");
        String status = "CASE WHEN MOD(s.x, 10) < 6 THEN 'ADOPTED' WHEN MOD(s.x, 10) < 9 THEN 'SUBMITTED' "
                + "ELSE 'RETURNED' END";
        steps.chunked("article", 1, count, Steps.CHUNK, (from, to) -> jdbc.update(
                "INSERT INTO article (id, organization_id, organization_path, title, kind, article_date, status, "
                + "return_reason, version, created_at, updated_at) SELECT " + (first - 1) + " + s.x, o.id, o.path, "
                + Words.pick("article", "s.x") + ", CASE MOD(s.x, 7) WHEN 0 THEN 'FEATURE' WHEN 1 THEN 'RESEARCH' "
                + "ELSE 'NEWS' END, " + sql.plusDays(plan.today().minusDays(365), "MOD(CAST(s.x AS BIGINT) * 7919, 365)")
                + ", " + status + ", CASE WHEN MOD(s.x, 10) = 9 THEN '请补充活动照片和参加人数' END, 0, ?, ? FROM "
                + sql.series(from, to, "s") + " JOIN organization o ON o.id = " + plan.unitOf("s.x"), plan.now(),
                plan.now()));
        jdbc.execute(sql.restartIdentity("article", first + count));
        long last = first + count - 1;
        steps.chunked("article_author", first, last, Steps.CHUNK, (from, to) -> jdbc.update(
                "INSERT INTO article_author (article, article_key, correspondent_id, name) SELECT a.id, 0, c.id, "
                + "c.name FROM article a JOIN correspondent c ON c.organization_id = a.organization_id WHERE a.id BETWEEN "
                + from + " AND " + to));
        steps.chunked("article_publication", first, last, Steps.CHUNK, (from, to) -> jdbc.update(
                "INSERT INTO article_publication (article, article_key, outlet_level, outlet, published_on) "
                + "SELECT a.id, 0, CASE WHEN MOD(a.id, 20) < 8 THEN 'TOWN' WHEN MOD(a.id, 20) < 14 THEN 'BANNER' "
                + "WHEN MOD(a.id, 20) < 17 THEN 'CITY' WHEN MOD(a.id, 20) < 19 THEN 'REGION' ELSE 'NATIONAL' END, "
                + "CASE WHEN MOD(a.id, 20) < 8 THEN '镇关工委公众号' WHEN MOD(a.id, 20) < 14 THEN '旗融媒体中心' "
                + "WHEN MOD(a.id, 20) < 17 THEN '市日报' WHEN MOD(a.id, 20) < 19 THEN '自治区关工委网站' ELSE '中国火炬' END, "
                + "a.article_date FROM article a WHERE a.id BETWEEN " + from + " AND " + to + " AND a.status = 'ADOPTED'"));
        return count;
    }

    /** Study sessions in the units, each attended by the first of the unit's 五老 (at most all of them). */
    private long study(long sessions, long attendances) {
        long first = nextId("study_session");
        steps.chunked("study_session", 1, sessions, Steps.CHUNK, (from, to) -> jdbc.update(
                "INSERT INTO study_session (id, organization_id, organization_path, kind, topic, mode, starts_at, "
                + "hours, organizer, place, check_in_code, version, created_at) SELECT " + (first - 1) + " + s.x, o.id, "
                + "o.path, CASE WHEN MOD(s.x, 5) = 0 THEN 'VOLUNTEER_TRAINING' WHEN MOD(s.x, 11) = 0 THEN "
                + "'CORRESPONDENT_TRAINING' ELSE 'STUDY' END, " + Words.pick("topic", "s.x") + ", CASE MOD(s.x, 3) "
                + "WHEN 0 THEN 'ONLINE' WHEN 1 THEN 'OFFLINE' ELSE 'BLENDED' END, " + minutesInYear("s.x") + ", 2.0, "
                + "'关工委', o.name || '会议室', 'S' || " + sql.text((first - 1) + " + s.x") + ", 0, ? FROM "
                + sql.series(from, to, "s") + " JOIN organization o ON o.id = " + plan.unitOf("s.x"), plan.now()));
        jdbc.execute(sql.restartIdentity("study_session", first + sessions));
        long last = first + sessions - 1;
        steps.chunked("study_session_target", first, last, Steps.CHUNK, (from, to) -> jdbc.update(
                "INSERT INTO study_session_target (study_session, organization_id, organization_path) SELECT id, "
                + "organization_id, organization_path FROM study_session WHERE id BETWEEN " + from + " AND " + to));
        long perSession = Math.max(1, Math.min(plan.perUnit(), attendances / Math.max(1, sessions)));
        return steps.chunked("attendance", first, last, Steps.CHUNK / perSession, (from, to) -> jdbc.update(
                "INSERT INTO attendance (study_session_id, volunteer_id, volunteer_name, organization_id, "
                + "organization_path, method, recorded_by, checked_in_at) SELECT ss.id, v.id, v.name, v.organization_id, "
                + "v.organization_path, 'ROLL_CALL', 'generator', ss.starts_at FROM study_session ss CROSS JOIN "
                + sql.series(perSession, "s") + " JOIN volunteer v ON v.id = " + plan.firstVolunteer() + " + (ss.organization_id - "
                + plan.firstUnit() + ") * " + plan.perUnit() + " + s.x - 1 WHERE ss.id BETWEEN " + from + " AND " + to));
    }

    /** A time in the last year, in office hours (08:00–18:00). */
    private String minutesInYear(String number) {
        return sql.plusMinutes(yearAgo, "MOD(CAST(" + number + " AS BIGINT) * 7919, 365) * 1440 + 480 + MOD("
                + number + " * 17, 600)");
    }

    private long nextId(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
    }
}
