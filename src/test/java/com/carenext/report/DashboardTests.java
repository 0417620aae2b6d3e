package com.carenext.report;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CareNextTest
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;

    @Test
    void theOfficeSeesTheFiguresOfItsSubtreeAndAVolunteerGoesToTheOwnPage() throws Exception {
        Fixtures.Town world = fixtures.town();
        volunteers.register(world.officeActor(), VolunteerTestData.draft("老党员", world.villageA().id(),
                LocalDate.of(1950, 1, 1), null));
        volunteers.register(world.officeActor(), VolunteerTestData.draft("老教师", world.villageB().id(),
                LocalDate.of(1952, 1, 1), null));

        mvc.perform(get("/").with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("五老志愿者")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*id=\"stat-volunteers\">2<.*")));
        mvc.perform(get("/").with(Fixtures.login(mvc, world.managerA().username())))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*id=\"stat-volunteers\">1<.*")));

        fixtures.user("elder" + world.villageA().id(), world.villageA(), Role.VOLUNTEER);
        mvc.perform(get("/").with(Fixtures.login(mvc, "elder" + world.villageA().id())))
                .andExpect(redirectedUrl("/my"));
    }
}
