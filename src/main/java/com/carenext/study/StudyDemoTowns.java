package com.carenext.study;

import com.carenext.demo.DemoLoader;
import com.carenext.demo.DemoTowns;
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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: study sessions of the other demo towns of 乌审旗 in 2023 and this year, and their attendance (roll call of
 * part of the town's 五老), the attendance as one batch insert per town.
 */
@Component
@Order(93)
class StudyDemoTowns implements DemoTask {

    private static final String[] TOPICS = {"学习党的二十大精神", "学习《未成年人保护法》", "五老防溺水巡查培训",
        "学习习近平总书记关于关心下一代工作的重要指示", "家庭教育促进法解读", "关工委工作业务培训"};

    private final DemoTowns towns;
    private final Volunteers volunteers;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StudyDemoTowns(DemoTowns towns, Volunteers volunteers, JdbcTemplate jdbc, Clock clock) {
        this.towns = towns;
        this.volunteers = volunteers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        for (DemoTowns.Town town : towns.towns()) {
            String path = town.town().path();
            if (jdbc.queryForObject("SELECT COUNT(*) FROM study_session WHERE organization_path LIKE ?",
                    Integer.class, path + "%") > 0) {
                continue;
            }
            List<VolunteerSummary> elders = volunteers.demoCast(DemoLoader.at(town.town()), Volunteers.DEMO_CAST);
            Random random = new Random(town.town().id() * 17);
            List<Object[]> attendance = new ArrayList<>();
            int n = 0;
            for (int year : new int[]{2023, today.getYear()}) {
                int months = year == today.getYear() ? today.getMonthValue() - 1 : 12;
                for (int month = 1; month <= months; month += 1 + random.nextInt(2)) {
                    int t = random.nextInt(TOPICS.length);
                    LocalDateTime at = LocalDateTime.of(year, month, 5 + random.nextInt(20), 9, 0);
                    long session = session(town, t == 2 ? SessionKind.VOLUNTEER_TRAINING : SessionKind.STUDY,
                            TOPICS[t] + "（演示）", at, String.format("G%03d%04d", town.town().id() % 1000, n++));
                    for (VolunteerSummary elder : elders) {
                        if (random.nextInt(10) < 4 + town.units().size() % 4) {
                            attendance.add(new Object[]{session, elder.id(), elder.name(), elder.organizationId(),
                                elder.organizationPath(), Timestamp.valueOf(at.plusMinutes(random.nextInt(20)))});
                        }
                    }
                }
            }
            jdbc.batchUpdate("""
                    INSERT INTO attendance (study_session_id, volunteer_id, volunteer_name, organization_id,
                        organization_path, method, recorded_by, checked_in_at)
                    VALUES (?, ?, ?, ?, ?, 'ROLL_CALL', 'demo', ?)""", attendance);
        }
    }

    private long session(DemoTowns.Town town, SessionKind kind, String topic, LocalDateTime at, String code) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO study_session (organization_id, organization_path, kind, topic, mode, starts_at, hours,
                        organizer, place, check_in_code, version, created_at)
                    VALUES (?, ?, ?, ?, 'OFFLINE', ?, 2, ?, '镇政府会议室', ?, 0, ?)""", new String[]{"id"});
            statement.setLong(1, town.town().id());
            statement.setString(2, town.town().path());
            statement.setString(3, kind.name());
            statement.setString(4, topic);
            statement.setTimestamp(5, Timestamp.valueOf(at));
            statement.setString(6, town.town().name());
            statement.setString(7, code);
            statement.setTimestamp(8, Timestamp.valueOf(at.minusDays(7)));
            return statement;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }
}
