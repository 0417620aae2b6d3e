package com.carenext.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.demo.DemoLoader;
import com.carenext.organization.Organizations;
import com.carenext.support.DemoTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's units of 乌审召镇 have 2023 and current-year cards, mixed, from the other modules' demo records. */
@DemoTest
class ScorecardDemoTests {

    @Autowired
    Scorecards scorecards;
    @Autowired
    Organizations organizations;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void theCardsOf2023AndThisYearAreMixedWithConfirmedDemoEvidence() throws Exception {
        var root = DemoLoader.at(organizations.topLevel().get(0));
        var town = organizations.search(root, "乌审召镇关工委", 5).stream()
                .filter(o -> o.name().equals("乌审召镇关工委")).findFirst().orElseThrow();
        var office = DemoLoader.at(town);
        for (int year : List.of(2023, LocalDate.now(clock).getYear())) {
            List<Scorecard> cards = scorecards.cards(office, year, null);
            assertThat(cards).as("cards of %d", year).hasSizeGreaterThan(3);
            List<ScorecardLine> lines = cards.stream().flatMap(c -> c.lines().stream()).toList();
            assertThat(lines).as("some met in %d", year).anyMatch(l -> l.met() && l.method() == CriterionMethod.AUTOMATIC);
            assertThat(lines).as("some missing in %d", year).anyMatch(l -> !l.met());
            assertThat(cards.stream().map(Scorecard::score).distinct().count()).as("scores differ").isGreaterThan(1);
        }
        assertThat(scorecards.cards(office, 2023, null).stream().flatMap(c -> c.lines().stream())
                .filter(l -> l.met() && l.evidence() != null && l.evidence().demo())).hasSizeGreaterThanOrEqualTo(2);
        mvc.perform(get("/api/v1/scorecards").param("year", "2023")
                        .with(httpBasic("wsz_office", DemoTest.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].rank").value(1));
    }
}
