package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.Organizations;
import com.carenext.organization.OrganizationSummary;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DESIGN.md §5 "Nothing lost": an update must name the version it was read at. Two people edit the same record;
 * the second, still holding the old version, gets a conflict and nothing of theirs overwrites the first change.
 * An update without a version is a conflict too (before, both writers got 200 and the last one silently won).
 */
@CareNextTest
class NoLostUpdateTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organizations organizations;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    private static String body(String name, Long version) {
        return """
                {"name":"%s","type":"VILLAGE_COMMITTEE","parentId":null,"sortOrder":0%s}"""
                .formatted(name, version == null ? "" : ",\"version\":" + version);
    }

    private OrganizationSummary village() {
        return organizations.get(world.officeActor(), world.villageA().id());
    }

    @Test
    void twoWritersWithTheSameVersionTheSecondGetsAConflictAndTheFirstChangeStays() throws Exception {
        long seen = village().version();
        String url = "/api/v1/organizations/" + world.villageA().id();
        String withParent = body("第一人改的名", seen).replace("\"parentId\":null",
                "\"parentId\":" + world.town().id());
        mvc.perform(put(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(withParent))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("第一人改的名"));
        mvc.perform(put(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withParent.replace("第一人改的名", "第二人改的名")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("这条记录已被其他人修改，请刷新后重新编辑。"));
        assertThat(village().name()).isEqualTo("第一人改的名");
    }

    @Test
    void anUpdateWithoutAVersionIsAConflictNotASilentOverwrite() throws Exception {
        String url = "/api/v1/organizations/" + world.villageA().id();
        String before = village().name();
        mvc.perform(put(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("没有版本号的修改", null).replace("\"parentId\":null",
                                "\"parentId\":" + world.town().id())))
                .andExpect(status().isConflict());
        assertThat(village().name()).isEqualTo(before);
    }

    @Test
    void onAPageTheStaleFormComesBackShowingTheOtherPersonsChange() throws Exception {
        OrganizationSummary seen = village();
        var office = Fixtures.login(mvc, world.office().username());
        String form = "/organizations/" + seen.id() + "/edit";
        // the first person saves
        mvc.perform(post("/organizations/" + seen.id()).with(office).with(csrf()).header("Referer", form)
                        .param("name", "他人先保存的名称").param("type", "VILLAGE_COMMITTEE")
                        .param("parentId", String.valueOf(world.town().id())).param("sortOrder", "0")
                        .param("version", String.valueOf(seen.version())))
                .andExpect(status().is3xxRedirection());
        // the second person still holds the old version
        mvc.perform(post("/organizations/" + seen.id()).with(office).with(csrf())
                        .header("Referer", "http://localhost" + form)
                        .param("name", "我的旧版本修改").param("type", "VILLAGE_COMMITTEE")
                        .param("parentId", String.valueOf(world.town().id())).param("sortOrder", "0")
                        .param("version", String.valueOf(seen.version())))
                .andExpect(redirectedUrl(form))
                .andExpect(flash().attribute("failure", "error.conflict.reloaded"));
        assertThat(village().name()).isEqualTo("他人先保存的名称");
        // the form, opened again as the redirect does, shows the other person's change and the conflict message
        mvc.perform(get(form).with(office).flashAttr("failure", "error.conflict.reloaded"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("他人先保存的名称")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("对方保存后的最新内容")));
        // a form sent without a version is refused the same way
        mvc.perform(post("/organizations/" + seen.id()).with(office).with(csrf())
                        .param("name", "不带版本").param("type", "VILLAGE_COMMITTEE")
                        .param("parentId", String.valueOf(world.town().id())).param("sortOrder", "0"))
                .andExpect(status().isConflict());
        assertThat(village().name()).isEqualTo("他人先保存的名称");
    }
}
