package com.carenext.activity;

import com.carenext.demo.DemoTowns;
import com.carenext.organization.OrganizationSummary;
import com.carenext.shared.DemoTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo: activities of the other demo towns of 乌审旗 in 2023 and this year, one batch insert per town. */
@Component
@Order(94)
class ActivityDemoTowns implements DemoTask {

    private static final ActivityType[] TYPES = {ActivityType.LEGAL_EDUCATION, ActivityType.FAMILY_VALUES,
        ActivityType.DROWNING_PREVENTION_TALK, ActivityType.RED_EDUCATION, ActivityType.CIVILITY_REFORM,
        ActivityType.CULTURE};
    private static final String[] TITLES = {"普法进校园", "家长学校：好家风伴成长", "暑期防溺水宣讲", "五老讲红色故事",
        "移风易俗宣讲", "关工委工作宣传"};

    private final DemoTowns towns;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ActivityDemoTowns(DemoTowns towns, JdbcTemplate jdbc, Clock clock) {
        this.towns = towns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        for (DemoTowns.Town town : towns.towns()) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM activity WHERE organization_path LIKE ?", Integer.class,
                    town.town().path() + "%") > 0) {
                continue;
            }
            Random random = new Random(town.town().id() * 31);
            List<Object[]> rows = new ArrayList<>();
            for (int year : new int[]{2023, today.getYear()}) {
                int months = year == today.getYear() ? today.getMonthValue() : 12;
                for (OrganizationSummary unit : withTown(town)) {
                    for (int k = 0; k < 2 + random.nextInt(4); k++) {
                        int t = random.nextInt(TYPES.length);
                        LocalDateTime at = LocalDateTime.of(year, 1 + random.nextInt(months), 1 + random.nextInt(28),
                                9 + random.nextInt(6), 0);
                        if (at.isAfter(today.atStartOfDay())) {
                            at = today.atStartOfDay().minusDays(1 + random.nextInt(20)).withHour(10);
                        }
                        rows.add(new Object[]{unit.id(), unit.path(), TYPES[t].name(),
                            TITLES[t] + "（演示）", Timestamp.valueOf(at), unit.name().replace("（演示）", ""),
                            20 + random.nextInt(200), random.nextInt(60), random.nextInt(20),
                            Timestamp.valueOf(at)});
                    }
                }
            }
            jdbc.batchUpdate("""
                    INSERT INTO activity (organization_id, organization_path, activity_type, title, starts_at, place,
                        youths, parents, others, version, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'demo', ?)""", rows);
        }
    }

    private static List<OrganizationSummary> withTown(DemoTowns.Town town) {
        List<OrganizationSummary> all = new ArrayList<>(town.units());
        all.add(0, town.town());
        return all;
    }
}
