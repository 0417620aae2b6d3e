package com.carenext.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.DemoTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The demo's banner: wsq_leader compares 乌审召镇 with the two generated towns, each with figures of 2023. */
@DemoTest
class BannerDemoTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theBannerLeaderComparesThreeTownsWithFiguresIn2023() throws Exception {
        MvcResult login = mvc.perform(post("/login").param("username", "wsq_leader")
                .param("password", DemoTest.PASSWORD).with(csrf())).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).as("wsq_leader signs in with the demo password").isNotNull();
        String json = mvc.perform(get("/api/v1/dashboard").param("year", "2023").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.organizationName")).isEqualTo("乌审旗关工委");
        List<Map<String, Object>> units = JsonPath.read(json, "$.units");
        assertThat(units).extracting(u -> u.get("name"))
                .contains("乌审召镇关工委", "嘎鲁图镇关工委（演示）", "图克镇关工委（演示）");
        for (Map<String, Object> unit : units) {
            assertThat(JsonPath.<Integer>read(unit, "$.activities.value")).as(unit.get("name") + " activities")
                    .isPositive();
            assertThat(JsonPath.<Integer>read(unit, "$.adopted.value")).as(unit.get("name") + " articles")
                    .isPositive();
            assertThat(JsonPath.<Integer>read(unit, "$.attendance.value")).as(unit.get("name") + " attendance")
                    .isPositive();
            assertThat((Integer) unit.get("planCompletion")).as(unit.get("name") + " plan").isNotNull();
            assertThat(JsonPath.<Integer>read(unit, "$.coveragePercent.value")).as(unit.get("name") + " patrols")
                    .isPositive();
        }
        // the scorecard panel: 乌审召镇's units of 2023 with their score in percent, each linked to its card
        List<Map<String, Object>> scores = JsonPath.read(json, "$.scorecard.results");
        assertThat(scores).isNotEmpty().allSatisfy(score -> {
            assertThat((String) score.get("link")).startsWith("/scorecards/units/");
            assertThat(((Number) score.get("value")).intValue()).isBetween(0, 100);
        });
        assertThat(scores).extracting(score -> ((Number) score.get("value")).intValue()).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        // the comparison's scorecard column: every demo town loads the default criteria, so each shows the average
        // of its units' percentages, linked to the ranking of its units; together they are the panel's units
        for (Map<String, Object> unit : units) {
            assertThat(JsonPath.<Integer>read(unit, "$.scoredUnits")).as(unit.get("name") + " scored").isPositive();
            assertThat(JsonPath.<Integer>read(unit, "$.scorecardPercent.value")).isBetween(0, 100);
            assertThat(JsonPath.<String>read(unit, "$.scorecardAllMet.link"))
                    .startsWith("/scorecards?organizationId=" + unit.get("organizationId"));
        }
        assertThat(units.stream().mapToInt(unit -> JsonPath.<Integer>read(unit, "$.scoredUnits")).sum())
                .isEqualTo(scores.size());
        Map<String, Object> tuke = units.stream().filter(u -> u.get("name").equals("图克镇关工委（演示）")).findFirst()
                .orElseThrow();
        assertThat(JsonPath.<Integer>read(tuke, "$.coveragePercent.value")).as("图克镇 never patrols its pond")
                .isBetween(1, 99);
    }
}
