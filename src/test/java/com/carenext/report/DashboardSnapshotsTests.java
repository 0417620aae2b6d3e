package com.carenext.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.support.Banners;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.github.benmanes.caffeine.cache.Ticker;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A banner's dashboard is kept a few minutes and says as of when; a town's is counted for every request; a kept one
 * is shown only to whom may see the banner, and counted again after the interval.
 */
@CareNextTest
class DashboardSnapshotsTests {

    private static final int YEAR = 2025;

    @Autowired
    Banners banners;
    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Activities activities;
    @Autowired
    Dashboard dashboard;

    Banners.Banner banner;

    @BeforeEach
    void banner() {
        banner = banners.banner(YEAR);
    }

    @Test
    void aBannersDashboardIsKeptAndSaysAsOfWhenWhileATownsIsCountedForEveryRequest() throws Exception {
        String first = dashboardJson(banner.leader().username());
        assertThat(JsonPath.<Integer>read(first, "$.activities.total.value")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(first, "$.refreshSeconds")).isEqualTo(3600); // the tests' setting
        assertThat(JsonPath.<String>read(first, "$.computedAt")).isNotBlank();

        oneMoreActivity();

        String kept = dashboardJson(banner.leader().username());
        assertThat(JsonPath.<Integer>read(kept, "$.activities.total.value")).isEqualTo(3);
        assertThat(JsonPath.<String>read(kept, "$.computedAt")).isEqualTo(JsonPath.read(first, "$.computedAt"));
        String town = dashboardJson(banner.eastOffice().username());
        assertThat(JsonPath.<Integer>read(town, "$.activities.total.value")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(town, "$.refreshSeconds")).isZero();

        Document bannerPage = page(banner.leader().username());
        assertThat(bannerPage.select("#dashboard-as-of").text()).startsWith("统计截至 " + asWritten(first))
                .contains("每 60 分钟更新");
        assertThat(page(banner.eastOffice().username()).select("#dashboard-as-of")).isEmpty();
    }

    @Test
    void aKeptDashboardIsShownOnlyToWhoMaySeeTheBanner() throws Exception {
        dashboardJson(banner.leader().username());
        mvc.perform(get("/api/v1/dashboard").param("organizationId", String.valueOf(banner.banner().id()))
                        .param("year", String.valueOf(YEAR))
                        .with(Fixtures.login(mvc, banner.eastOffice().username())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").param("organizationId", String.valueOf(banner.banner().id()))
                        .param("year", String.valueOf(YEAR))
                        .with(Fixtures.login(mvc, banner.westOffice().username())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aKeptDashboardIsCountedAgainInTheBackgroundAndAnUnviewedOneIsLetGo() {
        AtomicLong nanos = new AtomicLong();
        Ticker ticker = nanos::get;
        List<Runnable> background = new ArrayList<>();
        DashboardSnapshots snapshots = new DashboardSnapshots(dashboard, organizations, Duration.ofMinutes(10),
                ticker, background::add);
        Actor leader = Fixtures.actor(banner.leader(), banner.banner());
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(activitiesShown(snapshots, leader)).isEqualTo(3);
            oneMoreActivity();
            nanos.addAndGet(Duration.ofMinutes(9).toNanos());
            assertThat(activitiesShown(snapshots, leader)).isEqualTo(3);

            // past the interval: the view that notices it answers at once with what was kept, and has it counted
            // again in the background; the views after that show the new count
            nanos.addAndGet(Duration.ofMinutes(2).toNanos());
            assertThat(activitiesShown(snapshots, leader)).isEqualTo(3);
            runAll(background);
            assertThat(activitiesShown(snapshots, leader)).isEqualTo(4);

            // every interval, the kept dashboards are counted again without waiting for a view
            oneMoreActivity();
            snapshots.recountViewed();
            runAll(background);
            assertThat(activitiesShown(snapshots, leader)).isEqualTo(5);

            // not viewed in a day: let go, so the next view is counted for itself and shows nothing old
            oneMoreActivity();
            nanos.addAndGet(DashboardSnapshots.KEPT_UNVIEWED.plusMinutes(1).toNanos());
            assertThat(activitiesShown(snapshots, leader)).isEqualTo(6);

            // another language is another snapshot: the labels are the viewer's
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(snapshots.figures(leader, null, YEAR).activities().total().label()).isEqualTo("Activities");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** What the refreshing thread (and the cache's own upkeep) would run. */
    private static void runAll(List<Runnable> background) {
        assertThat(background).isNotEmpty();
        while (!background.isEmpty()) {
            background.remove(0).run();
        }
    }

    private static long activitiesShown(DashboardSnapshots snapshots, Actor leader) {
        return snapshots.figures(leader, null, YEAR).activities().total().value();
    }

    private void oneMoreActivity() {
        activities.record(Fixtures.actor(banner.eastOffice(), banner.east()), new ActivityDraft(
                banner.eastVillage().id(), ActivityType.LEGAL_EDUCATION, "家长课堂", LocalDateTime.of(YEAR, 6, 1, 9, 0),
                "小学", List.of(), List.of(), 20, 0, 0, null, null, null, null));
    }

    private String dashboardJson(String username) throws Exception {
        return mvc.perform(get("/api/v1/dashboard").param("year", String.valueOf(YEAR))
                        .with(Fixtures.login(mvc, username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private Document page(String username) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").param("year", String.valueOf(YEAR))
                        .with(Fixtures.login(mvc, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The computed time as the page writes it (yyyy-MM-dd HH:mm). */
    private static String asWritten(String json) {
        return JsonPath.<String>read(json, "$.computedAt").substring(0, 16).replace('T', ' ');
    }
}
