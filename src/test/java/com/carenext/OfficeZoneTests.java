package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.security.UserView;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * DESIGN.md §5 "every time is shown and compared in the office's zone, never the server's": the whole application
 * runs here in a JVM whose default zone is UTC (as on most servers), on a fixed clock at 16:30 UTC, which is already
 * 00:30 of the next day in the office (Asia/Shanghai). Pages must show the office's date and time, and a study
 * session entered for the office's "now" must accept check-in.
 */
@CareNextTest
@Import(OfficeZoneTests.FixedClock.class)
class OfficeZoneTests {

    static final Instant NOW = Instant.parse("2026-07-01T16:30:00Z");
    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private static TimeZone before;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedOfficeClock() {
            return Clock.fixed(NOW, OFFICE);
        }
    }

    @BeforeAll
    static void serverInUtc() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        // H2 caches the JVM's zone when first loaded; a server started in UTC would have cached UTC
        org.h2.util.DateTimeUtils.resetCalendar();
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(before);
        org.h2.util.DateTimeUtils.resetCalendar();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("UTC"));
        world = fixtures.town();
    }

    @Test
    void aStudySessionEnteredForTheOfficesNowAcceptsCheckInOnAUtcServer() throws Exception {
        UserView account = fixtures.user("utc" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("其其格", world.villageA().id(), LocalDate.of(1951, 2, 3), account.id()));
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        // the form proposes the office's date (2 July), not the server's (1 July)
        assertThat(mvc.perform(get("/study-sessions/new").with(manager)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("2026-07-02T09:00").doesNotContain("2026-07-01T09:00");
        // the organizer enters the session for "now" as the office's clock shows it: 00:30 on 2 July
        var created = mvc.perform(post("/study-sessions").with(manager).with(csrf())
                        .param("organizationId", String.valueOf(world.villageA().id())).param("kind", "STUDY")
                        .param("topic", "深夜学习").param("mode", "OFFLINE").param("startsAt", "2026-07-02T00:30")
                        .param("hours", "2").param("organizer", "王老师").param("place", "村委会"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Object[] args = (Object[]) created.getFlashMap().get("successArgs");
        String code = String.valueOf(args[0]);
        RequestPostProcessor phone = Fixtures.login(mvc, account.username());
        mvc.perform(post("/study/check-in").with(phone).with(csrf()).param("code", code))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "study.checkIn.done"));
    }

    @Test
    void theAuditTrailShowsTheOfficesTimeOnAUtcServer() throws Exception {
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        mvc.perform(post("/organizations").with(office).with(csrf()).param("name", "零点小学")
                        .param("type", "SCHOOL").param("parentId", String.valueOf(world.villageA().id()))
                        .param("sortOrder", "0"))
                .andExpect(status().is3xxRedirection());
        RequestPostProcessor auditor = Fixtures.login(mvc, world.auditor().username());
        String page = mvc.perform(get("/audit").param("username", world.office().username()).with(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher shown = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}").matcher(page);
        assertThat(shown.find()).as("the audit page shows a time").isTrue();
        assertThat(shown.group()).isEqualTo("2026-07-02 00:30:00");
        assertThat(page).doesNotContain("2026-07-01 16:30");
    }
}
