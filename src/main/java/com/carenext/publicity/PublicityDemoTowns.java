package com.carenext.publicity;

import com.carenext.demo.DemoTowns;
import com.carenext.organization.OrganizationSummary;
import com.carenext.shared.DemoTask;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: articles of the other demo towns of 乌审旗 in 2023 and this year (one batch insert per town), most adopted,
 * and their publication on the town's or the banner's outlet (one INSERT … SELECT per town).
 */
@Component
@Order(95)
class PublicityDemoTowns implements DemoTask {

    private static final String[] TITLES = {"五老宣讲团走进校园", "暑期防溺水 五老在行动", "家长学校开课了",
        "关工委开展普法进校园活动", "红色故事代代传", "关爱留守儿童 五老送温暖"};

    private final DemoTowns towns;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PublicityDemoTowns(DemoTowns towns, JdbcTemplate jdbc, Clock clock) {
        this.towns = towns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        for (DemoTowns.Town town : towns.towns()) {
            String path = town.town().path();
            if (jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE organization_path LIKE ?", Integer.class,
                    path + "%") > 0) {
                continue;
            }
            Random random = new Random(town.town().id() * 13);
            List<Object[]> rows = new ArrayList<>();
            for (int year : new int[]{2023, today.getYear()}) {
                int days = year == today.getYear() ? today.getDayOfYear() - 1 : 365;
                for (OrganizationSummary unit : town.units()) {
                    for (int k = 0; k < 1 + random.nextInt(5); k++) {
                        LocalDate on = LocalDate.of(year, 1, 1).plusDays(random.nextInt(Math.max(1, days)));
                        String status = random.nextInt(10) < 8 ? "ADOPTED" : "SUBMITTED";
                        Timestamp at = Timestamp.valueOf(on.atTime(10, 0));
                        rows.add(new Object[]{unit.id(), unit.path(),
                            unit.name().replace("关工委（演示）", "").replace("（演示）", "") + "："
                                    + TITLES[random.nextInt(TITLES.length)] + "（演示）",
                            Date.valueOf(on), status, status.equals("ADOPTED") ? at : null, at, at});
                    }
                }
            }
            jdbc.batchUpdate("""
                    INSERT INTO article (organization_id, organization_path, title, kind, article_date, status,
                        reviewed_at, version, created_at, updated_at)
                    VALUES (?, ?, ?, 'NEWS', ?, ?, ?, 0, ?, ?)""", rows);
            jdbc.update("""
                    INSERT INTO article_publication (article, article_key, outlet_level, outlet, published_on)
                    SELECT id, 0, CASE WHEN MOD(id, 4) = 0 THEN 'BANNER' ELSE 'TOWN' END,
                           CASE WHEN MOD(id, 4) = 0 THEN '乌审旗关工委公众号' ELSE ? END, article_date
                    FROM article WHERE organization_path LIKE ? AND status = 'ADOPTED'""",
                    town.town().name().replace("关工委（演示）", "") + "公众号", path + "%");
        }
    }
}
