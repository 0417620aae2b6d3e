package com.carenext.volunteer;

import com.carenext.support.DemoTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo loads a few dozen 五老 across the 嘎查村 and a year of study with attendance. */
@DemoTest
class VolunteerDemoTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasVolunteersSessionsAndAttendance() {
        assertThat(count("SELECT COUNT(*) FROM volunteer")).isBetween(30, 40);
        assertThat(count("SELECT COUNT(DISTINCT organization_id) FROM volunteer")).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM study_session")).as("the last twelve months and 2023").isEqualTo(24);
        assertThat(count("SELECT COUNT(*) FROM attendance")).isGreaterThan(150);
        assertThat(count("SELECT COUNT(*) FROM service_hour WHERE status = 'APPROVED'")).isGreaterThan(20);
        assertThat(count("SELECT COUNT(*) FROM volunteer WHERE user_id IS NOT NULL")).isEqualTo(1);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
