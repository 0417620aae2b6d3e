package com.carenext.volunteer;

import com.carenext.support.DemoTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo loads a few dozen 五老 across 乌审召镇's 嘎查村 and a year of study with attendance (the generated towns
 * beside it, marked 演示, have their own and are left out here).
 */
@DemoTest
class VolunteerDemoTests {

    private static final String IN_TOWN = "organization_id IN (SELECT o.id FROM organization o WHERE o.path LIKE "
            + "(SELECT t.path FROM organization t WHERE t.name = '乌审召镇关工委') || '%')";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasVolunteersSessionsAndAttendance() {
        assertThat(count("SELECT COUNT(*) FROM volunteer WHERE " + IN_TOWN)).isBetween(30, 40);
        assertThat(count("SELECT COUNT(DISTINCT organization_id) FROM volunteer WHERE " + IN_TOWN)).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM study_session WHERE " + IN_TOWN))
                .as("the last twelve months and 2023").isEqualTo(24);
        assertThat(count("SELECT COUNT(*) FROM attendance WHERE " + IN_TOWN)).isGreaterThan(150);
        assertThat(count("SELECT COUNT(*) FROM service_hour WHERE status = 'APPROVED' AND " + IN_TOWN))
                .isGreaterThan(20);
        assertThat(count("SELECT COUNT(*) FROM volunteer WHERE user_id IS NOT NULL AND " + IN_TOWN)).isEqualTo(1);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
