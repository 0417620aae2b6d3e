package com.carenext.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.shared.Role;
import com.carenext.support.Fixtures;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The layout's menu: entries by the actor's roles, the current section marked (LayoutModel). */
@CareNextTest
class LayoutMenuTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Accounts accounts;

    @Test
    void eachPageMarksItsOwnSection() {
        assertThat(LayoutModel.Section.of("/")).isEqualTo("dashboard");
        assertThat(LayoutModel.Section.of("/volunteers/12")).isEqualTo("volunteers");
        assertThat(LayoutModel.Section.of("/my/hours")).isEqualTo("volunteers");
        assertThat(LayoutModel.Section.of("/water-bodies/3")).isEqualTo("patrol");
        assertThat(LayoutModel.Section.of("/hazards")).isEqualTo("patrol");
        assertThat(LayoutModel.Section.of("/activities")).isEqualTo("activities");
        assertThat(LayoutModel.Section.of("/education-bases")).isEqualTo("activities");
        assertThat(LayoutModel.Section.of("/materials/1")).isEqualTo("activities");
        assertThat(LayoutModel.Section.of("/study-sessions")).isEqualTo("study");
        assertThat(LayoutModel.Section.of("/audit/verification")).isEqualTo("audit");
        assertThat(LayoutModel.Section.of("/account/password")).isEqualTo("account");
        assertThat(LayoutModel.Section.of("/elsewhere")).isEmpty();
    }

    @Test
    void theMenuFollowsTheRolesAndMarksTheCurrentPage() throws Exception {
        Fixtures.Town world = fixtures.town();
        String office = page("/volunteers", Fixtures.login(mvc, world.office().username()));
        assertThat(active(office)).containsExactly("/volunteers");
        assertThat(office).contains("id=\"menu-exports\"").doesNotContain("href=\"/audit\"");

        String auditor = page("/audit", Fixtures.login(mvc, world.auditor().username()));
        assertThat(active(auditor)).containsExactly("/audit");
        assertThat(auditor).contains("id=\"menu-exports\"");

        String security = page("/users", Fixtures.login(mvc, world.security().username()));
        assertThat(active(security)).containsExactly("/users");
        assertThat(security).doesNotContain("id=\"menu-exports\"");
    }

    /**
     * The office menu is rendered once per role set, section and language and reused (LayoutMenus): a role granted
     * through the account pages shows in the menu at the user's next page, and each page marks its own section.
     */
    @Test
    void aKeptMenuFollowsARoleChangeAtTheNextPageAndTheSectionOfEachPage() throws Exception {
        Fixtures.Town world = fixtures.town();
        UserView leader = world.leader();
        var session = Fixtures.login(mvc, leader.username());
        String before = page("/volunteers", session);
        assertThat(before).doesNotContain("href=\"/swagger-ui.html\"");
        assertThat(active(before)).containsExactly("/volunteers");
        assertThat(active(page("/activities", session))).containsExactly("/activities");

        accounts.update(Fixtures.actor(world.security(), world.town()), leader.id(), new UserDraft(leader.username(),
                leader.displayName(), leader.organizationId(), leader.phone(), Set.of(Role.LEADER, Role.TOWN_ADMIN),
                true, null, leader.version()));
        String after = page("/volunteers", session);
        assertThat(after).as("the API entry of a town admin").contains("href=\"/swagger-ui.html\"");
        assertThat(active(after)).containsExactly("/volunteers");
        assertThat(page("/volunteers", Fixtures.login(mvc, world.office().username())))
                .contains("href=\"/swagger-ui.html\"");
        assertThat(page("/volunteers", Fixtures.login(mvc, world.managerA().username())))
                .doesNotContain("href=\"/swagger-ui.html\"");
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static java.util.List<String> active(String page) {
        Matcher links = Pattern.compile("<a class=\"nav-link active\"[^>]*href=\"([^\"]+)\"").matcher(page);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (links.find()) {
            found.add(links.group(1));
        }
        return found;
    }
}
