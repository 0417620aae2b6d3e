package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.publicity.CorrespondentDraft;
import com.carenext.publicity.Correspondents;
import com.carenext.security.UserView;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DESIGN.md §5 "References across modules": a correspondent's or a volunteer's {@code userId} is checked through the
 * security module ({@code Accounts.reaches}): the account exists and lies in the caller's subtree. Before, a
 * village manager could link a correspondent to an account of another village, or to no account at all.
 */
@CareNextTest
class ReferencesAreRealTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Correspondents correspondents;
    @Autowired
    Volunteers volunteers;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Town world;
    UserView ownVillage;
    UserView otherVillage;

    @BeforeEach
    void town() {
        world = fixtures.town();
        ownVillage = fixtures.user("refa" + world.town().id(), world.villageA(), Role.CORRESPONDENT, Role.VOLUNTEER);
        otherVillage = fixtures.user("refb" + world.town().id(), world.villageB(), Role.CORRESPONDENT,
                Role.VOLUNTEER);
    }

    private CorrespondentDraft correspondent(Long userId) {
        return new CorrespondentDraft(world.villageA().id(), "通讯员" + userId, null, "一组", userId, null, null);
    }

    private int rows(String table, long organizationId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE organization_id = :id").param("id", organizationId)
                .query(Integer.class).single();
    }

    @Test
    void aCorrespondentLinksOnlyToAnExistingAccountInsideTheCallersScope() throws Exception {
        assertThatThrownBy(() -> correspondents.create(world.managerAActor(), correspondent(otherVillage.id())))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("reference.account.outOfScope");
        assertThatThrownBy(() -> correspondents.create(world.managerAActor(), correspondent(99_999_999L)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(rows("correspondent", world.villageA().id())).isZero();

        var linked = correspondents.create(world.managerAActor(), correspondent(ownVillage.id()));
        assertThat(linked.userId()).isEqualTo(ownVillage.id());
        assertThatThrownBy(() -> correspondents.update(world.managerAActor(), linked.id(),
                new CorrespondentDraft(world.villageA().id(), linked.name(), null, "一组", otherVillage.id(), null,
                        linked.version())))
                .isInstanceOf(BusinessRuleException.class);
        // the office's scope covers both villages
        assertThat(correspondents.create(world.officeActor(), correspondent(otherVillage.id())).userId())
                .isEqualTo(otherVillage.id());
    }

    @Test
    void theApiRefusesAForeignAccountWithAChineseProblem() throws Exception {
        mvc.perform(post("/api/v1/correspondents").with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":" + world.villageA().id() + ",\"name\":\"外村账号\",\"userId\":"
                                + otherVillage.id() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("账号 #" + otherVillage.id()
                        + " 不存在，或不在您管理的组织范围内，不能关联。"));
        assertThat(rows("correspondent", world.villageA().id())).isZero();
    }

    @Test
    void aVolunteerLinksOnlyToAnExistingAccountInsideTheCallersScope() {
        assertThatThrownBy(() -> volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("乌云", world.villageA().id(), LocalDate.of(1952, 1, 2), otherVillage.id())))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("reference.account.outOfScope");
        assertThatThrownBy(() -> volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("乌云", world.villageA().id(), LocalDate.of(1952, 1, 2), 99_999_999L)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(rows("volunteer", world.villageA().id())).isZero();
        assertThat(volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("乌云", world.villageA().id(), LocalDate.of(1952, 1, 2), ownVillage.id())))
                .isNotNull();
        assertThat(rows("volunteer", world.villageA().id())).isEqualTo(1);
    }
}
