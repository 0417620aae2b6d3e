package com.carenext.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A real PostgreSQL server stopped in the middle of writes: every answer comes within 5 s (a 503 in Chinese, never a
 * hang, a 500 or "请先登录"), every confirmed write is there afterwards and none twice, and the first request after
 * the server is back succeeds without restarting the application.
 */
@CareNextTest
class DatabaseOutagePostgresTests {

    private static final long LIMIT_MILLIS = 5_000;
    private static final Path DATA;
    private static final int PORT;
    private static EmbeddedPostgres server;

    static {
        try {
            DATA = Files.createTempDirectory("outage-pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                PORT = socket.getLocalPort();
            }
            server = start();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anOutageIsAnsweredQuicklyAndLosesOrDoublesNothing() throws Exception {
        var town = fixtures.town();
        RequestPostProcessor office = Fixtures.login(mvc, town.office().username());
        Map<String, Integer> confirmed = new ConcurrentHashMap<>();
        List<String> slow = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        AtomicBoolean down = new AtomicBoolean();
        int failedDuringOutage = 0;
        // The first request of a fresh context warms the JIT and the pool: only the answers around the outage count.
        mvc.perform(post("/api/v1/organizations").with(office).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"断库预热" + town.town().id() + "\",\"type\":\"VILLAGE_COMMITTEE\",\"parentId\":"
                        + town.town().id() + "}"));
        // Writes before, during and after the outage; each write during it waits for a connection in vain
        // (Hikari's 2.5 s timeout), so a handful proves the answer without making the suite wait a minute.
        for (int i = 0; i < 40; i++) {
            if (i == 20) {
                server.close();
                down.set(true);
            }
            if (i == 25) {
                server = start();
                down.set(false);
                // Hikari refills an emptied pool in the background, backing off at most its connection timeout
                // (2.5 s) between tries: the database counts as back once that retry had its chance.
                Thread.sleep(3_000);
            }
            String name = "断库测试" + town.town().id() + "-" + i;
            long started = System.nanoTime();
            MvcResult result = mvc.perform(post("/api/v1/organizations").with(office).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"" + name + "\",\"type\":\"VILLAGE_COMMITTEE\",\"parentId\":"
                            + town.town().id() + "}")).andReturn();
            long millis = (System.nanoTime() - started) / 1_000_000;
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getContentAsString();
            if (millis > LIMIT_MILLIS) {
                slow.add(i + ": " + millis + " ms");
            }
            if (status == 201) {
                confirmed.merge(name, 1, Integer::sum);
            } else if (status == 503 && body.contains("系统暂时不可用")) {
                failedDuringOutage++;
            } else {
                wrong.add(i + ": " + status + " " + body);
            }
            if (i == 25) {
                assertThat(status).as("the first request after the database is back").isEqualTo(201);
            }
        }
        MvcResult page = mvc.perform(get("/").with(office)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(slow).as("answers slower than 5 s").isEmpty();
        assertThat(wrong).as("answers other than 201 or a Chinese 503").isEmpty();
        assertThat(failedDuringOutage).isEqualTo(5);
        assertThat(confirmed).hasSize(35);
        for (String name : confirmed.keySet()) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM organization WHERE name = :name").param("name", name)
                    .query(Integer.class).single()).as(name).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization WHERE name LIKE :prefix")
                .param("prefix", "断库测试" + town.town().id() + "-%").query(Integer.class).single()).isEqualTo(35);
    }

    @Test
    void aPageDuringAnOutageIsTheChineseUnavailablePage() throws Exception {
        var town = fixtures.town();
        RequestPostProcessor office = Fixtures.login(mvc, town.office().username());
        server.close();
        try {
            long started = System.nanoTime();
            MvcResult page = mvc.perform(get("/organizations").with(office)).andReturn();
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(LIMIT_MILLIS);
            assertThat(page.getResponse().getStatus()).isEqualTo(503);
            assertThat(page.getResponse().getContentAsString()).contains("系统暂时不可用").doesNotContain("请先登录");
        } finally {
            server = start();
        }
        assertThat(mvc.perform(get("/organizations").with(office)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setPort(PORT).setDataDirectory(DATA).setCleanDataDirectory(false).start();
    }
}
