package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.carenext.CareNextApplication;
import com.carenext.support.PostgresDatabase;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two CareNext instances (two application contexts in this JVM) on one PostgreSQL database, behind a real HAProxy
 * started with the committed {@code ops/haproxy.cfg}: round robin, no sticky sessions, so consecutive requests go to
 * different instances (each answer names its instance in {@code X-CareNext-Instance}, set by HAProxy) and every rule
 * below holds only because its state is in the database: a session signed in on one instance is valid on the other,
 * failed sign-ins on both count toward one lockout, one {@code Idempotency-Key} makes one record, a token made on one
 * works on the other and its revocation too, and a job triggered on both at once runs once. The instances are
 * started at the same time on an empty database, as a deployment's first start would be.
 *
 * <p>Skipped without HAProxy on this machine; under {@code CI=true} a missing HAProxy fails the build (.ci/run
 * installs it).
 */
class TwoInstancesPostgresTests {

    private static final String ADMIN_PASSWORD = "Test-Root-2026";
    private static final String OFFICE_PASSWORD = "Cluster-Lb-2026";
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("\"oneTimePassword\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static PostgresDatabase.Database database;
    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private static Process haproxy;
    private static URI balancer;
    private static JdbcClient jdbc;
    private static long rootId;

    private record Answer(int status, String body, String instance, HttpResponse<String> response) {
    }

    @BeforeAll
    static void startTwoInstancesAndTheBalancer() throws Exception {
        Optional<Path> binary = haproxyBinary();
        if (binary.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("HAProxy is required under CI=true: apt-get install haproxy");
        }
        assumeTrue(binary.isPresent(), "HAProxy not installed: two-instance test skipped on this machine");
        database = PostgresDatabase.create();
        // Both at once on the empty database: the migration and the start-up tasks must take turns. The second
        // starts once the first has set up logging (Logback's set-up is not safe for two at once in one JVM).
        CountDownLatch firstPrepared = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() ->
                start("app1", firstPrepared));
        CompletableFuture.anyOf(first, CompletableFuture.runAsync(() -> await(firstPrepared))).get(180, TimeUnit.SECONDS);
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() ->
                start("app2", new CountDownLatch(1)));
        instances.add(first.get(180, TimeUnit.SECONDS));
        instances.add(second.get(180, TimeUnit.SECONDS));
        jdbc = instances.get(0).getBean(JdbcClient.class);
        rootId = jdbc.sql("SELECT id FROM organization WHERE parent_id IS NULL").query(Long.class).single();

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "haproxy-two-instances.log");
        ProcessBuilder builder = new ProcessBuilder(binary.get().toString(), "-db", "-f", "ops/haproxy.cfg")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CARENEXT_LB_BIND", "127.0.0.1:" + port);
        builder.environment().put("CARENEXT_APP1", "127.0.0.1:" + port(instances.get(0)));
        builder.environment().put("CARENEXT_APP2", "127.0.0.1:" + port(instances.get(1)));
        haproxy = builder.start();
        balancer = URI.create("http://127.0.0.1:" + port);
        awaitBothInstancesBehindTheBalancer(log);
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void startedTogetherOnAnEmptyDatabaseTheyCreatedTheFirstAccountsAndTheRootOnce() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization WHERE parent_id IS NULL").query(Integer.class).single())
                .isOne();
        assertThat(jdbc.sql("SELECT username FROM app_user WHERE username IN ('admin', 'office') ORDER BY username")
                .query(String.class).list()).containsExactly("admin", "office");
    }

    @Test
    void aSessionSignedInOnOneInstanceIsValidOnTheOther() throws Exception {
        HttpClient person = client();
        Answer loginPage = send(person, get("/login"));
        assertThat(loginPage.status()).isEqualTo(200);
        String csrf = Jsoup.parse(loginPage.body()).selectFirst("input[name=_csrf]").attr("value");
        // The CSRF token was kept in the session the first instance created: the second one finds it.
        Answer signIn = send(person, form("/login", "username", "office", "password", OFFICE_PASSWORD, "_csrf", csrf));
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(location(signIn)).as("signed in, not sent back to /login?error").isEqualTo("/");
        Answer page = send(person, get("/organizations"));
        Answer again = send(person, get("/organizations"));
        assertThat(List.of(page.status(), again.status())).containsExactly(200, 200);
        assertAlternate(loginPage, signIn, page, again);

        String pageCsrf = Jsoup.parse(again.body()).selectFirst("meta[name=_csrf]").attr("content");
        Answer signOut = send(person, form("/logout", "_csrf", pageCsrf));
        assertThat(signOut.status()).isEqualTo(302);
        Answer afterwards = send(person, get("/organizations"));
        Answer afterwardsAgain = send(person, get("/organizations"));
        assertThat(location(afterwards)).isEqualTo("/login");
        assertThat(location(afterwardsAgain)).isEqualTo("/login");
        assertAlternate(signOut, afterwards, afterwardsAgain);
    }

    @Test
    void failedSignInsOnBothInstancesCountTowardOneLockout() throws Exception {
        HttpClient script = client();
        String username = "lock_" + UUID.randomUUID().toString().substring(0, 8);
        Answer created = send(script, json("POST", "/api/v1/users", basic("admin", ADMIN_PASSWORD), """
                {"username":"%s","displayName":"锁定测试","organizationId":%d,"roles":["LEADER"],"enabled":true}"""
                .formatted(username, rootId)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String password = group(ONE_TIME_PASSWORD, created.body());
        Answer signedIn = send(script, get("/api/v1/organizations").header("Authorization", basic(username, password)));
        assertThat(signedIn.status()).as("the right password, before the failures").isNotEqualTo(401);
        int lockAfter = 5; // carenext.security.lockout.max-failures

        List<Answer> failures = new ArrayList<>();
        for (int i = 0; i < lockAfter; i++) {
            failures.add(send(script, get("/api/v1/organizations").header("Authorization", basic(username, "Wrong-" + i))));
        }
        assertThat(failures).extracting(Answer::status).containsOnly(401);
        assertAlternate(failures.toArray(Answer[]::new));
        // Neither instance saw five failures by itself; together they did, and both refuse the right password now.
        Answer locked = send(script, get("/api/v1/organizations").header("Authorization", basic(username, password)));
        Answer lockedToo = send(script, get("/api/v1/organizations").header("Authorization", basic(username, password)));
        assertThat(List.of(locked.status(), lockedToo.status())).containsExactly(401, 401);
        assertAlternate(locked, lockedToo);
        assertThat(jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = :u").param("u", username)
                .query(Integer.class).single()).isEqualTo(lockAfter);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u AND locked_until IS NOT NULL")
                .param("u", username).query(Integer.class).single()).isOne();
    }

    @Test
    void oneIdempotencyKeyMakesOneRecordWhicheverInstanceAnswers() throws Exception {
        HttpClient phone = client();
        String office = basic("office", OFFICE_PASSWORD);
        String name = "集群幂等" + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"name\":\"%s\",\"type\":\"VILLAGE_COMMITTEE\",\"parentId\":%d}".formatted(name, rootId);
        String key = UUID.randomUUID().toString();
        Answer first = send(phone, json("POST", "/api/v1/organizations", office, body).header("Idempotency-Key", key));
        Answer retry = send(phone, json("POST", "/api/v1/organizations", office, body).header("Idempotency-Key", key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.response().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.response().headers().firstValue("Location"))
                .isEqualTo(first.response().headers().firstValue("Location"));
        assertAlternate(first, retry);
        assertThat(count(name)).isOne();

        // Sent at the same moment, one to each instance: still one record.
        String together = name + "同时";
        String togetherBody = body.replace(name, together);
        String togetherKey = UUID.randomUUID().toString();
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<CompletableFuture<Answer>> both = Stream.of(1, 2).map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                barrier.await(10, TimeUnit.SECONDS);
                return send(phone, json("POST", "/api/v1/organizations", office, togetherBody)
                        .header("Idempotency-Key", togetherKey));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        List<Answer> answers = both.stream().map(CompletableFuture::join).toList();
        assertThat(answers).extracting(Answer::status).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(answers).extracting(Answer::instance).doesNotHaveDuplicates();
        assertThat(count(together)).isOne();
    }

    @Test
    void aTokenMadeOnOneInstanceWorksOnTheOtherAndItsRevocationToo() throws Exception {
        HttpClient device = client();
        String office = basic("office", OFFICE_PASSWORD);
        LocalDate expires = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        Answer created = send(device, json("POST", "/api/v1/tokens", office,
                "{\"name\":\"集群令牌\",\"expiresOn\":\"" + expires + "\"}"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String bearer = "Bearer " + group(TOKEN, created.body());
        long tokenId = Long.parseLong(group(ID, created.body()));

        Answer used = send(device, get("/api/v1/organizations").header("Authorization", bearer));
        Answer usedAgain = send(device, get("/api/v1/organizations").header("Authorization", bearer));
        assertThat(List.of(used.status(), usedAgain.status())).containsExactly(200, 200);
        assertAlternate(used, usedAgain);

        Answer revoked = send(device, HttpRequest.newBuilder(balancer.resolve("/api/v1/tokens/" + tokenId))
                .header("Authorization", office).header("Accept", "application/json").DELETE());
        assertThat(revoked.status()).isEqualTo(204);
        Answer refused = send(device, get("/api/v1/organizations").header("Authorization", bearer));
        Answer refusedToo = send(device, get("/api/v1/organizations").header("Authorization", bearer));
        assertThat(List.of(refused.status(), refusedToo.status())).containsExactly(401, 401);
        assertAlternate(revoked, refused, refusedToo);
    }

    @Test
    void theSpentTokensPurgeTriggeredOnBothInstancesAtOnceRunsOnce() throws Exception {
        LocalDateTime old = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO used_form_token (token, username, used_at) VALUES (:t, 'cluster', :at)")
                    .param("t", UUID.randomUUID().toString()).param("at", Timestamp.valueOf(old)).update();
        }
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<CompletableFuture<Optional<Integer>>> runs = instances.stream()
                .map(instance -> CompletableFuture.supplyAsync(() -> {
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return instance.getBean(SpentTokens.class).purge();
                })).toList();
        List<Optional<Integer>> results = runs.stream().map(CompletableFuture::join).toList();
        assertThat(results).as("runs of the purge (a number) and skipped turns (empty)")
                .filteredOn(Optional::isPresent).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM used_form_token WHERE username = 'cluster'")
                .query(Integer.class).single()).isZero();
    }

    private static ConfigurableApplicationContext start(String name, CountDownLatch prepared) {
        SpringApplication application = new SpringApplication(CareNextApplication.class);
        application.setRegisterShutdownHook(false);
        application.addListeners(event -> {
            if (event instanceof ApplicationPreparedEvent) {
                prepared.countDown();
            }
        });
        return application.run("--server.port=0", "--spring.profiles.active=test",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--spring.datasource.hikari.pool-name=" + name,
                "--carenext.admin.password=" + ADMIN_PASSWORD,
                "--carenext.office.password=" + OFFICE_PASSWORD);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int port(ConfigurableApplicationContext instance) {
        return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** Both instances answer through the balancer (HAProxy checks their readiness every second). */
    private static void awaitBothInstancesBehindTheBalancer(Path log) throws Exception {
        HttpClient client = client();
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("HAProxy stopped: " + Files.readString(log));
            }
            try {
                Answer answer = send(client, get("/actuator/health/readiness"));
                if (answer.status() == 200 && answer.instance() != null) {
                    seen.add(answer.instance());
                }
            } catch (IOException notYet) {
                // the balancer is still binding its port
            }
            Thread.sleep(50);
        }
        assertThat(seen).as("instances answering through HAProxy").containsExactlyInAnyOrder("app1", "app2");
    }

    /** Round robin without stickiness: each of these consecutive answers came from the other instance. */
    private static void assertAlternate(Answer... answers) {
        for (int i = 1; i < answers.length; i++) {
            assertThat(answers[i].instance()).as("instance of answer %d", i).isNotNull()
                    .isNotEqualTo(answers[i - 1].instance());
        }
    }

    private static int count(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM organization WHERE name = :name").param("name", name)
                .query(Integer.class).single();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(balancer.resolve(path)).header("Accept", "application/json, text/html").GET();
    }

    private static HttpRequest.Builder json(String method, String path, String authorization, String body) {
        return HttpRequest.newBuilder(balancer.resolve(path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder form(String path, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(balancer.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static Answer send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("X-CareNext-Instance").orElse(null), response);
    }

    /** Where a redirect points, as a path (Spring Security answers absolute URLs behind the balancer). */
    private static String location(Answer answer) {
        URI target = URI.create(answer.response().headers().firstValue("Location").orElseThrow());
        return target.getRawQuery() == null ? target.getPath() : target.getPath() + "?" + target.getRawQuery();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private static Optional<Path> haproxyBinary() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "haproxy")).filter(Files::isExecutable).findFirst();
    }
}
