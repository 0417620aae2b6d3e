package com.carenext.patrol;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.volunteer.Category;
import com.carenext.volunteer.ServiceRole;
import com.carenext.volunteer.VolunteerDraft;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Patrollers;
import com.carenext.volunteer.Volunteers;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import com.carenext.shared.DemoTask;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: 乌审召's lakes, rivers and 淖尔 (invented names, marked （演示）) with the summers of 2023 and 2026 of patrols — red ones
 * nearly daily with a few missed days, some yellow weeks short, a green week missed — hazards (two still open),
 * and a July week of the rota. Loads only when the patrol tables are empty.
 */
@Component
@Order(80)
class PatrolDemo implements DemoTask {

    private record Body(String village, String name, WaterKind kind, RiskTier tier, double lat, double lon) {
    }

    private static final List<Body> BODIES = List.of(
            new Body("巴嘎淖尔村", "（演示）巴嘎淖尔", WaterKind.NAOER, RiskTier.RED, 38.9412, 108.9725),
            new Body("巴嘎淖尔村", "（演示）巴嘎淖尔村东坑塘", WaterKind.POND, RiskTier.YELLOW, 38.9380, 108.9901),
            new Body("乌审召嘎查", "（演示）乌审召淖尔", WaterKind.NAOER, RiskTier.RED, 39.0531, 109.0102),
            new Body("乌审召嘎查", "（演示）海流图河乌审召段", WaterKind.RIVER, RiskTier.RED, 39.0710, 108.9554),
            new Body("中乃村", "（演示）中乃水库", WaterKind.RESERVOIR, RiskTier.YELLOW, 38.8802, 109.0633),
            new Body("查干苏莫嘎查", "（演示）查干淖尔", WaterKind.NAOER, RiskTier.YELLOW, 39.1204, 109.1120),
            new Body("巴音陶勒盖嘎查", "（演示）陶勒盖湖", WaterKind.LAKE, RiskTier.GREEN, 38.9901, 109.1530),
            new Body("布日都嘎查", "（演示）布日都坑塘", WaterKind.POND, RiskTier.GREEN, 39.0105, 108.8832));
    private static final String[] ELDERS = {"巴特尔", "其其格", "那顺", "乌云", "敖日格勒", "图雅", "宝音", "额尔敦",
            "萨仁", "孟和", "朝鲁", "格日勒", "斯琴", "达来", "阿拉坦", "吉日嘎拉"};

    private final WaterBodies waterBodies;
    private final Rota rota;
    private final Organizations organizations;
    private final Volunteers volunteers;
    private final Patrollers patrollers;
    private final JdbcClient jdbc;

    PatrolDemo(WaterBodies waterBodies, Rota rota, Organizations organizations, Volunteers volunteers,
               Patrollers patrollers, JdbcClient jdbc) {
        this.patrollers = patrollers;
        this.waterBodies = waterBodies;
        this.rota = rota;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run() {
        if (jdbc.sql("SELECT COUNT(*) FROM water_body").query(Integer.class).single() > 0
                || organizations.topLevel().isEmpty()) {
            return;
        }
        OrganizationSummary root = organizations.topLevel().get(0);
        Actor loader = com.carenext.demo.DemoLoader.at(root);
        Random random = new Random(2026);
        int elder = 0;
        int hazards = 0;
        int hazards2023 = 0;
        for (Body demo : BODIES) {
            Optional<OrganizationSummary> village = organizations.search(loader, demo.village(), 5).stream().findFirst();
            if (village.isEmpty()) {
                continue;
            }
            WaterBodyView body = waterBodies.register(loader, new WaterBodyDraft(village.get().id(), demo.name(), demo.kind(),
                    demo.tier(), BigDecimal.valueOf(demo.lat()), BigDecimal.valueOf(demo.lon()),
                    demo.village().replace("嘎查", "嘎查达").replace("村", "村主任") + "（演示）", null));
            for (KitItem item : KitItem.values()) {
                KitState state = random.nextInt(10) == 0 ? KitState.DAMAGED : KitState.GOOD;
                waterBodies.checkKit(loader, body.id(), item, state, LocalDate.of(2026, 5, 20 + random.nextInt(10)));
            }
            List<VolunteerSummary> team = new ArrayList<>(patrollers.search(loader, village.get().id(), "", 50));
            while (team.size() < 2) {
                team.add(volunteers.register(loader, new VolunteerDraft(ELDERS[elder++ % ELDERS.length] + "（演示）",
                        elder % 3 == 0 ? "女" : "男", "蒙古族", LocalDate.of(1948 + elder % 12, 1 + elder % 12, 1 + elder),
                        null, null, village.get().id(), elder % 2 == 0, "原嘎查干部",
                        Set.of(elder % 2 == 0 ? Category.VETERAN_CADRE : Category.VETERAN_TEACHER),
                        Set.of(ServiceRole.GRID_ADMINISTRATOR), null, true, "身体健康", LocalDate.of(2021, 3, 1), null,
                        null)));
            }
            hazards += summer(body, team, random, hazards, 2026);
            hazards2023 += summer(body, team, random, hazards2023, 2023);
            if (demo.tier() == RiskTier.RED) {
                for (LocalDate day = LocalDate.of(2026, 7, 6); day.isBefore(LocalDate.of(2026, 7, 13)); day = day.plusDays(1)) {
                    rota.assign(loader, body.id(), day, List.of(team.get(0).id(), team.get(1).id()));
                }
            }
        }
    }

    /**
     * June 1 – August 31 of a year (2023, the seed plan's year, and 2026): patrols as the tier asks, with honest gaps.
     * Of this summer's hazards the first two are still open; those of 2023 were all put right. Returns hazards written.
     */
    private int summer(WaterBodyView body, List<VolunteerSummary> team, Random random, int hazardsSoFar, int year) {
        int written = 0;
        for (LocalDate day = LocalDate.of(year, 6, 1); !day.isAfter(LocalDate.of(year, 8, 31)); day = day.plusDays(1)) {
            boolean patrol = switch (body.riskTier()) {
                case RED -> random.nextInt(100) >= 6;
                case YELLOW -> (day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfWeek() == DayOfWeek.WEDNESDAY
                        || day.getDayOfWeek() == DayOfWeek.SATURDAY) && random.nextInt(100) >= 8;
                case GREEN -> day.getDayOfWeek() == DayOfWeek.SUNDAY && random.nextInt(100) >= 12;
            };
            if (!patrol) {
                continue;
            }
            VolunteerSummary volunteer = team.get(random.nextInt(team.size()));
            LocalDateTime in = day.atTime(16 + random.nextInt(3), random.nextInt(60));
            int dissuaded = random.nextInt(100) < 15 ? 1 + random.nextInt(4) : 0;
            long patrolId = jdbc.sql("""
                            INSERT INTO patrol (water_body_id, organization_id, organization_path, volunteer_id,
                              volunteer_name, user_id, checked_in_at, latitude, longitude, checked_out_at, dissuaded, notes)
                            VALUES (:w, :org, :path, :v, :name, :u, :in, :lat, :lon, :out, :d, :notes)""")
                    .param("w", body.id()).param("org", body.organizationId()).param("path", body.organizationPath())
                    .param("v", volunteer.id()).param("name", volunteer.name())
                    .param("u", volunteer.userId() == null ? 0L : volunteer.userId())
                    .param("in", Timestamp.valueOf(in)).param("lat", body.latitude()).param("lon", body.longitude())
                    .param("out", Timestamp.valueOf(in.plusMinutes(50 + random.nextInt(50)))).param("d", dissuaded)
                    .param("notes", dissuaded > 0 ? "劝离在岸边玩耍的游客（演示）" : null)
                    .update() > 0 ? lastPatrol() : 0;
            if (random.nextInt(100) < 3 && hazardsSoFar + written < 9) {
                boolean open = year == 2026 && hazardsSoFar + written < 2;
                HazardType type = HazardType.values()[random.nextInt(HazardType.values().length)];
                jdbc.sql("""
                                INSERT INTO hazard (patrol_id, water_body_id, organization_id, organization_path, hazard_type,
                                  severity, description, reported_at, status, closed_at, closed_by, resolution, version)
                                VALUES (:p, :w, :org, :path, :type, :sev, :d, :at, :status, :closedAt, :by, :res, 0)""")
                        .param("p", patrolId).param("w", body.id()).param("org", body.organizationId())
                        .param("path", body.organizationPath()).param("type", type.name())
                        .param("sev", open ? "HIGH" : "MEDIUM").param("d", describe(type))
                        .param("at", Timestamp.valueOf(in.plusMinutes(30))).param("status", open ? "OPEN" : "CLOSED")
                        .param("closedAt", open ? null : Timestamp.valueOf(in.plusDays(2)))
                        .param("by", open ? null : "村关工委负责人（演示）").param("res", open ? null : "已整改（演示）").update();
                written++;
            }
        }
        return written;
    }

    private long lastPatrol() {
        // the demo loads alone at start-up, so the newest row is the one just written
        return jdbc.sql("SELECT MAX(id) FROM patrol").query(Long.class).single();
    }

    private static String describe(HazardType type) {
        return switch (type) {
            case CHILDREN_SWIMMING -> "傍晚有孩子在浅滩玩水，已劝离并告知家长（演示）";
            case NO_WARNING_SIGN -> "北岸警示牌被风刮倒（演示）";
            case BROKEN_FENCE -> "西侧护栏断开约三米（演示）";
            case KIT_MISSING -> "救生圈丢失（演示）";
            case STEEP_BANK -> "雨后南岸塌陷，岸边湿滑（演示）";
            case ICE_OR_FLOOD -> "连日降雨水位上涨（演示）";
            case OTHER -> "岸边堆放杂物（演示）";
        };
    }
}
