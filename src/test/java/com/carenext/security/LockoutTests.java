package com.carenext.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The lockout holds when guesses arrive at once: each attempt is counted under a row lock before its password is
 * checked, so at most five are ever checked; and one client address cannot spray guesses over many accounts.
 */
@CareNextTest
class LockoutTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fortyParallelGuessesGetAtMostFiveCheckedAndTheRightPasswordIsThenRefused() throws Exception {
        Fixtures.Town world = fixtures.town();
        String username = world.managerA().username();
        RequestPostProcessor from = address();
        int burst = 40;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < burst; i++) {
                String guess = "Wrong-Guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(get("/api/v1/organizations").with(httpBasic(username, guess)).with(from))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, Fixtures.PASSWORD)).with(from))
                .andExpect(status().isUnauthorized());

        assertThat(checkedGuesses(username)).as("passwords checked in the burst: the first five, then locked").isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE username = :u AND action = 'Login.failure'")
                .param("u", username).query(Integer.class).single()).isEqualTo(burst + 1);
    }

    @Test
    void oneAddressSprayingGuessesOverManyAccountsIsThrottledAndOthersAreNot() throws Exception {
        Fixtures.Town world = fixtures.town();
        RequestPostProcessor sprayer = address();
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/api/v1/organizations").with(httpBasic("nobody" + i + "x" + world.town().id(), "Guess-1234"))
                    .with(sprayer)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/organizations").with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                .with(sprayer)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organizations").with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                .with(address())).andExpect(status().isOk());
    }

    @Test
    void aSuccessfulLoginWritesTheAccountOnlyWhenSomethingChanged() throws Exception {
        Fixtures.Town world = fixtures.town();
        String username = world.leader().username();
        Instant recent = Instant.now().minus(20, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("UPDATE app_user SET last_login_at = :t, failed_attempts = 0, locked_until = NULL WHERE username = :u")
                .param("t", Timestamp.from(recent)).param("u", username).update();
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(lastLogin(username)).as("last login within the minute is not rewritten").isEqualTo(recent);

        Instant old = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("UPDATE app_user SET last_login_at = :t, failed_attempts = 2 WHERE username = :u")
                .param("t", Timestamp.from(old)).param("u", username).update();
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(lastLogin(username)).isAfter(old);
        assertThat(jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = :u").param("u", username)
                .query(Integer.class).single()).isZero();
    }

    private int checkedGuesses(String username) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM audit_event
                        WHERE username = :u AND action = 'Login.failure' AND detail = 'BadCredentialsException'""")
                .param("u", username).query(Integer.class).single();
    }

    private Instant lastLogin(String username) {
        return jdbc.sql("SELECT last_login_at FROM app_user WHERE username = :u").param("u", username)
                .query(Timestamp.class).single().toInstant();
    }

    /** A client address of its own, so that the tests sharing a context never share an address's count. */
    private static RequestPostProcessor address() {
        String address = "10.77." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
