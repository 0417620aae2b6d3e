package com.carenext.generate;

import com.carenext.organization.OrganizationType;
import com.carenext.security.Accounts;
import com.carenext.security.UserDraft;
import com.carenext.shared.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads a {@link Scale}'s dataset: the organization tree below the root, 五老 in every unit, three sign-in accounts
 * ({@code bench_office} 干事 and {@code bench_auditor} 审计员 of the top, {@code bench_manager} of the first town),
 * then the records ({@link Records}, {@link AuditTrail}). Ids are given explicitly (each table's identity is moved
 * past them at the end), so that a unit's 五老 are a known id range and the records can refer to them by arithmetic
 * instead of a lookup per row.
 */
final class Generator {

    static final Set<String> ACCOUNTS = Set.of("bench_office", "bench_auditor", "bench_manager");
    private static final Logger log = LoggerFactory.getLogger(Generator.class);
    private static final List<String> REAL_DATA = List.of("volunteer", "activity", "article", "patrol", "water_body",
            "study_session", "correspondent", "work_plan", "notice", "generated_dataset");

    private final Steps steps;
    private final JdbcTemplate jdbc;
    private final Sql sql;
    private final Accounts accounts;
    private final Clock clock;

    Generator(Steps steps, Accounts accounts, Clock clock) {
        this.steps = steps;
        this.jdbc = steps.jdbc();
        this.sql = new Sql(steps.postgres());
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The tree's units and 五老 as id ranges: unit {@code i}'s 五老 are {@code firstVolunteer + i * perUnit + j}. */
    record Plan(Scale scale, long topId, long firstTown, long towns, long firstUnit, long units,
                long firstVolunteer, int perUnit, Timestamp now, LocalDate today) {

        String unitOf(String number) {
            return "(" + firstUnit + " + MOD(" + number + ", " + units + "))";
        }
    }

    Map<String, Long> generate(Scale scale, String password) {
        refuseRealData();
        long started = System.nanoTime();
        Words.store(jdbc);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock).withNano(0));
        long root = jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE parent_id IS NULL", Long.class);
        long parentsFirst = root;
        long parentsCount = 1;
        long top = 0;
        long firstTown = 0;
        long towns = 0;
        long organizations = 0;
        for (Scale.Level level : scale.levels) {
            long first = jdbc.queryForObject("SELECT MAX(id) + 1 FROM organization", Long.class);
            long parents = parentsFirst;
            long count = parentsCount;
            steps.step("organization " + (level.type() == null ? "UNIT" : level.type().name()),
                    () -> insertLevel(level, parents, count, first, now));
            if (top == 0) {
                top = first;
            }
            parentsFirst = first;
            parentsCount *= level.perParent();
            organizations += parentsCount;
            if (level.type() == OrganizationType.TOWN_COMMITTEE) {
                firstTown = first;
                towns = parentsCount;
            }
        }
        jdbc.execute("ALTER SEQUENCE organization_seq RESTART WITH "
                + jdbc.queryForObject("SELECT MAX(id) + 1 FROM organization", Long.class));
        Plan plan = new Plan(scale, top, firstTown, towns, parentsFirst, parentsCount, nextId("volunteer"),
                scale.volunteersPerUnit, now, LocalDate.now(clock));
        steps.chunked("volunteer", 0, plan.units() - 1, Steps.CHUNK / plan.perUnit(),
                (from, to) -> insertVolunteers(plan, from, to));
        jdbc.execute(sql.restartIdentity("volunteer", plan.firstVolunteer() + plan.units() * plan.perUnit()));
        createAccounts(plan, password);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("organization", organizations);
        counts.put("volunteer", plan.units() * plan.perUnit());
        counts.putAll(new Records(steps, plan).insert());
        counts.put("audit_event", new AuditTrail(steps, plan).append(scale.records(Scale.Kind.AUDIT)));
        jdbc.update("INSERT INTO generated_dataset (scale, generated_at, counts) VALUES (?, ?, ?)",
                scale.name().toLowerCase(), now, counts.toString());
        if (sql.postgres()) {
            steps.step("ANALYZE", () -> {
                jdbc.execute("ANALYZE");
                return 0;
            });
        }
        log.info("Generated {} in {} s: {}", scale, (System.nanoTime() - started) / 1_000_000_000, counts);
        return counts;
    }

    /** Anything beyond the first start's root organization and accounts is real data (or an earlier generation). */
    private void refuseRealData() {
        long organizations = jdbc.queryForObject("SELECT COUNT(*) FROM organization", Long.class);
        if (organizations > 1) {
            throw new IllegalStateException("数据库中已有 " + organizations + " 个组织：生成器只写入新建的空数据库"
                    + "（首次启动后只有根组织和 admin、office 账号）。");
        }
        for (String table : REAL_DATA) {
            long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            if (rows > 0) {
                throw new IllegalStateException("数据库的 " + table + " 表中已有 " + rows + " 行：生成器只写入新建的空数据库。");
            }
        }
    }

    private long insertLevel(Scale.Level level, long parentsFirst, long parentsCount, long first, Timestamp now) {
        int k = level.perParent();
        String g = "q.g";
        String name = switch (level.type() == null ? OrganizationType.VILLAGE_COMMITTEE : level.type()) {
            case REGION_COMMITTEE -> "'鄂尔多斯高原自治区关心下一代工作委员会'";
            case CITY_COMMITTEE -> place(g) + " || '市关工委'";
            case BANNER_COMMITTEE -> place(g) + " || '旗关工委'";
            case TOWN_COMMITTEE -> place(g) + " || CASE WHEN MOD(" + g + ", 4) = 0 THEN '苏木' ELSE '镇' END || '关工委'";
            default -> place(g) + " || CASE WHEN MOD(" + g + ", 20) < 6 THEN '嘎查' WHEN MOD(" + g + ", 20) < 10 THEN '村'"
                    + " WHEN MOD(" + g + ", 20) < 14 THEN '社区' WHEN MOD(" + g + ", 20) < 17 THEN '中心小学'"
                    + " WHEN MOD(" + g + ", 20) = 17 THEN '幼儿园' WHEN MOD(" + g + ", 20) = 18 THEN '派出所' ELSE '司法所' END";
        };
        String type = level.type() != null ? "'" + level.type().name() + "'"
                : "CASE WHEN MOD(" + g + ", 20) < 10 THEN 'VILLAGE_COMMITTEE' WHEN MOD(" + g + ", 20) < 14 THEN "
                + "'COMMUNITY_COMMITTEE' WHEN MOD(" + g + ", 20) < 17 THEN 'SCHOOL' WHEN MOD(" + g + ", 20) = 17 THEN "
                + "'KINDERGARTEN' ELSE 'PARTNER_UNIT' END";
        return jdbc.update("INSERT INTO organization (id, parent_id, name, type, path, depth, sort_order, active, version, "
                + "created_at, updated_at) SELECT " + first + " + q.g, q.parent, " + name + ", " + type + ", q.path || "
                + sql.text(first + " + q.g") + " || '/', q.depth + 1, q.x, TRUE, 0, ?, ? FROM (SELECT p.id AS parent, "
                + "p.path, p.depth, s.x, (p.id - " + parentsFirst + ") * " + k + " + s.x - 1 AS g FROM organization p "
                + "CROSS JOIN " + sql.series(k, "s") + " WHERE p.id BETWEEN " + parentsFirst + " AND "
                + (parentsFirst + parentsCount - 1) + ") q", now, now);
    }

    /** A place name of two parts (巴音 + 陶勒盖), about 600 different ones. */
    private static String place(String number) {
        return Words.pick("place1", number) + " || " + Words.pick("place2", number + " / 30");
    }

    /** The 五老 of the units {@code from..to} (counted from the first unit). */
    private long insertVolunteers(Plan plan, long from, long to) {
        String g = "q.g";
        String female = "MOD(" + g + ", 3) = 1";
        String mongolian = "MOD(" + g + ", 7) < 2";
        String name = "CASE WHEN " + mongolian + " THEN (CASE WHEN " + female + " THEN " + Words.pick("mn_female", g)
                + " ELSE " + Words.pick("mn_male", g) + " END) ELSE " + Words.pick("surname", g + " / 3") + " || (CASE WHEN "
                + female + " THEN " + Words.pick("female", g) + " ELSE " + Words.pick("male", g) + " END) END";
        String category = "MOD(" + g + ", 5)";
        return jdbc.update("INSERT INTO volunteer (id, organization_id, organization_path, name, gender, ethnicity, "
                + "birth_date, party_member, former_post, categories, service_roles, fit_for_patrol, joined_on, status, "
                + "version, created_at, updated_at) SELECT " + plan.firstVolunteer() + " + q.g, q.id, q.path, " + name
                + ", CASE WHEN " + female + " THEN '女' ELSE '男' END, CASE WHEN " + mongolian + " THEN '蒙古族' ELSE '汉族' END, "
                + sql.plusDays(LocalDate.of(1940, 1, 1), "MOD(" + g + " * 37, 8000)") + ", MOD(" + g + ", 3) <> 2, "
                + "CASE " + category + " WHEN 0 THEN '退休干部' WHEN 1 THEN '退役军人' WHEN 2 THEN '退休教师' "
                + "WHEN 3 THEN '退休医生' ELSE '全国劳动模范' END, CASE " + category + " WHEN 0 THEN 'VETERAN_CADRE' "
                + "WHEN 1 THEN 'VETERAN_SOLDIER' WHEN 2 THEN 'VETERAN_TEACHER' WHEN 3 THEN 'VETERAN_EXPERT' "
                + "ELSE 'VETERAN_MODEL,VETERAN_CADRE' END, CASE MOD(" + g + ", 10) WHEN 0 THEN 'IDEOLOGY_LECTURER' "
                + "WHEN 1 THEN 'RED_EDUCATION_PROMOTER' WHEN 2 THEN 'CIVILITY_GUIDE' WHEN 3 THEN 'LEGAL_AID_MENTOR' "
                + "WHEN 4 THEN 'FAMILY_VALUES_PROMOTER' WHEN 5 THEN 'RURAL_REVITALIZATION_ADVISOR' "
                + "WHEN 6 THEN 'GRID_ADMINISTRATOR' WHEN 7 THEN 'SCIENCE_CULTURE_TUTOR' WHEN 8 THEN "
                + "'STUDENT_AID_COORDINATOR' ELSE 'HEALTH_EDUCATION_ADVISOR' END, MOD(" + g + ", 4) <> 0, "
                + sql.plusDays(LocalDate.of(2012, 1, 1), "MOD(" + g + " * 13, 4000)") + ", CASE WHEN MOD(" + g
                + ", 50) = 0 THEN 'WITHDRAWN' WHEN MOD(" + g + ", 25) = 1 THEN 'PAUSED' ELSE 'ACTIVE' END, 0, ?, ? "
                + "FROM (SELECT u.id, u.path, (u.id - " + plan.firstUnit() + ") * " + plan.perUnit() + " + s.x - 1 AS g "
                + "FROM organization u CROSS JOIN " + sql.series(plan.perUnit(), "s") + " WHERE u.id BETWEEN "
                + (plan.firstUnit() + from) + " AND " + (plan.firstUnit() + to) + ") q", plan.now(), plan.now());
    }

    private void createAccounts(Plan plan, String password) {
        accounts.bootstrap(new UserDraft("bench_office", "测试干事", plan.topId(), null, Set.of(Role.TOWN_ADMIN), true,
                password, null));
        accounts.bootstrap(new UserDraft("bench_auditor", "测试审计员", plan.topId(), null, Set.of(Role.AUDITOR), true,
                password, null));
        accounts.bootstrap(new UserDraft("bench_manager", "测试镇干事", plan.firstTown(), null,
                Set.of(Role.TOWN_ADMIN, Role.ORG_MANAGER), true, password, null));
    }

    long nextId(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
    }
}
