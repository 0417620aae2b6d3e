package com.carenext.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 等保 mode: with {@code carenext.security.password.max-age=90d} a password older than 90 days must be changed. The
 * test profile sets it for every context (application-test.properties), so this runs in the shared one.
 */
@CareNextTest
class PasswordAgeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasswordOlderThanNinetyDaysMustBeChangedAtSignIn() throws Exception {
        Fixtures.Town world = fixtures.town();
        String username = world.managerA().username();
        age(username, Duration.ofDays(89));
        mvc.perform(get("/organizations").with(Fixtures.login(mvc, username))).andExpect(status().isOk());

        age(username, Duration.ofDays(91));
        var session = Fixtures.login(mvc, username);
        mvc.perform(get("/organizations").with(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("超过 90 天")));
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").with(session).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "Steppe-Horse-Ride-7").param("confirmPassword", "Steppe-Horse-Ride-7"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/organizations").with(session)).andExpect(status().isOk());
    }

    private void age(String username, Duration age) {
        jdbc.sql("UPDATE app_user SET password_changed_at = :t WHERE username = :u")
                .param("t", Timestamp.from(Instant.now().minus(age))).param("u", username).update();
    }
}
