package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.security.UserView;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.Volunteers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * DESIGN.md §5: a form or API create sent twice (double tap, flaky signal, retry) creates one record. Before, 20
 * identical posts to /activities made 20 activities and 20 service-hour posts made 20 entries.
 */
@CareNextTest
class NoDoubleRecordTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    /** The one-time token of the form that posts to {@code action}, as the browser got it. */
    private String formToken(RequestPostProcessor user, String page, String action) throws Exception {
        String html = mvc.perform(get(page).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher form = Pattern.compile("<form[^>]*action=\"" + Pattern.quote(action)
                + "\"[^>]*>.*?name=\"_formToken\" value=\"(\\w+)\"", Pattern.DOTALL).matcher(html);
        assertThat(form.find()).as("the form posting to %s carries a one-time token", action).isTrue();
        return form.group(1);
    }

    private int count(String table, String column, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :id").param("id", id)
                .query(Integer.class).single();
    }

    @Test
    void twentyIdenticalPostsOfTheActivityFormMakeOneActivityAndAllLeadToIt() throws Exception {
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        String token = formToken(manager, "/activities/new", "/activities");
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            MockHttpServletResponse answer = mvc.perform(post("/activities").with(manager).with(csrf())
                            .param("_formToken", token)
                            .param("organizationId", String.valueOf(world.villageA().id()))
                            .param("type", "LEGAL_EDUCATION").param("title", "普法进校园")
                            .param("startsAt", "2026-06-01T09:00").param("youths", "40").param("parents", "0")
                            .param("others", "0"))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse();
            locations.add(answer.getRedirectedUrl());
        }
        assertThat(count("activity", "organization_id", world.villageA().id())).isEqualTo(1);
        assertThat(locations).as("every resend shows the first result").containsOnly(locations.get(0));
    }

    @Test
    void aRefusedFormGivesItsTokenBackSoTheCorrectedFormSaves() throws Exception {
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        String token = formToken(manager, "/activities/new", "/activities");
        mvc.perform(post("/activities").with(manager).with(csrf()).param("_formToken", token).param("title", ""))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/activities").with(manager).with(csrf()).param("_formToken", token)
                        .param("organizationId", String.valueOf(world.villageA().id()))
                        .param("type", "LEGAL_EDUCATION").param("title", "改正后的普法讲座")
                        .param("startsAt", "2026-06-01T09:00").param("youths", "40").param("parents", "0")
                        .param("others", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("activity", "organization_id", world.villageA().id())).isEqualTo(1);
    }

    private UserView volunteerWithAccount() {
        UserView account = fixtures.user("twice" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        volunteers.register(world.managerAActor(), com.carenext.volunteer.VolunteerTestData.draft("巴特尔",
                world.villageA().id(), LocalDate.of(1950, 3, 4), account.id()));
        return account;
    }

    private long volunteerId(UserView account) {
        return jdbc.sql("SELECT id FROM volunteer WHERE user_id = :u").param("u", account.id()).query(Long.class)
                .single();
    }

    @Test
    void twentyIdenticalServiceHourPostsMakeOneEntry() throws Exception {
        UserView account = volunteerWithAccount();
        RequestPostProcessor phone = Fixtures.login(mvc, account.username());
        String token = formToken(phone, "/my/hours", "/my/hours");
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/my/hours").with(phone).with(csrf()).param("_formToken", token)
                            .param("servedOn", LocalDate.now().minusDays(1).toString())
                            .param("description", "河边劝导").param("hours", "2"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(count("service_hour", "volunteer_id", volunteerId(account))).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeySentConcurrentlyMakesOneRecordAndAnotherBodyIsAConflict() throws Exception {
        UserView account = volunteerWithAccount();
        String body = "{\"servedOn\":\"" + LocalDate.now().minusDays(1) + "\",\"description\":\"宣讲\",\"hours\":1.5}";
        int senders = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<Integer>> answers = new ArrayList<>();
        Callable<Integer> send = () -> {
            start.await();
            return mvc.perform(post("/api/v1/service-hours").with(httpBasic(account.username(), Fixtures.PASSWORD))
                    .header("Idempotency-Key", "retry-1").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn().getResponse().getStatus();
        };
        for (int i = 0; i < senders; i++) {
            answers.add(pool.submit(send));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(count("service_hour", "volunteer_id", volunteerId(account))).isEqualTo(1);
        // a later retry with the same key and body gets the first answer again, and still one record
        var replay = mvc.perform(post("/api/v1/service-hours").with(httpBasic(account.username(), Fixtures.PASSWORD))
                        .header("Idempotency-Key", "retry-1").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse();
        assertThat(replay.getContentAsString()).contains("宣讲");
        assertThat(count("service_hour", "volunteer_id", volunteerId(account))).isEqualTo(1);
        // the same key with another body is a conflict
        mvc.perform(post("/api/v1/service-hours").with(httpBasic(account.username(), Fixtures.PASSWORD))
                        .header("Idempotency-Key", "retry-1").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("宣讲", "别的事")))
                .andExpect(status().isConflict());
        assertThat(count("service_hour", "volunteer_id", volunteerId(account))).isEqualTo(1);
    }
}
