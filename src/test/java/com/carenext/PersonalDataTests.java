package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.CommitteePost;
import com.carenext.publicity.CorrespondentDraft;
import com.carenext.publicity.Correspondents;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One rule for phones in every module's API: masked in what is read; in full only through a deliberate POST
 * ("reveal") that the keepers of the record may make and that the audit trail records.
 */
@CareNextTest
class PersonalDataTests {

    private static final String FULL = "13912345678";
    private static final String MASKED = "139****5678";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Correspondents correspondents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void committeeMembersAreMaskedAndRevealedOnlyByKeepersWithAnAuditRow() throws Exception {
        Fixtures.Town world = fixtures.town();
        var member = fixtures.member(world.officeActor(), world.town(), "宝音图", CommitteePost.DIRECTOR);
        String office = world.office().username();
        for (String path : new String[]{"/api/v1/organizations/" + world.town().id() + "/members",
                "/api/v1/organizations/" + world.town().id() + "/members?history=true"}) {
            String body = mvc.perform(get(path).with(httpBasic(office, Fixtures.PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).contains(MASKED).doesNotContain(FULL);
        }
        mvc.perform(get("/api/v1/committee-members/{id}", member.id()).with(httpBasic(office, Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.phone").value(MASKED));

        mvc.perform(post("/api/v1/committee-members/{id}/reveal", member.id())
                        .with(httpBasic(world.leader().username(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/committee-members/{id}/reveal", member.id()).with(httpBasic(office, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(FULL));
        assertThat(revealsBy(office)).isEqualTo(1);
    }

    @Test
    void correspondentsAreMaskedAndRevealedOnlyByKeepersWithAnAuditRow() throws Exception {
        Fixtures.Town world = fixtures.town();
        var correspondent = correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageA().id(),
                "通讯员甲", FULL, "甲村网格", null, null, null));
        String office = world.office().username();
        mvc.perform(get("/api/v1/correspondents/{id}", correspondent.id()).with(httpBasic(office, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(MASKED));
        mvc.perform(post("/api/v1/correspondents/{id}/reveal", correspondent.id())
                        .with(httpBasic(world.leader().username(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/correspondents/{id}/reveal", correspondent.id())
                        .with(httpBasic(office, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(FULL));
        assertThat(revealsBy(office)).isEqualTo(1);
    }

    @Test
    void accountsAreMaskedInTheApi() throws Exception {
        Fixtures.Town world = fixtures.town();
        mvc.perform(get("/api/v1/users/{id}", world.managerA().id())
                        .with(httpBasic(world.security().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("138****1111"));
    }

    private int revealsBy(String username) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM audit_event
                        WHERE username = :u AND action LIKE '%.reveal%' AND outcome = 'SUCCESS'""")
                .param("u", username).query(Integer.class).single();
    }
}
