package com.carenext.patrol;

import com.carenext.demo.DemoLoader;
import com.carenext.demo.DemoTowns;
import com.carenext.organization.OrganizationSummary;
import com.carenext.shared.DemoTask;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Volunteers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: water bodies of the other demo towns of 乌审旗 and their summer patrols in 2023 and this year (one batch
 * insert per town); in the second town one water body is never patrolled, so that coverage differs.
 */
@Component
@Order(96)
class PatrolDemoTowns implements DemoTask {

    private static final String[][] BODIES = {{"淖尔", "NAOER", "RED"}, {"水库", "RESERVOIR", "YELLOW"},
        {"坑塘", "POND", "GREEN"}};

    private final DemoTowns towns;
    private final Volunteers volunteers;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    PatrolDemoTowns(DemoTowns towns, Volunteers volunteers, JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.towns = towns;
        this.volunteers = volunteers;
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        int t = 0;
        for (DemoTowns.Town town : towns.towns()) {
            t++;
            if (jdbc.sql("SELECT COUNT(*) FROM water_body WHERE organization_path LIKE :p")
                    .param("p", town.town().path() + "%").query(Integer.class).single() > 0) {
                continue;
            }
            List<VolunteerSummary> elders = volunteers.demoCast(DemoLoader.at(town.town()), Volunteers.DEMO_CAST);
            Random random = new Random(town.town().id() * 7);
            List<Object[]> patrols = new ArrayList<>();
            for (int b = 0; b < BODIES.length && b < town.units().size(); b++) {
                OrganizationSummary unit = town.units().get(b);
                String name = unit.name().replace("关工委（演示）", "") + BODIES[b][0] + "（演示）";
                long body = Inserts.id(jdbc.sql("""
                                INSERT INTO water_body (organization_id, organization_path, name, kind, risk_tier,
                                    check_in_code, version, created_at)
                                VALUES (:org, :path, :name, :kind, :tier, :code, 0, :at)""")
                        .param("org", unit.id()).param("path", unit.path()).param("name", name)
                        .param("kind", BODIES[b][1]).param("tier", BODIES[b][2])
                        .param("code", String.format("Q%03d%04d", unit.id() % 1000, b))
                        .param("at", Timestamp.valueOf(LocalDateTime.of(2023, 3, 1, 9, 0))));
                if (t == 2 && b == BODIES.length - 1 || elders.isEmpty()) {
                    continue; // the second town never patrols its pond
                }
                for (int year : new int[]{2023, today.getYear()}) {
                    for (int k = 0; k < 8 + random.nextInt(10); k++) {
                        LocalDateTime in = LocalDateTime.of(year, 6 + random.nextInt(3), 1 + random.nextInt(28),
                                8 + random.nextInt(10), random.nextInt(60));
                        if (in.isAfter(today.atStartOfDay())) {
                            continue;
                        }
                        VolunteerSummary elder = elders.get(random.nextInt(elders.size()));
                        patrols.add(new Object[]{body, unit.id(), unit.path(), elder.id(), elder.name(),
                            Timestamp.valueOf(in), Timestamp.valueOf(in.plusMinutes(40 + random.nextInt(50))),
                            random.nextInt(100) < 15 ? 1 + random.nextInt(3) : 0});
                    }
                }
            }
            batch.batchUpdate("""
                    INSERT INTO patrol (water_body_id, organization_id, organization_path, volunteer_id, volunteer_name,
                        user_id, checked_in_at, checked_out_at, dissuaded)
                    VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)""", patrols);
        }
    }
}
